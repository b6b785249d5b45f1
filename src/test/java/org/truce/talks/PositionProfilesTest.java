package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.talks.TalksInputs.PositionInput;

/**
 * Golden fixtures for the workspace's reading of a stored position: the canonical JSON a position
 * is stored as becomes a {@link PreferenceProfile} whose utilities, red lines and holistic check
 * are computed here by hand; and a position that breaks the rules is refused naming its field.
 */
class PositionProfilesTest {

    /** Two issues: X (x1, x2), Y (y1, y2, y3). */
    private static final Agenda AGENDA = new Agenda(List.of(
            new AgendaIssue("x", Map.of("en", "X"), List.of(new AgendaOption("x1", Map.of("en", "x one"), null),
                    new AgendaOption("x2", Map.of("en", "x two"), null))),
            new AgendaIssue("y", Map.of("en", "Y"), List.of(new AgendaOption("y1", Map.of("en", "y one"), null),
                    new AgendaOption("y2", Map.of("en", "y two"), null), new AgendaOption("y3", Map.of("en", "y three"), null)))));

    /** As stored: keys in another order than the agenda's, as a JSON object may hold them. */
    private static final String STORED = """
            {"holistic":[{"choices":{"x":"x1","y":"y3"},"rating":70},{"choices":{"y":"y2","x":"x2"},"rating":90},
                         {"choices":{"x":"x2","y":"y1"},"rating":10}],
             "id":"pos_golden","illustrative":false,"party":"UA","redLines":{"y":["y1"]},"reservationValue":30,
             "ratings":{"y":{"y3":50,"y1":0,"y2":100},"x":{"x2":25,"x1":100}},
             "statedAt":"2024-08-01T09:00:00Z","talksId":"tlk_golden","weights":{"y":40,"x":60}}""";

    @Test
    void aStoredPositionBecomesTheProfileItStates() {
        Position position = TalksJson.read(STORED, Position.class);
        PreferenceProfile profile = PositionProfiles.profile(AGENDA, position);
        NegotiationAgenda agenda = AGENDA.negotiationAgenda();
        // utility = (60 x rating of X + 40 x rating of Y) / 100
        assertThat(profile.utility(agenda.packageOf(Map.of("x", "x1", "y", "y2")))).isEqualTo(100.0);
        assertThat(profile.utility(agenda.packageOf(Map.of("x", "x1", "y", "y3")))).isEqualTo(80.0);
        assertThat(profile.utility(agenda.packageOf(Map.of("x", "x2", "y", "y2")))).isEqualTo(55.0);
        assertThat(profile.utility(agenda.packageOf(Map.of("x", "x2", "y", "y3")))).isEqualTo(35.0);
        assertThat(profile.utility(agenda.packageOf(Map.of("x", "x2", "y", "y1")))).isEqualTo(15.0);
        assertThat(profile.utility(agenda.packageOf(Map.of("x", "x1", "y", "y1")))).isEqualTo(60.0);
        assertThat(profile.crossesRedLine(agenda.packageOf(Map.of("x", "x1", "y", "y1")))).isTrue();
        assertThat(profile.accepts(agenda.packageOf(Map.of("x", "x1", "y", "y1")))).as("60 >= 30 but a red line").isFalse();
        assertThat(profile.accepts(agenda.packageOf(Map.of("x", "x2", "y", "y3")))).as("35 >= 30").isTrue();
        assertThat(profile.accepts(agenda.packageOf(Map.of("x", "x2", "y", "y1")))).isFalse();
        assertThat(profile.weights().keySet()).as("agenda order, whatever the stored order").containsExactly("x", "y");
        assertThat(profile.party()).isEqualTo("UA");
        assertThat(profile.reservationValue()).isEqualTo(30);
    }

    @Test
    void theHolisticCheckComparesTheRatingsWithTheStoredProfile() {
        PositionView view = PositionView.of(AGENDA, TalksJson.read(STORED, Position.class), 1);
        PositionView.HolisticCheckView check = view.holisticCheck();
        // profile: (x1,y3) 80, (x2,y2) 55, (x2,y1) 15; ratings: 70, 90, 10
        assertThat(check.rows()).extracting(PositionView.Row::additiveUtility).containsExactly(80.0, 55.0, 15.0);
        assertThat(check.rows()).extracting(PositionView.Row::difference).containsExactly(-10.0, 35.0, -5.0);
        assertThat(check.rows().get(1).choices()).containsExactly(Map.entry("x", "x2"), Map.entry("y", "y2"));
        // only the first two are ordered differently: the profile prefers (x1,y3), the ratings (x2,y2)
        assertThat(check.disagreements()).hasSize(1);
        PositionView.Disagreement d = check.disagreements().get(0);
        assertThat(d.first()).containsEntry("y", "y3");
        assertThat(d.additive()).isEqualTo("first_higher");
        assertThat(d.holistic()).isEqualTo("second_higher");
        assertThat(d.reversed()).isTrue();
        // 3 pairs, 2 concordant, 1 discordant, no ties: tau = (2 - 1) / 3
        assertThat(check.kendallTau()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(check.meanAbsoluteDifference()).isCloseTo(50.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aPositionBreakingTheRulesIsRefusedNamingEachField() {
        PositionInput input = new PositionInput(Map.of("x", 60, "y", 35),
                Map.of("x", Map.of("x1", 100, "x2", 25), "y", Map.of("y1", 0, "y2", 100, "y3", 50)), 30,
                Map.of(), List.of(new Position.HolisticInput(Map.of("x", "x1", "y", "y9"), 50)));
        Problems problems = new Problems();
        PositionProfiles.check(AGENDA, "UA", input, problems);
        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("position.weights", "position.holistic", "position.holistic[0].choices.y"));

        Problems ratings = new Problems();
        PositionProfiles.check(AGENDA, "UA", new PositionInput(Map.of("x", 60, "y", 40),
                Map.of("x", Map.of("x1", 90, "x2", 25), "y", Map.of("y1", 0, "y2", 100, "y3", 50)), 101, Map.of(), null), ratings);
        assertThatThrownBy(ratings::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("position.reservationValue", "position.ratings.x"));
    }

    @Test
    void aPositionIsStoredAsTheCanonicalJsonItWasCommittedAs() {
        Position position = TalksJson.read(STORED, Position.class);
        String canonical = TalksJson.canonical(position);
        assertThat(TalksJson.canonical(TalksJson.tree(canonical))).isEqualTo(canonical);
        assertThat(TalksJson.read(canonical, Position.class)).isEqualTo(position);
        assertThat(canonical).startsWith("{\"holistic\":[").contains("\"weights\":{\"x\":60,\"y\":40}");
    }
}
