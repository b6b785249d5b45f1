package org.truce.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

    @Test
    void aPointOutsideBothCountriesIsInNoRegion() {
        assertThat(REGIONS.covering(GeoJson.point(13.4, 52.5))).as("Berlin").isEmpty();
    }
}
