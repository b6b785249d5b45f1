package org.truce.agreement;

import java.util.ArrayList;
import java.util.List;

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

    /** Whether the point lies in the scope (on a boundary counts as inside). Reads the areas on each call. */
    public boolean covers(Point point, Regions shipped) {
        if (regions.stream().anyMatch(id -> shipped.byId(id).filter(region -> region.covers(point)).isPresent())) {
            return true;
        }
        for (int i = 0; i < areas.size(); i++) {
            if (GeoJson.read(areas.get(i), "areas[" + i + "]").covers(point)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scope's shapes: each named region's geometry, then each area's; for a caller that tests
     * many points and wants to prepare or index them once (the verification engine).
     */
    public List<Geometry> geometries(Regions shipped) {
        List<Geometry> shapes = new ArrayList<>();
        regions.forEach(id -> shipped.byId(id).map(Region::geometry).ifPresent(shapes::add));
        for (int i = 0; i < areas.size(); i++) {
            shapes.add(GeoJson.read(areas.get(i), "areas[" + i + "]"));
        }
        return shapes;
    }
}
