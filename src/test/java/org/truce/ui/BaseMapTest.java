package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;
import org.truce.geo.GeoJson;
import org.truce.geo.Regions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BaseMapTest {

    private static final Regions REGIONS = Regions.shipped();
    private static final BaseMap BASE_MAP = new BaseMap(REGIONS);

    @Test
    void zoomsShareDetailLevelsAndDetailStopsAtFullResolution() {
        assertThat(BaseMap.detailFor(0)).isEqualTo(2);
        assertThat(BaseMap.detailFor(4)).isEqualTo(BaseMap.detailFor(5));
        assertThat(BaseMap.detailFor(18)).isEqualTo(BaseMap.FULL_DETAIL_ZOOM);
        assertThat(BaseMap.toleranceDegrees(BaseMap.FULL_DETAIL_ZOOM)).isZero();
        assertThat(BaseMap.toleranceDegrees(4)).isGreaterThan(BaseMap.toleranceDegrees(6));
    }

    @Test
    void simplifiedRegionsStayValidAndKeepTheirShape() {
        JsonNode coarse = JsonMapper.builder().build().readTree(BASE_MAP.featureCollection(4));
        assertThat(coarse.get("features")).hasSize(REGIONS.all().size());
        for (JsonNode feature : coarse.get("features")) {
            String id = feature.get("id").asString();
            Geometry simplified = GeoJson.read(feature.get("geometry"), id);
            Geometry original = REGIONS.byId(id).orElseThrow().geometry();
            assertThat(simplified.isValid()).as(id).isTrue();
            assertThat(simplified.getNumPoints()).as(id).isLessThanOrEqualTo(original.getNumPoints());
            assertThat(DiscreteHausdorffDistance.distance(simplified, original))
                    .as("%s: no boundary moves by more than about a pixel at the zoom", id)
                    .isLessThanOrEqualTo(1.5 * BaseMap.toleranceDegrees(4));
            JsonNode label = feature.at("/properties/label");
            assertThat(original.covers(GeoJson.point(label.get(0).asDouble(), label.get(1).asDouble())))
                    .as("%s: its label lies inside it", id).isTrue();
        }
        assertThat(BASE_MAP.featureCollection(5)).as("cached per detail level").isSameAs(BASE_MAP.featureCollection(4));
    }
}
