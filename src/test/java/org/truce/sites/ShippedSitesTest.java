package org.truce.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.truce.shared.PowerPlantKind;

/** The shipped open data as site nominations: the power plants and the claims' facilities. */
class ShippedSitesTest {

    @ParameterizedTest
    @CsvSource({
            "Nuclear, Zaporozhye, nuclear",
            "Hydro, Kakhovka, hydro",
            "Solar, Bolgrad, solar",
            "Wind, Tyupkildy Wind Farm, wind",
            "Coal, Burshtyn power station, thermal",
            "Gas, Kiev CHP-5, chp",
            "Gas, Cheboksary CHPP=2, chp",
            "Gas, GT TETS Vsevolozhskaya, chp",
            "Gas, Central Heat and Power Plant (ES-2), chp",
            "Oil, Some oil plant, thermal",
            "Biomass, CHP-1 of Kotlas PPM, chp",
            "Geothermal, Mutnovskaya GeoPP, thermal",
            "Other, TPP VTI, thermal"
    })
    void eachFuelMapsToAKind(String fuel, String name, String kind) {
        assertThat(PowerPlants.kindOf(fuel, name)).contains(PowerPlantKind.fromCode(kind));
    }

    @Test
    void anUnknownFuelMapsToNoKind() {
        assertThat(PowerPlants.kindOf("Antimatter", "X")).isEmpty();
    }

    @Test
    void theShippedPlantsOfUkraineAndRussiaBelongToTheirCountriesAndTheOthersAreLeftOut() {
        List<SiteInput> plants = PowerPlants.shipped();
        Map<String, Long> byOwner = plants.stream().collect(Collectors.groupingBy(SiteInput::owner, Collectors.counting()));
        // the file's own counts (shared/data/README.md): UKR 64, RUS 545, BLR 24, MDA 6
        assertThat(byOwner).containsExactlyInAnyOrderEntriesOf(Map.of("UA", 64L, "RU", 545L));
        assertThat(plants).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("WRI Global Power Plant Database v1.3.0");
            assertThat(p.sourceRef()).matches("[A-Z]{3}[0-9]+");
            assertThat(p.category()).isEqualTo("power_plant");
            assertThat(p.country()).isEqualTo(p.owner());
        });
        Map<String, SiteInput> byRef = plants.stream().collect(Collectors.toMap(SiteInput::sourceRef, Function.identity()));
        SiteInput burshtyn = byRef.get("WRI1005097");
        assertThat(burshtyn.name()).isEqualTo("Burshtyn power station");
        assertThat(burshtyn.capacityMw()).isEqualTo("2334.0");
        assertThat(burshtyn.kind()).isEqualTo("thermal");
        assertThat(plants.stream().filter(p -> p.kind().equals("nuclear")).count()).isEqualTo(14);
    }

    @Test
    void theClaimsNameFourFacilitiesEachNominatedByTheCountryItLiesIn() {
        Map<String, ClaimedFacilities.Facility> byName = ClaimedFacilities.shipped().stream()
                .collect(Collectors.toMap(f -> f.input().name(), Function.identity()));
        assertThat(byName).containsOnlyKeys("Sudzha gas metering station", "Kavkazskaya oil pumping station",
                "Kherson thermal power plant", "Glebovskoye gas storage");

        SiteInput sudzha = byName.get("Sudzha gas metering station").input();
        assertThat(byName.get("Sudzha gas metering station").owner()).isEqualTo("RU");
        assertThat(sudzha.category()).isEqualTo("gas_metering");
        assertThat(sudzha.sourceRef()).as("three claims, one station").isEqualTo("c01 c02 c03");
        assertThat(sudzha.latitude()).isEqualTo("51.19");
        assertThat(sudzha.longitude()).isEqualTo("35.27");
        assertThat(sudzha.controlContested()).isEqualTo("true");
        assertThat(sudzha.controlReason()).contains("Ukrainian forces");

        assertThat(byName.get("Kavkazskaya oil pumping station").owner()).isEqualTo("RU");
        assertThat(byName.get("Kavkazskaya oil pumping station").input().category()).isEqualTo("oil_pumping");
        assertThat(byName.get("Kherson thermal power plant").owner()).isEqualTo("UA");
        assertThat(byName.get("Kherson thermal power plant").input().category()).isEqualTo("heating_plant");
        assertThat(byName.get("Kherson thermal power plant").input().controlContested()).isNull();
        assertThat(byName.get("Glebovskoye gas storage").owner()).isEqualTo("UA");
        assertThat(byName.get("Glebovskoye gas storage").input().category()).isEqualTo("gas_storage");
    }
}
