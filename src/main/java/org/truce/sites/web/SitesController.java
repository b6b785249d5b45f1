package org.truce.sites.web;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.shared.InvalidInput;
import org.truce.shared.Viewer;
import org.truce.sites.Site;
import org.truce.sites.SiteFile;
import org.truce.sites.SiteInput;
import org.truce.sites.SiteList;
import org.truce.sites.SiteQuery;
import org.truce.sites.Sites;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/sites")
@Tag(name = "Protected sites", description = "The facilities each party nominates for protection, their status and "
        + "where they are; a party sees its own and, where the agreement exchanges the lists, the other's")
class SitesController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Sites sites;
    private final JsonMapper json;

    SitesController(Sites sites, JsonMapper json) {
        this.sites = sites;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The sites the caller may see, filtered; JSON, or GeoJSON with Accept: application/geo+json "
            + "or format=geojson")
    ResponseEntity<?> list(Viewer viewer,
                           @Parameter(description = "minLon,minLat,maxLon,maxLat") @RequestParam(required = false) String bbox,
                           @Parameter(description = "lat,lon; with radius") @RequestParam(required = false) String near,
                           @Parameter(description = "metres, with near") @RequestParam(required = false) String radius,
                           @RequestParam(required = false) String category,
                           @RequestParam(required = false) String kind,
                           @RequestParam(required = false) String owner,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) String limit,
                           @RequestParam(required = false) String offset,
                           @Parameter(description = "json or geojson") @RequestParam(required = false) String format,
                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean geoJson = wantsGeoJson(format, accept);
        SiteList list = sites.list(viewer, SiteQuery.parse(bbox, near, radius, category, kind, owner, status, limit, offset));
        if (geoJson) {
            return ResponseEntity.ok().contentType(GEO_JSON).body(SiteViews.featureCollection(list, json));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(SiteViews.list(list));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One site with its history (404 for a site the caller may not see)")
    SiteViews.SiteView get(Viewer viewer, @PathVariable String id) {
        Site site = sites.get(viewer, id);
        return SiteViews.view(site, null, sites.history(viewer, id).stream().map(SiteViews::change).toList());
    }

    /** A nomination as JSON: the place is a GeoJSON geometry, or latitude and longitude. */
    record NominationRequest(String name, String category, String kind, JsonNode geometry, Double latitude,
                             Double longitude, String country, String owner, Double capacityMw, String source,
                             String sourceRef, Boolean controlContested, String controlReason) {

        SiteInput input() {
            return new SiteInput(name, category, kind, geometry, text(latitude), text(longitude), country, owner,
                    text(capacityMw), source, sourceRef, controlContested == null ? null : controlContested.toString(),
                    controlReason);
        }

        private static String text(Double value) {
            return value == null ? null : value.toString();
        }
    }

    @PostMapping
    @Operation(summary = "Nominate a site (a party: its own; the mediator: any party's)")
    ResponseEntity<SiteViews.SiteView> nominate(Viewer viewer, @RequestBody NominationRequest request) {
        Site site = sites.nominate(viewer, request.input());
        return ResponseEntity.created(URI.create("/api/sites/" + site.id())).body(SiteViews.view(site, null, null));
    }

    @PostMapping("/import")
    @Operation(summary = "Nominate many sites from a CSV (text/csv) or GeoJSON FeatureCollection "
            + "(application/geo+json) body: all or none, each problem named by its row",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                            description = "header row, then one site per row (columns in the README)")),
                    @Content(mediaType = "application/geo+json", schema = @Schema(type = "object",
                            description = "a FeatureCollection; each feature's properties are the site's fields"))}))
    ResponseEntity<SiteViews.ImportView> importFile(Viewer viewer,
                                                    @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false)
                                                    String contentType, @Parameter(hidden = true) InputStream body) {
        SiteFile format = SiteFile.ofContentType(contentType).orElseThrow(() -> InvalidInput.of("Content-Type",
                "send text/csv or application/geo+json (a GeoJSON FeatureCollection)"));
        List<String> ids = sites.importFile(viewer, format, body);
        return ResponseEntity.status(201).body(new SiteViews.ImportView(ids.size(), ids));
    }

    record StatusRequest(String status, String reason) {
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Accept or contest a site (mediator), contest the other party's (a party, where the lists "
            + "are exchanged), or withdraw one's own")
    SiteViews.SiteView changeStatus(Viewer viewer, @PathVariable String id, @RequestBody StatusRequest request) {
        return SiteViews.view(sites.changeStatus(viewer, id, request.status(), request.reason()), null, null);
    }

    record ControlRequest(Boolean contested, String reason) {
    }

    @PostMapping("/{id}/control")
    @Operation(summary = "Mark whether the site's control is contested: held by the other side (mediator)")
    SiteViews.SiteView changeControl(Viewer viewer, @PathVariable String id, @RequestBody ControlRequest request) {
        return SiteViews.view(sites.changeControl(viewer, id, request.contested(), request.reason()), null, null);
    }

    private static boolean wantsGeoJson(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "geojson" -> true;
                case "json" -> false;
                default -> throw InvalidInput.of("format", "'" + format.strip() + "' is not json or geojson");
            };
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/geo+json");
    }
}
