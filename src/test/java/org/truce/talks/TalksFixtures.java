package org.truce.talks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compact builders for test agendas and profiles. */
final class TalksFixtures {

    private TalksFixtures() {
    }

    /** {@code agenda("X:x1,x2,x3", "Y:y1,y2")}: issue id, colon, option ids. */
    static NegotiationAgenda agenda(String... issues) {
        List<NegotiationIssue> list = new ArrayList<>();
        for (String spec : issues) {
            String[] parts = spec.split(":");
            List<IssueOption> options = new ArrayList<>();
            for (String option : parts[1].split(",")) {
                options.add(new IssueOption(option, "option " + option));
            }
            list.add(new NegotiationIssue(parts[0], "Issue " + parts[0], options));
        }
        return new NegotiationAgenda(list);
    }

    /**
     * {@code profile("A", agenda, "X=60,Y=40", "X:100,50,0", "Y:100,0")}: weights, then for each
     * issue its ratings in option order.
     */
    static PreferenceProfile profile(String party, NegotiationAgenda agenda, int reservation,
                                     Map<String, Set<String>> redLines, String weights, String... ratings) {
        Map<String, Integer> weightMap = new LinkedHashMap<>();
        for (String entry : weights.split(",")) {
            String[] kv = entry.split("=");
            weightMap.put(kv[0], Integer.parseInt(kv[1]));
        }
        Map<String, Map<String, Integer>> ratingMap = new LinkedHashMap<>();
        for (String spec : ratings) {
            String[] parts = spec.split(":");
            NegotiationIssue issue = agenda.issue(parts[0]);
            String[] values = parts[1].split(",");
            Map<String, Integer> issueRatings = new LinkedHashMap<>();
            for (int o = 0; o < values.length; o++) {
                issueRatings.put(issue.option(o).id(), Integer.parseInt(values[o]));
            }
            ratingMap.put(parts[0], issueRatings);
        }
        return new PreferenceProfile(party, agenda, weightMap, ratingMap, reservation, redLines);
    }

    static NegotiationPackage pkg(int... choices) {
        return NegotiationPackage.of(choices);
    }
}
