package org.truce.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;

class GeodesyTest {

    @Test
    void kyivToMoscowIsAbout755Kilometres() {
        // Kyiv 50.4501 N 30.5234 E, Moscow 55.7558 N 37.6173 E: 755.7 km on the mean sphere
        assertThat(Geodesy.distanceMetres(50.4501, 30.5234, 55.7558, 37.6173)).isCloseTo(755_700, within(1_500.0));
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Kilometres() {
        assertThat(Geodesy.distanceMetres(50, 30, 51, 30)).isCloseTo(111_195, within(5.0));
    }

    @Test
    void distanceToALineIsMeasuredToItsNearestPoint() {
        // a north-south line at longitude 32.0; a point 0.1 degree east at latitude 52 is ~6.85 km away
        LineString line = GeoJson.FACTORY.createLineString(new Coordinate[] {new Coordinate(32.0, 51.5), new Coordinate(32.0, 52.5)});
        double expected = Geodesy.distanceMetres(52, 32.0, 52, 32.1);
        assertThat(Geodesy.distanceMetres(GeoJson.point(32.1, 52.0), line)).isCloseTo(expected, within(expected * 0.002));
    }

    @Test
    void aPointInsideAPolygonIsAtDistanceZero() {
        var polygon = GeoJson.FACTORY.toGeometry(new Envelope(30, 31, 50, 51));
        assertThat(Geodesy.distanceMetres(GeoJson.point(30.5, 50.5), polygon)).isZero();
    }

    @Test
    void theEnvelopeAroundAPointContainsEveryPointWithinTheRadius() {
        Envelope box = Geodesy.envelopeAround(51.19, 35.27, 10_000);
        for (int bearing = 0; bearing < 360; bearing += 15) {
            double b = Math.toRadians(bearing);
            double lat = 51.19 + Math.cos(b) * 9_999 / 111_195.0;
            double lon = 35.27 + Math.sin(b) * 9_999 / (111_195.0 * Math.cos(Math.toRadians(lat)));
            assertThat(box.contains(lon, lat)).as("bearing %d", bearing).isTrue();
        }
    }
}
