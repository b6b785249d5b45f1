package org.truce.sites;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.truce.geo.GeoJson;
import org.truce.geo.Geodesy;

/** Distances in metres between two geometries on the sphere, from the point distances of {@link Geodesy}. */
final class SiteDistances {

    private SiteDistances() {
    }

    /**
     * 0 when they touch or one contains the other; otherwise the nearest approach, which between
     * two sets of segments that do not cross is always at a vertex of one of them.
     */
    static double between(Geometry a, Geometry b) {
        if (a.intersects(b)) {
            return 0;
        }
        return Math.min(fromVertices(a, b), fromVertices(b, a));
    }

    private static double fromVertices(Geometry from, Geometry to) {
        double nearest = Double.POSITIVE_INFINITY;
        for (Coordinate vertex : from.getCoordinates()) {
            nearest = Math.min(nearest, Geodesy.distanceMetres(GeoJson.point(vertex.x, vertex.y), to));
        }
        return nearest;
    }
}
