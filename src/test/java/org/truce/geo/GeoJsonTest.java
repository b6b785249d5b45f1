package org.truce.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.truce.shared.InvalidInput;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static String fieldOf(Throwable e) {
        return ((InvalidInput) e).problems().get(0).field();
    }

    @Test
    void pointsLinesAndPolygonsRoundTrip() {
        for (String text : new String[] {
                "{\"type\":\"Point\",\"coordinates\":[35.27,51.19]}",
                "{\"type\":\"LineString\",\"coordinates\":[[32.1,52.3],[32.3,52.4]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,50],[31,51],[30,51],[30,50]]]}",
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[30,50],[31,50],[31,51],[30,51],[30,50]]]]}"}) {
            Geometry geometry = GeoJson.read(json(text), "geometry");
            assertThat(GeoJson.read(GeoJson.write(geometry), "geometry").equalsExact(geometry)).isTrue();
        }
        Geometry point = GeoJson.read(json("{\"type\":\"Point\",\"coordinates\":[35.27,51.19]}"), "geometry");
        assertThat(point.getCoordinate().x).as("x is the longitude").isEqualTo(35.27);
    }

    @Test
    void aLatitudeOutOfRangeIsRefusedNamingThePosition() {
        assertThatThrownBy(() -> GeoJson.read(json("{\"type\":\"Point\",\"coordinates\":[35.0,91.0]}"), "geometry"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("latitude 91.0")
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("geometry.coordinates[1]"));
    }

    @Test
    void malformedGeometriesAreRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> GeoJson.read(json("{\"type\":\"Circle\",\"coordinates\":[1,2]}"), "g"))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("g.type"));
        assertThatThrownBy(() -> GeoJson.read(json("{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,50],[31,51],[30,51]]]}"), "g"))
                .hasMessageContaining("end where it starts")
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("g.coordinates[0]"));
        assertThatThrownBy(() -> GeoJson.read(json("{\"type\":\"LineString\",\"coordinates\":[[30,50]]}"), "g"))
                .hasMessageContaining("at least 2");
        assertThatThrownBy(() -> GeoJson.read(json("{\"type\":\"Point\"}"), "g"))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("g.coordinates"));
    }
}
