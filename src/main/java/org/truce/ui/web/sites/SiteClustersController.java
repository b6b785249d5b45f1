package org.truce.ui.web.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.shared.Viewer;
import org.truce.sites.SiteList;
import org.truce.sites.SiteQuery;
import org.truce.sites.Sites;
import org.truce.ui.BoundingBox;
import org.truce.ui.ClusterGeoJson;
import org.truce.ui.GridClustering;
import org.truce.ui.MapPoint;
import org.truce.ui.SitesLayer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sites map layer's endpoint (the clustering contract of {@link org.truce.ui.MapLayer}). The
 * sites come from {@link Sites#list}, the very read behind {@code GET /api/sites}, so the viewer
 * sees here exactly the sites it sees there, and the clusters count nothing else.
 */
@RestController
@Tag(name = "Protected sites")
class SiteClustersController {

    private final Sites sites;

    SiteClustersController(Sites sites) {
        this.sites = sites;
    }

    @GetMapping(value = SitesLayer.URL, produces = {"application/geo+json", "application/json"})
    @Operation(summary = "The sites the caller may see in a map view, clustered on a 64-pixel grid at the zoom "
            + "(the map layer 'sites'): bbox=west,south,east,north, zoom, and the filters siteCategory, siteStatus, "
            + "siteOwner (each repeated per value; sent empty, it matches nothing)")
    ObjectNode clusters(Viewer viewer, @RequestParam String bbox, @RequestParam int zoom,
                        @Parameter(description = "category codes") @RequestParam(name = SitesLayer.CATEGORY, required = false) List<String> category,
                        @Parameter(description = "status codes") @RequestParam(name = SitesLayer.STATUS, required = false) List<String> status,
                        @Parameter(description = "owner party codes") @RequestParam(name = SitesLayer.OWNER, required = false) List<String> owner) {
        BoundingBox box = BoundingBox.parse(bbox);
        GridClustering.checkZoom(zoom);
        List<MapPoint> points = new ArrayList<>();
        if (!matchesNothing(category) && !matchesNothing(status) && !matchesNothing(owner)) {
            String view = String.format(Locale.ROOT, "%s,%s,%s,%s", box.west(), box.south(), box.east(), box.north());
            int offset = 0;
            SiteList page;
            do {
                page = sites.list(viewer, SiteQuery.parse(view, null, null, joined(category), null, joined(owner),
                        joined(status), String.valueOf(SiteQuery.MAX_LIMIT), String.valueOf(offset)));
                page.sites().forEach(entry -> points.add(SitesLayer.point(entry.site())));
                offset += page.sites().size();
            } while (!page.sites().isEmpty() && offset < page.total());
        }
        return ClusterGeoJson.write(GridClustering.cluster(points, box, zoom));
    }

    /** The contract: a filter sent once, empty, is a filter with nothing checked. */
    private static boolean matchesNothing(List<String> values) {
        return values != null && values.stream().allMatch(v -> v == null || v.isBlank());
    }

    private static String joined(List<String> values) {
        return values == null ? null : String.join(",", values.stream().filter(v -> v != null && !v.isBlank()).toList());
    }
}
