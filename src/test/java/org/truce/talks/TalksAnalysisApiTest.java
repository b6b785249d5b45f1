package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.talks.TalksApiFixtures.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The analysis the mediator reads, against a brute force written here from the positions as the
 * parties stated them (Σ weight × rating / 100 over the 64 packages of the test agenda): the
 * counts, each frontier point's utilities, no frontier point dominated by a feasible package,
 * Nash as the largest product of gains, maximin as the largest smaller gain, and an improvement
 * round whose packages are all better for both.
 */
class TalksAnalysisApiTest extends IntegrationTest {

    private static final List<String> ISSUES = List.of("scope", "duration", "start", "geography", "notification", "violation");
    private static final List<List<String>> OPTIONS = List.of(List.of("grid", "all"), List.of("d30", "d60"),
            List.of("fixed", "h72"), List.of("borders", "control"), List.of("h24", "h72"), List.of("consult", "release"));

    @Test
    void theAnalysisOfTheStatedPositionsIsTheBruteForcesOne() {
        String talks = TalksApiFixtures.open(api);
        TalksApiFixtures.statePositions(api, talks);
        JsonNode analysis = check(mediator().get("/api/talks/" + talks + "/analysis"), 200);

        List<double[]> feasible = new ArrayList<>();
        List<Map<String, String>> feasiblePackages = new ArrayList<>();
        int withinRedLines = 0;
        for (Map<String, String> p : allPackages()) {
            boolean redLine = p.get("geography").equals("control") || p.get("notification").equals("h24");
            if (redLine) {
                continue;
            }
            withinRedLines++;
            double u1 = utility(TalksApiFixtures.uaPosition(), p);
            double u2 = utility(TalksApiFixtures.ruPosition(), p);
            if (u1 >= 33 && u2 >= 39) {
                feasible.add(new double[] {u1, u2});
                feasiblePackages.add(p);
            }
        }
        assertThat(analysis.get("packageCount").asLong()).isEqualTo(64);
        assertThat(analysis.get("withinRedLines").asLong()).isEqualTo(withinRedLines);
        assertThat(analysis.get("feasible").asLong()).isEqualTo(feasible.size());
        assertThat(analysis.get("disagreement")).extracting(JsonNode::asDouble).containsExactly(33.0, 39.0);

        Offset<Double> exact = Offset.offset(1e-9);
        for (JsonNode point : analysis.get("frontier")) {
            Map<String, String> p = choices(point.get("choices"));
            assertThat(point.get("first").asDouble()).isCloseTo(utility(TalksApiFixtures.uaPosition(), p), exact);
            assertThat(point.get("second").asDouble()).isCloseTo(utility(TalksApiFixtures.ruPosition(), p), exact);
            for (double[] f : feasible) {
                boolean dominates = f[0] >= point.get("first").asDouble() && f[1] >= point.get("second").asDouble()
                        && (f[0] > point.get("first").asDouble() || f[1] > point.get("second").asDouble());
                assertThat(dominates).as(p + " is dominated by " + f[0] + "/" + f[1]).isFalse();
            }
        }
        double bestProduct = feasible.stream().mapToDouble(f -> (f[0] - 33) * (f[1] - 39)).max().orElseThrow();
        JsonNode nash = analysis.get("nash");
        assertThat((nash.get("first").asDouble() - 33) * (nash.get("second").asDouble() - 39)).isCloseTo(bestProduct, Offset.offset(1e-6));
        double bestMin = feasible.stream().mapToDouble(f -> Math.min(f[0] - 33, f[1] - 39)).max().orElseThrow();
        JsonNode maximin = analysis.get("maximin");
        assertThat(Math.min(maximin.get("first").asDouble() - 33, maximin.get("second").asDouble() - 39)).isCloseTo(bestMin, exact);
        assertThat(analysis.at("/kalaiSmorodinsky/suggested/choices").isObject()).isTrue();
        assertThat(analysis.get("feasibleCloud").size()).isLessThanOrEqualTo(feasible.size()).isPositive();

        Map<String, String> tentative = feasiblePackages.get(0);
        double t1 = utility(TalksApiFixtures.uaPosition(), tentative);
        double t2 = utility(TalksApiFixtures.ruPosition(), tentative);
        JsonNode round = check(mediator().get("/api/talks/" + talks + "/analysis/improvements?package="
                + String.join(",", tentative.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList())), 200);
        long better = feasible.stream().filter(f -> f[0] > t1 && f[1] > t2).count();
        assertThat(round.get("improvements").size()).isEqualTo((int) Math.min(10, better));
        for (JsonNode i : round.get("improvements")) {
            assertThat(i.get("firstGain").asDouble()).isPositive();
            assertThat(i.get("secondGain").asDouble()).isPositive();
        }
    }

    @Test
    void theAnalysisWaitsForBothPositionsAndABadPackageIsNamed() {
        String talks = TalksApiFixtures.open(api);
        check(ua().put("/api/talks/" + talks + "/positions/UA", TalksApiFixtures.uaPosition()), 200);
        var waiting = mediator().get("/api/talks/" + talks + "/analysis");
        assertThat(waiting.status()).isEqualTo(409);
        assertThat(waiting.json().get("detail").asString()).contains("RU has not stated its position yet");
        check(ru().put("/api/talks/" + talks + "/positions/RU", TalksApiFixtures.ruPosition()), 200);
        var bad = mediator().get("/api/talks/" + talks + "/analysis/improvements?package=scope:grid,duration:d45");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("package.duration", "package.start");
    }

    @SuppressWarnings("unchecked")
    private static double utility(Map<String, Object> position, Map<String, String> p) {
        Map<String, Integer> weights = (Map<String, Integer>) position.get("weights");
        Map<String, Map<String, Integer>> ratings = (Map<String, Map<String, Integer>>) position.get("ratings");
        int sum = 0;
        for (String issue : ISSUES) {
            sum += weights.get(issue) * ratings.get(issue).get(p.get(issue));
        }
        return sum / 100.0;
    }

    private static List<Map<String, String>> allPackages() {
        List<Map<String, String>> all = new ArrayList<>();
        for (int index = 0; index < 64; index++) {
            Map<String, String> p = new LinkedHashMap<>();
            for (int i = 0; i < ISSUES.size(); i++) {
                p.put(ISSUES.get(i), OPTIONS.get(i).get((index >> (ISSUES.size() - 1 - i)) & 1));
            }
            all.add(p);
        }
        return all;
    }

    private static Map<String, String> choices(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.forEachEntry((k, v) -> map.put(k, v.asString()));
        return map;
    }
}
