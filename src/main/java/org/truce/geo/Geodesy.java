package org.truce.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Distances in metres on the sphere (DESIGN.md). Point to point is the haversine formula; point
 * to line or polygon measures in a local equidistant projection centred on the point, exact at
 * the centre and within a fraction of a percent over the tens of kilometres that matter here.
 */
public final class Geodesy {

    /** Mean Earth radius (IUGG), metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final double METRES_PER_DEGREE = Math.PI * EARTH_RADIUS_METRES / 180;

    private Geodesy() {
    }

    public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Distance from a point to the nearest part of a geometry, 0 inside a polygon. */
    public static double distanceMetres(Point point, Geometry geometry) {
        if (geometry instanceof Point other) {
            return distanceMetres(point.getY(), point.getX(), other.getY(), other.getX());
        }
        double lat0 = point.getY();
        double lon0 = point.getX();
        double cosLat = Math.cos(Math.toRadians(lat0));
        Geometry projected = new GeometryTransformer() {
            @Override
            protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
                    org.locationtech.jts.geom.CoordinateSequence coordinates, Geometry parent) {
                Coordinate[] out = new Coordinate[coordinates.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new Coordinate((coordinates.getX(i) - lon0) * METRES_PER_DEGREE * cosLat,
                            (coordinates.getY(i) - lat0) * METRES_PER_DEGREE);
                }
                return factory.getCoordinateSequenceFactory().create(out);
            }
        }.transform(geometry);
        return projected.distance(GeoJson.FACTORY.createPoint(new Coordinate(0, 0)));
    }

    /** A longitude/latitude box that contains every point within {@code radius} metres of the point. */
    public static Envelope envelopeAround(double lat, double lon, double radiusMetres) {
        double dLat = radiusMetres / METRES_PER_DEGREE;
        double cosLat = Math.max(Math.cos(Math.toRadians(Math.min(89.9, Math.abs(lat) + dLat))), 1e-6);
        double dLon = Math.min(180, radiusMetres / (METRES_PER_DEGREE * cosLat));
        return new Envelope(lon - dLon, lon + dLon, Math.max(-90, lat - dLat), Math.min(90, lat + dLat));
    }

    /** The envelope of a geometry grown by {@code radius} metres on every side. */
    public static Envelope envelopeAround(Geometry geometry, double radiusMetres) {
        Envelope envelope = geometry.getEnvelopeInternal();
        Envelope low = envelopeAround(envelope.getMinY(), envelope.getMinX(), radiusMetres);
        Envelope high = envelopeAround(envelope.getMaxY(), envelope.getMaxX(), radiusMetres);
        low.expandToInclude(high);
        return low;
    }
}
