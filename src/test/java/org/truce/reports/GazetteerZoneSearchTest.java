package org.truce.reports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.truce.geo.Regions;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The zone search's rings find what looking at every place of the window finds. */
class GazetteerZoneSearchTest {

    private static final GazetteerData DATA = GazetteerData.load(Regions.shipped());

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theRingsFindTheZoneOfTheNearestPlaceAsASearchOfEveryPlaceDoes(long seed) {
        Random random = new Random(seed);
        int withZone = 0;
        for (int i = 0; i < 400; i++) {
            // over and around the shipped places, including seas and their eastern edge where places are sparse
            double latitude = 40 + random.nextDouble() * 30;
            double longitude = seed == 5 ? 45 + random.nextDouble() * 20 : 18 + random.nextDouble() * 40;
            String rings = DATA.searchZone(latitude, longitude, GazetteerData.ZONE_RADIUS);
            assertThat(rings).as("%f, %f", latitude, longitude)
                    .isEqualTo(DATA.searchZoneEverywhere(latitude, longitude, GazetteerData.ZONE_RADIUS));
            if (rings != null) {
                withZone++;
            }
        }
        assertThat(withZone).as("most points have a zone near them").isGreaterThan(100);
    }
}
