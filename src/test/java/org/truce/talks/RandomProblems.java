package org.truce.talks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Small random two-party problems for the property tests. Ratings come from a coarse grid and
 * weights may be 0, so equal utilities, ties and dominated packages are frequent.
 */
record RandomProblems(PreferenceProfile first, PreferenceProfile second, long seed) {

    static RandomProblems generate(int issueCount, int maxOptions, long seed) {
        Random random = new Random(seed);
        List<NegotiationIssue> issues = new ArrayList<>();
        for (int i = 0; i < issueCount; i++) {
            int options = 1 + random.nextInt(maxOptions);
            List<IssueOption> list = new ArrayList<>();
            for (int o = 0; o < options; o++) {
                list.add(new IssueOption("o" + o, "option " + o));
            }
            issues.add(new NegotiationIssue("i" + i, "Issue " + i, list));
        }
        NegotiationAgenda agenda = new NegotiationAgenda(issues);
        return new RandomProblems(profile("P1", agenda, random), profile("P2", agenda, random), seed);
    }

    private static PreferenceProfile profile(String party, NegotiationAgenda agenda, Random random) {
        int n = agenda.issueCount();
        int[] weights = new int[n];
        // 100 points dropped one by one in chunks of 5 or 10: often zero weights, often equal ones
        int left = 100;
        while (left > 0) {
            int chunk = random.nextBoolean() ? 5 : 10;
            chunk = Math.min(chunk, left);
            weights[random.nextInt(n)] += chunk;
            left -= chunk;
        }
        int[] grid = {0, 20, 25, 40, 50, 60, 75, 80, 100};
        Map<String, Integer> weightMap = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
        Map<String, Set<String>> redLines = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            NegotiationIssue issue = agenda.issue(i);
            weightMap.put(issue.id(), weights[i]);
            Map<String, Integer> issueRatings = new LinkedHashMap<>();
            int best = random.nextInt(issue.optionCount());
            Set<String> red = new LinkedHashSet<>();
            for (int o = 0; o < issue.optionCount(); o++) {
                issueRatings.put(issue.option(o).id(), o == best ? 100 : grid[random.nextInt(grid.length)]);
                if (random.nextInt(8) == 0) {
                    red.add(issue.option(o).id());
                }
            }
            ratings.put(issue.id(), issueRatings);
            if (!red.isEmpty()) {
                redLines.put(issue.id(), red);
            }
        }
        // 0 often, 100 sometimes (then every feasible package leaves this party a gain of 0)
        int draw = random.nextInt(8);
        int reservation = draw < 2 ? 0 : draw == 2 ? 100 : random.nextInt(70);
        return new PreferenceProfile(party, agenda, weightMap, ratings, reservation, redLines);
    }

    /** The same profile built from maps in a shuffled insertion order (HashMap / reversed LinkedHashMap). */
    static PreferenceProfile reshuffled(PreferenceProfile p) {
        List<String> issueIds = new ArrayList<>(p.weights().keySet());
        Collections.reverse(issueIds);
        Map<String, Integer> weights = new HashMap<>();
        Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
        Map<String, Set<String>> redLines = new HashMap<>();
        for (String id : issueIds) {
            weights.put(id, p.weights().get(id));
            List<String> optionIds = new ArrayList<>(p.ratings().get(id).keySet());
            Collections.reverse(optionIds);
            Map<String, Integer> r = new LinkedHashMap<>();
            for (String o : optionIds) {
                r.put(o, p.ratings().get(id).get(o));
            }
            ratings.put(id, r);
            if (p.redLines().containsKey(id)) {
                redLines.put(id, new java.util.HashSet<>(p.redLines().get(id)));
            }
        }
        return new PreferenceProfile(p.party(), new NegotiationAgenda(new ArrayList<>(p.agenda().issues())),
                weights, ratings, p.reservationValue(), redLines);
    }

    /** Brute force, independent of the analysis: utilities in hundredths from the profile's maps. */
    static int utility(PreferenceProfile p, NegotiationPackage pkg) {
        int sum = 0;
        for (int i = 0; i < p.agenda().issueCount(); i++) {
            NegotiationIssue issue = p.agenda().issue(i);
            sum += p.weight(issue.id()) * p.rating(issue.id(), issue.option(pkg.choice(i)).id());
        }
        return sum;
    }

    static boolean withinRedLines(PreferenceProfile p, NegotiationPackage pkg) {
        for (int i = 0; i < p.agenda().issueCount(); i++) {
            NegotiationIssue issue = p.agenda().issue(i);
            if (p.isRedLine(issue.id(), issue.option(pkg.choice(i)).id())) {
                return false;
            }
        }
        return true;
    }

    /** One package of the brute-force enumeration. */
    record Candidate(long index, int u1, int u2, boolean withinRedLines, boolean feasible) {
        boolean dominates(int v1, int v2) {
            return u1 >= v1 && u2 >= v2 && (u1 > v1 || u2 > v2);
        }
    }

    List<Candidate> all() {
        NegotiationAgenda agenda = first.agenda();
        List<Candidate> list = new ArrayList<>();
        for (long i = 0; i < agenda.packageCount(); i++) {
            NegotiationPackage pkg = agenda.packageAt(i);
            int u1 = utility(first, pkg);
            int u2 = utility(second, pkg);
            boolean within = withinRedLines(first, pkg) && withinRedLines(second, pkg);
            boolean feasible = within && u1 >= first.reservationValue() * 100 && u2 >= second.reservationValue() * 100;
            list.add(new Candidate(i, u1, u2, within, feasible));
        }
        return list;
    }

    List<Candidate> feasible() {
        return all().stream().filter(Candidate::feasible).toList();
    }

    /** The full positions (the profiles' own toString withholds them). */
    @Override
    public String toString() {
        return "seed " + seed + ": " + describe(first) + " / " + describe(second);
    }

    private static String describe(PreferenceProfile p) {
        return p.party() + "{weights=" + p.weights() + ", ratings=" + p.ratings()
                + ", reservation=" + p.reservationValue() + ", redLines=" + p.redLines() + "}";
    }
}
