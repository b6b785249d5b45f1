package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.truce.talks.TalksFixtures.agenda;
import static org.truce.talks.TalksFixtures.pkg;
import static org.truce.talks.TalksFixtures.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rejected input names its field. */
class TalksValidationTest {

    private final NegotiationAgenda agenda = agenda("X:x1,x2,x3", "Y:y1,y2");

    private PreferenceProfile valid(String party) {
        return profile(party, agenda, 20, Map.of(), "X=60,Y=40", "X:100,50,0", "Y:100,0");
    }

    @Test
    void weightsMustSumTo100() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 20, Map.of(), "X=60,Y=35", "X:100,50,0", "Y:100,0"))
                .withMessage("weights: must sum to 100, got 95");
    }

    @Test
    void everyIssueNeedsAWeightInRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 20, Map.of(), "X=100", "X:100,50,0", "Y:100,0"))
                .withMessage("weights: missing weight for issue 'Y'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 20, Map.of(), "X=110,Y=-10", "X:100,50,0", "Y:100,0"))
                .withMessage("weights.X: must be between 0 and 100, got 110");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 20, Map.of(), "X=60,Y=40,Z=0", "X:100,50,0", "Y:100,0"))
                .withMessage("weights: unknown issue 'Z'");
    }

    @Test
    void ratingOutsideRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 20, Map.of(), "X=60,Y=40", "X:100,50,101", "Y:100,0"))
                .withMessage("ratings.X.x3: must be between 0 and 100, got 101");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 20, Map.of(), "X=60,Y=40", "X:100,-1,0", "Y:100,0"))
                .withMessage("ratings.X.x2: must be between 0 and 100, got -1");
    }

    @Test
    void missingRating() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 20, Map.of(), "X=60,Y=40", "X:100,50", "Y:100,0"))
                .withMessage("ratings.X: missing rating for option 'x3'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 20, Map.of(), "X=60,Y=40", "X:100,50,0"))
                .withMessage("ratings: missing ratings for issue 'Y'");
        Map<String, Integer> withNull = new HashMap<>(Map.of("x1", 100, "x2", 50));
        withNull.put("x3", null);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PreferenceProfile("A", agenda, Map.of("X", 60, "Y", 40),
                        Map.of("X", withNull, "Y", Map.of("y1", 100, "y2", 0)), 20))
                .withMessage("ratings.X.x3: must not be null");
    }

    @Test
    void bestOptionMustBeRated100AndOptionsMustExist() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 20, Map.of(), "X=60,Y=40", "X:90,50,0", "Y:100,0"))
                .withMessage("ratings.X: the best option must be rated 100, got 90");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PreferenceProfile("A", agenda, Map.of("X", 60, "Y", 40),
                        Map.of("X", Map.of("x1", 100, "x2", 50, "x3", 0, "x9", 10), "Y", Map.of("y1", 100, "y2", 0)), 20))
                .withMessage("ratings.X: unknown option 'x9'");
    }

    @Test
    void unknownOptionInRedLine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 20, Map.of("X", Set.of("x4")), "X=60,Y=40", "X:100,50,0", "Y:100,0"))
                .withMessage("redLines.X: unknown option 'x4'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 20, Map.of("W", Set.of("x1")), "X=60,Y=40", "X:100,50,0", "Y:100,0"))
                .withMessage("redLines: unknown issue 'W'");
    }

    @Test
    void reservationValueAndParty() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile("A", agenda, 101, Map.of(), "X=60,Y=40", "X:100,50,0", "Y:100,0"))
                .withMessage("reservationValue: must be between 0 and 100, got 101");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> profile(" ", agenda, 20, Map.of(), "X=60,Y=40", "X:100,50,0", "Y:100,0"))
                .withMessage("party: must not be blank");
    }

    @Test
    void issuesAndOptions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NegotiationIssue.of("X", "Issue X", new IssueOption("a", "A"), new IssueOption("a", "B")))
                .withMessage("options: duplicate option id 'a' in issue 'X'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NegotiationIssue("X", "Issue X", List.of()))
                .withMessage("options: issue 'X' needs at least one option");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> agenda("X:a", "X:b"))
                .withMessage("issues: duplicate issue id 'X'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new IssueOption("", "label"))
                .withMessage("id: must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NegotiationPackage.of(0, -1))
                .withMessage("choices[1]: must be >= 0, got -1");
    }

    @Test
    void packagesMustFitTheAgenda() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> agenda.requireValid(pkg(0), "tentative"))
                .withMessage("tentative: has 1 choices but the agenda has 2 issues");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> agenda.requireValid(pkg(3, 0), "tentative"))
                .withMessage("tentative.choices[0]: option index 3 out of range for issue 'X' (3 options)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> agenda.packageOf(Map.of("X", "x1")))
                .withMessage("choices: missing issue 'Y'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> agenda.packageOf(Map.of("X", "x1", "Y", "y7")))
                .withMessage("choices.Y: unknown option 'y7'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> agenda.packageAt(6))
                .withMessage("index: must be between 0 and 5, got 6");
    }

    @Test
    void agendaNumbersPackagesInMixedRadix() {
        // X has 3 options, Y 2: index = 2x + y, first issue most significant
        assertThat(agenda.packageCount()).isEqualTo(6);
        assertThat(agenda.packageAt(5)).isEqualTo(pkg(2, 1));
        assertThat(agenda.packageAt(2)).isEqualTo(pkg(1, 0));
        assertThat(agenda.indexOf(pkg(1, 1))).isEqualTo(3);
        assertThat(agenda.packageOf(Map.of("Y", "y2", "X", "x2"))).isEqualTo(pkg(1, 1));
        assertThat(agenda.optionIds(pkg(1, 1))).containsExactly(Map.entry("X", "x2"), Map.entry("Y", "y2"));
        assertThat(agenda.describe(pkg(2, 0))).isEqualTo("Issue X: option x3; Issue Y: option y1");
    }

    @Test
    void analysisRejectsMoreThanAMillionPackages() {
        // 1000 x 1001 options = 1,001,000 packages
        NegotiationAgenda big = wideAgenda(1000, 1001);
        PreferenceProfile first = flatProfile("A", big);
        PreferenceProfile second = flatProfile("B", big);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PackageAnalysis.of(first, second))
                .withMessageStartingWith("agenda: 1001000 packages exceed the analysis limit of 1000000");
    }

    @Test
    void analysisAcceptsExactlyAMillionPackages() {
        NegotiationAgenda big = wideAgenda(1000, 1000);
        PackageAnalysis analysis = PackageAnalysis.of(flatProfile("A", big), flatProfile("B", big));
        assertThat(analysis.packageCount()).isEqualTo(1_000_000);
        // flat profiles: the first option of each issue is worth 100, every other 0, for both
        // parties (weights 50/50); reservation 0 -> all feasible, frontier is the single point (100,100)
        assertThat(analysis.feasibleCount()).isEqualTo(1_000_000);
        assertThat(analysis.frontier()).hasSize(1);
        assertThat(analysis.frontier().get(0).index()).isZero();
        assertThat(analysis.frontier().get(0).equivalentPackages()).isEqualTo(1);
        // package (o1, o1) is worth 0 to both: feasible (reservation 0) but dominated
        assertThat(analysis.frontierPointFor(pkg(1, 1))).isEmpty();
        assertThat(analysis.evaluate(pkg(1, 1)).feasible()).isTrue();
    }

    @Test
    void overflowingPackageCountSaturates() {
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            specs.add("I" + i + ":a,b");
        }
        NegotiationAgenda huge = agenda(specs.toArray(String[]::new));
        assertThat(huge.packageCount()).isEqualTo(Long.MAX_VALUE);
        Map<String, Integer> weights = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
        for (int i = 0; i < 64; i++) {
            weights.put("I" + i, i < 50 ? 2 : 0);
            ratings.put("I" + i, Map.of("a", 100, "b", 0));
        }
        PreferenceProfile a = new PreferenceProfile("A", huge, weights, ratings, 0);
        PreferenceProfile b = new PreferenceProfile("B", huge, weights, ratings, 0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PackageAnalysis.of(a, b))
                .withMessageStartingWith("agenda: more than " + Long.MAX_VALUE + " packages exceed the analysis limit");
    }

    @Test
    void analysisNeedsTwoPartiesOnOneAgenda() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PackageAnalysis.of(valid("A"), valid("A")))
                .withMessage("second.party: must differ from the first profile's, both are 'A'");
        PreferenceProfile other = profile("B", agenda("X:x1,x2"), 0, Map.of(), "X=100", "X:100,0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PackageAnalysis.of(valid("A"), other))
                .withMessage("second.agenda: must be the same agenda as the first profile's");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PackageAnalysis.of(null, other))
                .withMessage("first: must not be null");
    }

    @Test
    void improvementArguments() {
        PackageAnalysis analysis = PackageAnalysis.of(valid("A"), profile("B", agenda, 0, Map.of(), "X=50,Y=50", "X:0,60,100", "Y:0,100"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> analysis.improvements(pkg(0, 0), -1, PackageAnalysis.ImprovementRule.PARETO))
                .withMessage("limit: must be >= 0, got -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> analysis.improvements(pkg(0, 5), 3, PackageAnalysis.ImprovementRule.PARETO))
                .withMessage("tentative.choices[1]: option index 5 out of range for issue 'Y' (2 options)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> analysis.improvements(pkg(0, 0), 3, null))
                .withMessage("rule: must not be null");
    }

    @Test
    void profileIsImmutableAndOrderedByAgenda() {
        Map<String, Integer> weights = new HashMap<>(Map.of("Y", 40, "X", 60));
        PreferenceProfile p = new PreferenceProfile("A", agenda, weights,
                Map.of("Y", Map.of("y2", 0, "y1", 100), "X", Map.of("x3", 0, "x1", 100, "x2", 50)), 20);
        weights.put("X", 0);
        assertThat(p.weight("X")).isEqualTo(60);
        assertThat(p.weights().keySet()).containsExactly("X", "Y");
        assertThat(p.ratings().get("X").keySet()).containsExactly("x1", "x2", "x3");
        // utility of (x2, y1) = (60*50 + 40*100) / 100 = 70
        assertThat(p.utility(pkg(1, 0))).isEqualTo(70.0);
        assertThat(p.equals(valid("A"))).isTrue();
    }

    @Test
    void toStringWithholdsPrivatePositions() {
        PreferenceProfile a = profile("A", agenda, 37, Map.of("X", Set.of("x3")), "X=60,Y=40", "X:100,50,0", "Y:100,0");
        PreferenceProfile b = profile("B", agenda, 41, Map.of(), "X=50,Y=50", "X:0,60,100", "Y:0,100");
        assertThat(a.toString()).isEqualTo("PreferenceProfile[party=A, issues=2, position withheld]");
        PackageAnalysis analysis = PackageAnalysis.of(a, b);
        assertThat(analysis.toString()).doesNotContain("37").doesNotContain("41").contains("6 packages");
    }

    /** Two issues with the given option counts. */
    private static NegotiationAgenda wideAgenda(int first, int second) {
        return new NegotiationAgenda(List.of(issue("I", first), issue("J", second)));
    }

    private static NegotiationIssue issue(String id, int options) {
        List<IssueOption> list = new ArrayList<>();
        for (int o = 0; o < options; o++) {
            list.add(new IssueOption("o" + o, "option " + o));
        }
        return new NegotiationIssue(id, "Issue " + id, list);
    }

    /** Weights 50/50, the first option rated 100, the others 0, no red lines, reservation 0. */
    private static PreferenceProfile flatProfile(String party, NegotiationAgenda agenda) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
        for (NegotiationIssue issue : agenda.issues()) {
            weights.put(issue.id(), 50);
            Map<String, Integer> r = new LinkedHashMap<>();
            for (IssueOption option : issue.options()) {
                r.put(option.id(), option.id().equals("o0") ? 100 : 0);
            }
            ratings.put(issue.id(), r);
        }
        return new PreferenceProfile(party, agenda, weights, ratings, 0);
    }
}
