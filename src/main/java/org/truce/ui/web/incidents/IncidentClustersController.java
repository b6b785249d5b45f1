package org.truce.ui.web.incidents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.shared.Viewer;
import org.truce.ui.BoundingBox;
import org.truce.ui.ClusterGeoJson;
import org.truce.ui.GridClustering;
import org.truce.ui.IncidentsLayer;
import org.truce.ui.MapPoint;
import org.truce.verification.Grade;
import org.truce.verification.IncidentQuery;
import org.truce.verification.IncidentSummary;
import org.truce.verification.Incidents;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The incidents map layer's endpoint (the clustering contract of {@link org.truce.ui.MapLayer}).
 * The incidents come from {@link Incidents#list}, the very read behind {@code GET /api/incidents},
 * so the viewer sees here exactly the incidents (and the points) it may read there.
 */
@RestController
@Tag(name = "Incidents")
class IncidentClustersController {

    private final Incidents incidents;

    IncidentClustersController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping(value = IncidentsLayer.URL, produces = {"application/geo+json", "application/json"})
    @Operation(summary = "The incidents the caller may read in a map view, clustered on a 64-pixel grid at the zoom "
            + "(the map layer 'incidents'): bbox=west,south,east,north, zoom, from, to, and the filters incidentVerdict "
            + "and incidentGrade (each repeated per value; sent empty, it matches nothing)")
    ObjectNode clusters(Viewer viewer, @RequestParam String bbox, @RequestParam int zoom,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @Parameter(description = "verdict codes") @RequestParam(name = IncidentsLayer.VERDICT, required = false) List<String> verdict,
                        @Parameter(description = "grade codes, or ungraded") @RequestParam(name = IncidentsLayer.GRADE, required = false) List<String> grade) {
        BoundingBox box = BoundingBox.parse(bbox);
        GridClustering.checkZoom(zoom);
        List<MapPoint> points = new ArrayList<>();
        if (!matchesNothing(verdict) && !matchesNothing(grade)) {
            boolean ungraded = grade != null && grade.stream().anyMatch(g -> g.strip().toLowerCase(Locale.ROOT).equals(IncidentsLayer.UNGRADED));
            String grades = grade == null ? null : String.join(",", grade.stream()
                    .filter(g -> !g.isBlank() && !g.strip().toLowerCase(Locale.ROOT).equals(IncidentsLayer.UNGRADED)).toList());
            String view = String.format(Locale.ROOT, "%s,%s,%s,%s", box.west(), box.south(), box.east(), box.north());
            IncidentQuery query = IncidentQuery.parse(null, verdict == null ? null : String.join(",", verdict), null, null,
                    from, to, view, null, String.valueOf(IncidentQuery.MAX_LIMIT));
            Set<Grade> wanted = grades == null || grades.isEmpty() ? Set.of()
                    : IncidentQuery.parse(null, null, grades, null, null, null, null, null, null).grades();
            int offset = 0;
            while (true) {
                // one pass: Incidents.list reads every incident on each call, so pages would multiply the work
                var page = incidents.list(viewer, new IncidentQuery(null, query.verdicts(), Set.of(), null, query.from(),
                        query.to(), query.bbox(), offset, Integer.MAX_VALUE - offset));
                for (IncidentSummary incident : page.incidents()) {
                    boolean gradeMatches = grade == null
                            || (incident.grade() == null ? ungraded : wanted.contains(incident.grade()));
                    if (gradeMatches && incident.latitude() != null) {
                        points.add(IncidentsLayer.point(incident));
                    }
                }
                offset += page.incidents().size();
                if (page.incidents().isEmpty() || offset >= page.total()) {
                    break;
                }
            }
        }
        return ClusterGeoJson.write(GridClustering.cluster(points, box, zoom));
    }

    /** The contract: a filter sent once, empty, is a filter with nothing checked. */
    private static boolean matchesNothing(List<String> values) {
        return values != null && values.stream().allMatch(v -> v == null || v.isBlank());
    }
}
