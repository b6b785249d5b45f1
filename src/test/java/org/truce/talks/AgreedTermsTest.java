package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.truce.agreement.Terms;
import org.truce.agreement.TermsInput;
import org.truce.agreement.TermsValidator;
import org.truce.agreement.VaguenessCheck;
import org.truce.geo.Regions;

/**
 * What a version settles, and the agreement terms its agreed options become: the start as written
 * or counted from the agreement, the end in calendar days of the start's zone, categories,
 * geography, obligations and consequences, and clauses that restate their option's term, so
 * that the agreement's own checks find nothing to object to.
 */
class AgreedTermsTest {

    private static final TermsValidator VALIDATOR = new TermsValidator(Regions.shipped());

    private static final TalksProcess TALKS = new TalksProcess("tlk_t", "Test moratorium", "Mediator", "Geneva", List.of("UA", "RU"),
            "Europe/Kyiv", Map.of(), new Agenda(List.of(
            issue("scope", option("grid", TermsEffect.categories(List.of("power_plant", "substation"), List.of("nuclear"))),
                    option("gas", TermsEffect.categories(List.of("gas_pipeline"), null))),
            issue("duration", option("d30", TermsEffect.days(30)), option("d90", TermsEffect.days(90))),
            issue("start", option("spring", TermsEffect.startsAt("2030-03-20T00:00+02:00[Europe/Kyiv]")),
                    option("later", TermsEffect.startsAfter(72, "Europe/Moscow"))),
            issue("geography", option("occupied", TermsEffect.scope(Map.of("UA", List.of("UA"), "RU", List.of("RU", "UA-43")),
                    List.of("30 km along the line of contact"))), option("borders", TermsEffect.scope(Map.of("UA", List.of("UA"),
                    "RU", List.of("RU")), null))),
            issue("notification", option("h24", TermsEffect.notifyWithin(24)), option("monitors",
                    TermsEffect.obligation("International monitors may visit a protected site."))),
            issue("violation", option("consult", TermsEffect.consequence("consultations", "Consultations.")),
                    option("release", TermsEffect.consequence("releases_other_party", null))))), Instant.EPOCH);

    @Test
    void aVersionSettlesWhatItsClausesBindOnce() {
        List<TextClause> clauses = List.of(clause("a", "scope", "grid", ClauseStatus.AGREED),
                clause("b", "duration", "d30", ClauseStatus.AGREED), clause("c", "duration", "d90", ClauseStatus.AGREED),
                clause("d", "start", "spring", ClauseStatus.CONTESTED), clause("e", null, null, ClauseStatus.AGREED));
        AgreedTerms.Settlement settlement = AgreedTerms.settlement(TALKS.agenda(), clauses);
        assertThat(settlement.choices()).containsExactly(Map.entry("scope", "grid"), Map.entry("start", "spring"));
        assertThat(settlement.ambiguous()).containsExactly("duration");
        assertThat(settlement.open()).containsExactly("geography", "notification", "violation");
        assertThat(settlement.contested()).containsExactly("d");
        assertThat(settlement.complete()).isFalse();
    }

    @Test
    void theAgreedOptionsBecomeTermsTheAgreementCanSign() {
        Map<String, String> agreed = Map.of("scope", "grid", "duration", "d30", "start", "spring", "geography", "occupied",
                "notification", "h24", "violation", "consult");
        List<TextClause> clauses = agreed.entrySet().stream().map(e -> clause(e.getKey(), e.getKey(), e.getValue(),
                ClauseStatus.AGREED)).toList();
        TermsInput input = AgreedTerms.terms(TALKS, clauses, agreed, Instant.parse("2029-11-01T10:00:00Z"));
        assertThat(input.effectiveFrom()).isEqualTo("2030-03-20T00:00+02:00[Europe/Kyiv]");
        // 30 calendar days in Kyiv cross the change to summer time on 31 March: 719 hours
        assertThat(input.until()).isEqualTo("2030-04-19T00:00+03:00[Europe/Kyiv]");
        assertThat(input.protectedCategories()).containsExactly("power_plant", "substation");
        assertThat(input.protectedPowerPlantKinds()).containsExactly("nuclear");
        assertThat(input.geographicScope().get("RU").regions()).containsExactly("RU", "UA-43");
        assertThat(input.exclusions()).extracting(TermsInput.ExclusionInput::text).containsExactly("30 km along the line of contact");
        assertThat(input.obligations()).extracting(TermsInput.ObligationInput::withinHours).containsExactly(24);
        assertThat(input.consequences()).extracting(TermsInput.ConsequenceInput::kind).containsExactly("consultations");

        Terms terms = VALIDATOR.validate(input, Set.of("UA", "RU"), "terms");
        assertThat(terms.until()).isEqualTo(Instant.parse("2030-04-18T21:00:00Z"));
        assertThat(VaguenessCheck.check(terms)).as("nothing left vague, no clause contradicting its term").isEmpty();
        assertThat(input.clauses()).filteredOn(c -> c.restates() != null).extracting(c -> c.restates().term())
                .containsExactlyInAnyOrder("protectedCategories", "duration", "geographicScope", "notifyIncidentWithinHours",
                        "consequences");
    }

    @Test
    void aStartCountedFromTheAgreementBeginsOnTheNextWholeMinuteInItsZone() {
        Map<String, String> agreed = Map.of("scope", "gas", "duration", "d90", "start", "later", "geography", "borders",
                "notification", "monitors", "violation", "release");
        TermsInput input = AgreedTerms.terms(TALKS, List.of(), agreed, Instant.parse("2029-11-01T10:00:30.250Z"));
        // 72 hours later is 4 November 10:00:30.25 UTC, 13:00:30 in Moscow: the next whole minute is 13:01
        assertThat(input.effectiveFrom()).isEqualTo("2029-11-04T13:01+03:00[Europe/Moscow]");
        assertThat(input.effectiveZone()).isEqualTo("Europe/Moscow");
        assertThat(input.until()).isEqualTo("2030-02-02T13:01+03:00[Europe/Moscow]");
        assertThat(input.obligations()).extracting(TermsInput.ObligationInput::kind).containsExactly("other");
        Terms terms = VALIDATOR.validate(input, Set.of("UA", "RU"), "terms");
        assertThat(VaguenessCheck.check(terms)).isEmpty();
    }

    private static AgendaIssue issue(String id, AgendaOption... options) {
        return new AgendaIssue(id, Map.of("en", id), List.of(options));
    }

    private static AgendaOption option(String id, TermsEffect effect) {
        return new AgendaOption(id, Map.of("en", id), effect);
    }

    private static TextClause clause(String id, String issue, String option, ClauseStatus status) {
        return new TextClause(id, issue, option, status, Map.of("en", "Clause " + id));
    }
}
