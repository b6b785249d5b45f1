package org.truce.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.truce.agreement.AgreementFixtures.with;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.truce.shared.Category;
import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.shared.Means;
import org.truce.shared.PowerPlantKind;

/** Terms as written are refused naming every wrong field; complete terms read as the verification engine needs them. */
class TermsValidatorTest {

    private static List<FieldProblem> problems(Map<String, Object> written) {
        try {
            TestTerms.read(written);
        } catch (InvalidInput invalid) {
            return invalid.problems();
        }
        throw new AssertionError("accepted " + written);
    }

    private static List<String> fields(Map<String, Object> written) {
        return problems(written).stream().map(FieldProblem::field).toList();
    }

    @Test
    void completeTermsReadAsWritten() {
        Terms terms = TestTerms.read(TestTerms.complete());
        assertThat(terms.effectiveFrom()).isEqualTo(Instant.parse("2025-03-17T21:00:00Z"));
        assertThat(terms.until()).isEqualTo(Instant.parse("2025-04-16T21:00:00Z"));
        assertThat(terms.effectiveZone()).isEqualTo("Europe/Moscow");
        assertThat(terms.protectedCategories()).containsExactly(Category.POWER_PLANT, Category.SUBSTATION, Category.OIL_REFINERY);
        assertThat(terms.protects(Category.POWER_PLANT, PowerPlantKind.NUCLEAR)).isTrue();
        assertThat(terms.protects(Category.GAS_METERING, null)).isFalse();
        assertThat(terms.prohibits(Means.DRONE)).isTrue();
        assertThat(terms.prohibits(Means.ARTILLERY)).isFalse();
        assertThat(terms.covers("UA", org.truce.geo.GeoJson.point(30.52, 50.45), TestTerms.REGIONS)).as("Kyiv").isTrue();
        assertThat(terms.covers("RU", org.truce.geo.GeoJson.point(30.52, 50.45), TestTerms.REGIONS)).isFalse();
    }

    @Test
    void anUnknownCategoryIsNamedByItsIndex() {
        List<FieldProblem> problems = problems(with(TestTerms.complete(), "protectedCategories",
                List.of("oil_refinery", "energy_infrastructure")));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("terms.protectedCategories[1]");
        assertThat(problems.get(0).reason()).contains("energy_infrastructure", "gas_metering");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThat(fields(with(TestTerms.complete(), "until", "2025-03-01T00:00+03:00"))).containsExactly("terms.until");
        assertThat(fields(with(TestTerms.complete(), "until", "2025-03-18T00:00+03:00")))
                .as("an end at the start is no window either").containsExactly("terms.until");
    }

    @Test
    void aLocalTimeWithoutItsZoneIsRefused() {
        List<FieldProblem> problems = problems(with(TestTerms.complete(), "effectiveFrom", "2025-03-18T00:00"));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("terms.effectiveFrom");
        assertThat(problems.get(0).reason()).contains("no time zone");
        assertThat(fields(with(TestTerms.complete(), "until", "2025-04-17"))).containsExactly("terms.until");
    }

    @Test
    void anOffsetThatIsNotTheZonesOffsetThenIsRefused() {
        Map<String, Object> kyivZone = with(with(TestTerms.complete(), "effectiveFrom", "2025-03-18T00:00+03:00"),
                "effectiveZone", "Europe/Kyiv");
        List<FieldProblem> problems = problems(kyivZone);
        assertThat(problems).extracting(FieldProblem::field).containsExactly("terms.effectiveFrom");
        assertThat(problems.get(0).reason()).contains("+02:00");
        assertThat(TestTerms.read(with(kyivZone, "effectiveFrom", "2025-03-17T21:00:00Z")).effectiveZone())
                .as("UTC is always a fine way to write an instant").isEqualTo("Europe/Kyiv");
    }

    @Test
    void zonesAreNamedZonesNotOffsets() {
        assertThat(fields(with(TestTerms.complete(), "effectiveZone", "+03:00"))).containsExactly("terms.effectiveZone");
        assertThat(fields(with(TestTerms.complete(), "effectiveZone", "Mars/Olympus"))).containsExactly("terms.effectiveZone");
    }

    @Test
    void geographyNamesShippedRegionsAndValidPolygonsOfThePartiesOnly() {
        assertThat(fields(with(TestTerms.complete(), "geographicScope", Map.of("UA", Map.of("regions", List.of("UA-99"))))))
                .containsExactly("terms.geographicScope.UA.regions[0]");
        assertThat(fields(with(TestTerms.complete(), "geographicScope", Map.of("MD", Map.of("regions", List.of("UA"))))))
                .containsExactly("terms.geographicScope.MD");
        Map<String, Object> openRing = Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(30, 50), List.of(31, 50), List.of(31, 51), List.of(30, 51))));
        assertThat(fields(with(TestTerms.complete(), "geographicScope", Map.of("UA", Map.of("areas", List.of(openRing))))))
                .containsExactly("terms.geographicScope.UA.areas[0].coordinates[0]");
        Map<String, Object> point = Map.of("type", "Point", "coordinates", List.of(30, 50));
        assertThat(fields(with(TestTerms.complete(), "geographicScope", Map.of("UA", Map.of("areas", List.of(point))))))
                .containsExactly("terms.geographicScope.UA.areas[0]");
    }

    @Test
    void aPolygonScopeCoversWhatItEncloses() {
        Map<String, Object> square = Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(35, 51), List.of(36, 51), List.of(36, 52), List.of(35, 52), List.of(35, 51))));
        Terms terms = TestTerms.read(with(TestTerms.complete(), "geographicScope",
                Map.of("UA", Map.of("regions", List.of("UA")), "RU", Map.of("areas", List.of(square)))));
        assertThat(terms.covers("RU", org.truce.geo.GeoJson.point(35.27, 51.19), TestTerms.REGIONS)).as("Sudzha").isTrue();
        assertThat(terms.covers("RU", org.truce.geo.GeoJson.point(37.6, 55.75), TestTerms.REGIONS)).as("Moscow").isFalse();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, Object> written = with(with(with(with(TestTerms.complete(), "parties", List.of("UA", "XX")),
                "prohibitedMeans", List.of("catapult")), "protectedPowerPlantKinds", List.of("nuclear")),
                "protectedCategories", List.of("substation"));
        assertThat(fields(written)).containsExactlyInAnyOrder("terms.parties[1]", "terms.prohibitedMeans[0]",
                "terms.protectedPowerPlantKinds", "terms.geographicScope.RU");
    }

    @Test
    void anAgreementBindsAtLeastTwoDistinctParties() {
        assertThat(fields(with(TestTerms.complete(), "parties", List.of("UA")))).contains("terms.parties");
        assertThat(fields(with(TestTerms.complete(), "parties", List.of("UA", "UA")))).contains("terms.parties[1]");
        assertThatThrownBy(() -> TestTerms.read(with(TestTerms.complete(), "title", " "))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void clausesNeedAnIdATextAndAKnownRestatedTerm() {
        Map<String, Object> written = with(TestTerms.complete(), "clauses", List.of(
                Map.of("id", "Bad Id", "texts", Map.of("en", "x")),
                Map.of("id", "b", "texts", Map.of()),
                Map.of("id", "c", "texts", Map.of("en", "x"), "restates", Map.of("term", "weather", "value", 1)),
                Map.of("id", "d", "texts", Map.of("en", "x"), "restates", Map.of("term", "duration", "value", "a month")),
                Map.of("id", "e", "texts", Map.of("en", "x"), "restates",
                        Map.of("term", "protectedCategories", "value", List.of("energy")))));
        assertThat(fields(written)).containsExactly("terms.clauses[0].id", "terms.clauses[1].texts",
                "terms.clauses[2].restates.term", "terms.clauses[3].restates.value", "terms.clauses[4].restates.value");
    }

    @Test
    void obligationsAndConsequencesAreRead() {
        Terms terms = TestTerms.read(with(with(TestTerms.complete(),
                "obligations", List.of(Map.of("kind", "notify_incident", "withinHours", 24))),
                "consequences", List.of(Map.of("kind", "releases_other_party"))));
        assertThat(terms.notifyIncidentWithinHours()).contains(24);
        assertThat(terms.consequences()).extracting(Consequence::kind).containsExactly(ConsequenceKind.RELEASES_OTHER_PARTY);
        assertThat(fields(with(TestTerms.complete(), "obligations", List.of(Map.of("kind", "notify_incident")))))
                .containsExactly("terms.obligations[0].withinHours");
    }

    @Test
    void equalTermsHaveTheSameCanonicalBytesWhateverTheOrderTheyWereWrittenIn() {
        Terms a = TestTerms.read(with(TestTerms.complete(), "protectedCategories", List.of("substation", "oil_refinery", "power_plant")));
        Terms b = TestTerms.read(with(TestTerms.complete(), "protectedCategories", List.of("power_plant", "oil_refinery", "substation", "oil_refinery")));
        assertThat(VersionDocument.of("agr_x", 1, a).canonicalText()).isEqualTo(VersionDocument.of("agr_x", 1, b).canonicalText());
        assertThat(VersionDocument.parse(VersionDocument.of("agr_x", 1, a).canonicalText()).terms()).isEqualTo(a);
    }
}
