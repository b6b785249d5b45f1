package org.truce.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.agreement.AgreementFixtures.with;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What must be settled before anyone may sign, as a list a mediator can act on. */
class VaguenessCheckTest {

    private static List<Finding> check(Map<String, Object> written) {
        return VaguenessCheck.check(TestTerms.read(written));
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void completeTermsPass() {
        assertThat(check(TestTerms.complete())).isEmpty();
    }

    @Test
    void anEmptyDraftIsMissingEverythingTheCheckAsksFor() {
        List<Finding> findings = check(Map.of("title", "Not yet", "parties", List.of("UA", "RU")));
        assertThat(codes(findings)).containsExactly("no_effective_instant", "no_zone", "no_end", "no_category", "no_geography");
        assertThat(findings).allSatisfy(f -> assertThat(f.field()).startsWith("terms."));
    }

    @ParameterizedTest(name = "without {0}: {1} at {2}")
    @CsvSource({
            "effectiveFrom,   no_effective_instant, terms.effectiveFrom",
            "until,           no_end,               terms.until",
            "protectedCategories, no_category,      terms.protectedCategories",
            "geographicScope, no_geography,         terms.geographicScope"})
    void eachMissingItemIsOneFindingNamingItsField(String removed, String code, String field) {
        Map<String, Object> written = with(with(TestTerms.complete(), removed, null), "clauses", null);
        List<Finding> findings = check(written);
        assertThat(findings).extracting(Finding::code, Finding::field).containsExactly(org.assertj.core.groups.Tuple.tuple(code, field));
    }

    @Test
    void aZoneWrittenOnlyAsAnOffsetIsMissingItsZone() {
        List<Finding> findings = check(with(with(TestTerms.complete(), "effectiveFrom", "2025-03-18T00:00+03:00"),
                "effectiveZone", null));
        assertThat(codes(findings)).containsExactly("no_zone");
        assertThat(findings.get(0).field()).isEqualTo("terms.effectiveZone");
    }

    @Test
    void aReviewDateInsteadOfAnEndIsEnough() {
        assertThat(check(with(with(TestTerms.complete(), "until", null), "reviewDate", "2025-04-10"))
                .stream().map(Finding::code)).doesNotContain("no_end");
    }

    @Test
    void aPartyWithoutGeographyIsNamed() {
        List<Finding> findings = check(with(TestTerms.complete(), "geographicScope", Map.of("UA", Map.of("regions", List.of("UA")))));
        assertThat(findings).extracting(Finding::field).containsExactly("terms.geographicScope.RU");
    }

    @Test
    void aClauseThatStatesAnotherDurationThanTheWindowContradictsIt() {
        Map<String, Object> thirtyOneDays = with(TestTerms.complete(), "clauses", List.of(Map.of("id", "duration",
                "texts", Map.of("en", "For 31 days."), "restates", Map.of("term", "duration", "value", "P31D"))));
        List<Finding> findings = check(thirtyOneDays);
        assertThat(codes(findings)).containsExactly("clause_contradicts_terms");
        assertThat(findings.get(0).field()).isEqualTo("terms.clauses[0].restates");
        assertThat(findings.get(0).reason()).contains("'duration'", "P31D", "2025-04-17T00:00+03:00[Europe/Moscow]");
    }

    @Test
    void thirtyDaysAreThirtyCalendarDaysInTheZoneAndAlsoSevenHundredTwentyHoursInMoscow() {
        for (String value : List.of("P30D", "PT720H")) {
            Map<String, Object> written = with(TestTerms.complete(), "clauses", List.of(Map.of("id", "d",
                    "texts", Map.of("en", "30 days."), "restates", Map.of("term", "duration", "value", value))));
            assertThat(check(written)).as(value).isEmpty();
        }
    }

    @Test
    void aClauseListingOtherCategoriesSaysWhichDiffer() {
        Map<String, Object> written = with(TestTerms.complete(), "clauses", List.of(Map.of("id", "scope",
                "texts", Map.of("en", "Refineries and gas metering stations."),
                "restates", Map.of("term", "protectedCategories", "value", List.of("oil_refinery", "gas_metering")))));
        Finding finding = check(written).get(0);
        assertThat(finding.code()).isEqualTo("clause_contradicts_terms");
        assertThat(finding.reason()).contains("[gas_metering]", "[power_plant, substation]");
    }

    @Test
    void clausesThatAgreeWithTheTermsPass() {
        Map<String, Object> written = with(TestTerms.complete(), "clauses", List.of(
                Map.of("id", "a", "texts", Map.of("en", "…"), "restates", Map.of("term", "protectedCategories",
                        "value", List.of("substation", "power_plant", "oil_refinery"))),
                Map.of("id", "b", "texts", Map.of("uk", "…"), "restates", Map.of("term", "geographicScope",
                        "value", Map.of("UA", List.of("UA"), "RU", List.of("RU")))),
                Map.of("id", "c", "texts", Map.of("ru", "…"), "restates", Map.of("term", "extensionRule",
                        "value", "by_mutual_agreement")),
                Map.of("id", "d", "texts", Map.of("en", "…"), "restates", Map.of("term", "until",
                        "value", "2025-04-16T21:00:00Z")),
                Map.of("id", "e", "texts", Map.of("en", "…"), "restates", Map.of("term", "repelledAttemptsCount",
                        "value", false))));
        assertThat(check(written)).isEmpty();
    }

    @Test
    void aClauseAboutANotificationPeriodTheTermsDoNotSetContradictsThem() {
        Map<String, Object> written = with(TestTerms.complete(), "clauses", List.of(Map.of("id", "notify",
                "texts", Map.of("en", "Notify within 24 hours."),
                "restates", Map.of("term", "notifyIncidentWithinHours", "value", 24))));
        assertThat(codes(check(written))).containsExactly("clause_contradicts_terms");
        Map<String, Object> withObligation = with(written, "obligations", List.of(Map.of("kind", "notify_incident", "withinHours", 24)));
        assertThat(check(withObligation)).isEmpty();
    }
}
