package org.truce.verification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.truce.verification.IncidentList;
import org.truce.verification.IncidentQuery;
import org.truce.verification.IncidentSummary;
import org.truce.verification.IncidentView;
import org.truce.verification.Incidents;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/incidents")
@Tag(name = "Incidents", description = "The events the claims describe, each read automatically against the "
        + "agreements (determinations, step by step); a reader sees only the claims it may read, and another "
        + "party's protected site blind")
class IncidentsController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Incidents incidents;
    private final JsonMapper json;

    IncidentsController(Incidents incidents, JsonMapper json) {
        this.incidents = incidents;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "The incidents the caller may read, oldest first, filtered; JSON, or GeoJSON with "
            + "Accept: application/geo+json or format=geojson")
    ResponseEntity<?> list(Viewer viewer,
                           @Parameter(description = "agreement id") @RequestParam(required = false) String agreement,
                           @Parameter(description = "verdict codes, comma-separated") @RequestParam(required = false) String verdict,
                           @Parameter(description = "grade codes, comma-separated") @RequestParam(required = false) String grade,
                           @Parameter(description = "a party claiming or accused") @RequestParam(required = false) String party,
                           @Parameter(description = "ISO-8601 instant") @RequestParam(required = false) String from,
                           @Parameter(description = "ISO-8601 instant") @RequestParam(required = false) String to,
                           @Parameter(description = "minLon,minLat,maxLon,maxLat") @RequestParam(required = false) String bbox,
                           @RequestParam(required = false) String offset,
                           @RequestParam(required = false) String limit,
                           @Parameter(description = "json or geojson") @RequestParam(required = false) String format,
                           @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean geoJson = wantsGeoJson(format, accept);
        IncidentList list = incidents.list(viewer, IncidentQuery.parse(agreement, verdict, grade, party, from, to, bbox,
                offset, limit));
        if (geoJson) {
            return ResponseEntity.ok().contentType(GEO_JSON).body(featureCollection(list));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(list);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incident: the claims the caller may read, the determinations with every step and its "
            + "facts, assessments, replies and ledger entries (404 when the caller may not read it)")
    IncidentView get(Viewer viewer, @PathVariable String id) {
        return incidents.get(viewer, id);
    }

    record SplitRequest(List<String> reports, String reason) {
    }

    @PostMapping("/{id}/split")
    @Operation(summary = "Take the named reports out of the incident into one of their own (monitors, mediator); "
            + "kept, and respected by every later run")
    ResponseEntity<List<IncidentView>> split(Viewer viewer, @PathVariable String id, @RequestBody SplitRequest request) {
        if (request == null) {
            throw InvalidInput.of("reports", "name the reports to take out of the incident");
        }
        return ResponseEntity.status(201).body(incidents.split(viewer, id, request.reports(), request.reason()));
    }

    record MergeRequest(List<String> incidents, String reason) {
    }

    @PostMapping("/merge")
    @Operation(summary = "Make the incidents one (monitors, mediator); the merged incident keeps the oldest id")
    ResponseEntity<IncidentView> merge(Viewer viewer, @RequestBody MergeRequest request) {
        if (request == null) {
            throw InvalidInput.of("incidents", "name at least two different incidents to merge");
        }
        return ResponseEntity.status(201).body(incidents.merge(viewer, request.incidents(), request.reason()));
    }

    record TargetRequest(Boolean energyInfrastructure, String reason) {
    }

    @PostMapping("/{id}/target")
    @Operation(summary = "Say whether what was hit is energy infrastructure, when the claims name no facility type "
            + "(monitors, mediator)")
    ResponseEntity<IncidentView> classify(Viewer viewer, @PathVariable String id, @RequestBody TargetRequest request) {
        if (request == null) {
            throw InvalidInput.of("energyInfrastructure", "say whether what was hit is energy infrastructure (true or false)");
        }
        return ResponseEntity.status(201).body(incidents.classifyTarget(viewer, id, request.energyInfrastructure(),
                request.reason()));
    }

    private ObjectNode featureCollection(IncidentList list) {
        ObjectNode collection = JsonNodeFactory.instance.objectNode();
        collection.put("type", "FeatureCollection");
        collection.put("total", list.total());
        ArrayNode features = collection.putArray("features");
        for (IncidentSummary incident : list.incidents()) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", incident.id());
            if (incident.latitude() == null) {
                feature.putNull("geometry");
            } else {
                ObjectNode geometry = feature.putObject("geometry");
                geometry.put("type", "Point");
                geometry.putArray("coordinates").add(incident.longitude()).add(incident.latitude());
            }
            ObjectNode properties = json.valueToTree(incident);
            properties.remove("id");
            properties.remove("latitude");
            properties.remove("longitude");
            feature.set("properties", properties);
        }
        return collection;
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
