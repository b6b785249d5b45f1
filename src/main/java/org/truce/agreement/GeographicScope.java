package org.truce.agreement;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.truce.geo.GeoJson;
import org.truce.geo.Region;
import org.truce.geo.Regions;

import tools.jackson.databind.JsonNode;

/**
 * Where one party's infrastructure is protected: shipped regions by id ({@code UA}, {@code RU-KRS})
 * and/or GeoJSON polygons (RFC 7946, validated when drafted). The union of both is the scope.
 *
 * @param regions region ids of {@link Regions}, sorted
 * @param areas   GeoJSON Polygon or MultiPolygon geometries, as normalized when drafted
 */
public record GeographicScope(List<String> regions, List<JsonNode> areas) {

    public GeographicScope {
        regions = regions == null ? List.of() : regions.stream().distinct().sorted().toList();
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    public boolean specifiesNothing() {
        return regions.isEmpty() && areas.isEmpty();
    }

    /** Whether the point lies in the scope (on a boundary counts as inside). */
    public boolean covers(Point point, Regions shipped) {
        for (String id : regions) {
            Optional<Region> region = shipped.byId(id);
            if (region.isPresent() && region.get().covers(point)) {
                return true;
            }
        }
        for (int i = 0; i < areas.size(); i++) {
            Geometry area = GeoJson.read(areas.get(i), "areas[" + i + "]");
            if (area.covers(point)) {
                return true;
            }
        }
        return false;
    }
}
