package org.truce.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.truce.geo.Geodesy;
import org.truce.geo.Regions;

/** Place names to coordinates, as a report's author writes them. */
class GazetteerTest {

    static final Gazetteer GAZETTEER = Gazetteer.shipped(Regions.shipped());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Суджа                               | town     | RU-KRS | 51.19 | 35.27
            Sudzha                              | town     | RU-KRS | 51.19 | 35.27
            sudzha                              | town     | RU-KRS | 51.19 | 35.27
            Sudzha gas metering station, Kursk Oblast | town | RU-KRS | 51.19 | 35.27
            Klimovsky district, Bryansk Region  | district | RU-BRY | 52.38 | 32.19
            Климовский район, Брянская область  | district | RU-BRY | 52.38 | 32.19
            Suzemsky district, Bryansk region   | district | RU-BRY | 52.32 | 34.08
            Kursk region                        | region   | RU-KRS | 51.73 | 36.19
            Курская область                     | region   | RU-KRS | 51.73 | 36.19
            Poltava Oblast                      | region   | UA-53  | 49.59 | 34.55
            Полтавська область                  | region   | UA-53  | 49.59 | 34.55
            Kherson                             | town     | UA-65  | 46.64 | 32.61
            Херсон                              | town     | UA-65  | 46.64 | 32.61
            Kherson Oblast                      | region   | UA-65  | 46.64 | 32.61
            Krasnodar Krai                      | region   | RU-KDA | 45.04 | 38.98
            Reshetylivka community, Poltava region | district | UA-53 | 49.56 | 34.08
            Zaporizhzhya                        | town     | UA-23 | 47.84 | 35.14
            Zaporizhzhia                        | town     | UA-23 | 47.84 | 35.14
            Kyiv                                | town     | UA-30 | 50.45 | 30.52
            Kiev                                | town     | UA-30 | 50.45 | 30.52
            Sumy                                | town     | UA-59 | 50.91 | 34.80
            Kryvyi Rih                          | town     | UA-12 | 47.91 | 33.39
            Slovyansk, Donetsk Oblast           | town     | UA-14 | 48.85 | 37.61
            Nikopol, Dnipropetrovsk Oblast      | town     | UA-12 | 47.57 | 34.39
            """)
    void resolvesANameToCoordinatesAPrecisionAndTheRegion(String text, String precision, String region,
                                                          double latitude, double longitude) {
        PlaceMatch match = GAZETTEER.resolve(text).orElseThrow(() -> new AssertionError("unresolved: " + text));
        assertThat(match.precision().code()).as(text).isEqualTo(precision);
        assertThat(match.regionId()).as(text).isEqualTo(region);
        assertThat(Geodesy.distanceMetres(latitude, longitude, match.latitude(), match.longitude()))
                .as(text + " resolved to " + match).isLessThan(5_000);
    }

    @Test
    void aQualifierChoosesAmongPlacesOfTheSameName() {
        // several towns are called Pokrovsk/Pokrovske; the region after the comma decides
        PlaceMatch inDonetsk = GAZETTEER.resolve("Pokrovsk, Donetsk Oblast").orElseThrow();
        assertThat(inDonetsk.regionId()).isEqualTo("UA-14");
    }

    @Test
    void anUnknownPlaceIsNotResolved() {
        assertThat(GAZETTEER.resolve("Atlantis")).isEmpty();
        assertThat(GAZETTEER.resolve("Sudzha, Poltava Oblast")).as("Sudzha is not in Poltava Oblast").isEmpty();
        assertThat(GAZETTEER.resolve("  ")).isEmpty();
    }

    @Test
    void anAggregateClaimNamesSeveralRegions() {
        List<PlaceMatch> regions = GAZETTEER.regionsNamed("Bryansk, Belgorod, Smolensk, Lipetsk and Voronezh regions");
        assertThat(regions).extracting(PlaceMatch::regionId)
                .containsExactly("RU-BRY", "RU-BEL", "RU-SMO", "RU-LIP", "RU-VOR");
        assertThat(GAZETTEER.resolve("Bryansk, Belgorod, Smolensk, Lipetsk and Voronezh regions")).isEmpty();
    }

    @Test
    void theSearchFindsByTheBeginningOfANameInEitherScript() {
        assertThat(GAZETTEER.search("Sudz", 5)).extracting(PlaceMatch::name).contains("Sudzha");
        assertThat(GAZETTEER.search("Судж", 5)).extracting(PlaceMatch::name).contains("Sudzha");
        assertThat(GAZETTEER.search("Poltava", 5).get(0).precision()).isEqualTo(GeoPrecision.REGION);
    }

    @Test
    void theZoneOfAPlaceIsTheZoneOfItsNeighbourhood() {
        assertThat(GAZETTEER.zoneNear(51.19, 35.27)).contains("Europe/Moscow");
        assertThat(GAZETTEER.zoneNear(46.64, 32.61)).contains("Europe/Kyiv");
        assertThat(GAZETTEER.zoneNear(45.45, 32.80)).contains("Europe/Simferopol");
        assertThat(GAZETTEER.zoneNear(51.48, 46.21)).contains("Europe/Saratov");
    }
}
