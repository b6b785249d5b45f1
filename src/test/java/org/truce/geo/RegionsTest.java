package org.truce.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {

    private static final Regions REGIONS = Regions.shipped();

    @Test
    void shipsBothCountriesAndTheirFirstLevelUnits() {
        assertThat(REGIONS.all()).hasSize(85);
        assertThat(REGIONS.byId("UA")).get().extracting(Region::level).isEqualTo(Region.Level.COUNTRY);
        assertThat(REGIONS.byId("RU-KRS").orElseThrow().nameRu()).contains("Курская");
        assertThat(REGIONS.byId("XX-1")).isEmpty();
    }

    @Test
    void placesTheDemoClaimsInTheirRegions() {
        assertThat(REGIONS.admin1At(GeoJson.point(35.27, 51.19)).orElseThrow().id()).as("Sudzha").isEqualTo("RU-KRS");
        assertThat(REGIONS.countryAt(GeoJson.point(35.27, 51.19)).orElseThrow().id()).isEqualTo("RU");
        assertThat(REGIONS.admin1At(GeoJson.point(32.61, 46.64)).orElseThrow().id()).as("Kherson").isEqualTo("UA-65");
        assertThat(REGIONS.admin1At(GeoJson.point(46.21, 51.48)).orElseThrow().id()).as("Engels").isEqualTo("RU-SAR");
        assertThat(REGIONS.countryAt(GeoJson.point(32.80, 45.45)).orElseThrow().id()).as("Crimea, de jure").isEqualTo("UA");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyPointGetsTheRegionsAScanOfEveryBorderGives(long seed) {
        Regions regions = Regions.shipped();
        Random random = new Random(seed);
        for (int i = 0; i < 4000; i++) {
            // over both countries and their neighbours; every fourth point on a cell's edge or corner
            double longitude = 20 + random.nextDouble() * 30;
            double latitude = 43 + random.nextDouble() * 14;
            if (i % 4 == 0) {
                longitude = Math.floor(longitude / CellAnswers.CELL) * CellAnswers.CELL;
            }
            if (i % 8 == 0) {
                latitude = Math.floor(latitude / CellAnswers.CELL) * CellAnswers.CELL;
            }
            var point = GeoJson.point(longitude, latitude);
            List<String> scanned = regions.all().stream().filter(region -> region.covers(point))
                    .sorted(Comparator.comparing(Region::level).reversed().thenComparing(Region::id))
                    .map(Region::id).toList();
            assertThat(regions.covering(point)).as("%s, %s", longitude, latitude).extracting(Region::id)
                    .containsExactlyElementsOf(scanned);
            assertThat(regions.covering(point)).as("asked again: %s, %s", longitude, latitude).extracting(Region::id)
                    .containsExactlyElementsOf(scanned);
        }
    }

    @Test
    void aPointOutsideBothCountriesIsInNoRegion() {
        assertThat(REGIONS.covering(GeoJson.point(13.4, 52.5))).as("Berlin").isEmpty();
    }
}
