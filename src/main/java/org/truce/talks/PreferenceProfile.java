package org.truce.talks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One party's private position in the additive model of the Inspire negotiation support system
 * (Kersten and Noronha): 100 points spread across the issues, each option rated 0-100 within its
 * issue, a reservation value and red lines.
 *
 * <p>Utility of a package = &Sigma;<sub>i</sub> weight<sub>i</sub> &times; rating<sub>i</sub>(chosen
 * option) / 100, a number from 0 to 100 with a resolution of 0.01 (the analysis computes it
 * exactly in hundredths).
 *
 * <p>The maps are copied on construction into agenda order, so iteration order does not depend
 * on the caller's map implementation. {@link #toString()} withholds the position.
 *
 * @param party            the party's id, e.g. {@code UA}
 * @param agenda           the issues the profile rates
 * @param weights          issue id to weight (integer 0-100); one per issue; sum exactly 100
 * @param ratings          issue id to (option id to rating 0-100); every option of every issue
 *                         rated; the best option of each issue rated exactly 100
 * @param reservationValue walk-away utility 0-100: the party accepts no package worth less
 * @param redLines         issue id to the ids of options the party will not accept; may be empty
 *                         or omit issues
 */
public record PreferenceProfile(
        String party,
        NegotiationAgenda agenda,
        Map<String, Integer> weights,
        Map<String, Map<String, Integer>> ratings,
        int reservationValue,
        Map<String, Set<String>> redLines) {

    public PreferenceProfile {
        Checks.requireText(party, "party");
        Checks.requireNonNull(agenda, "agenda");
        weights = checkWeights(agenda, weights);
        ratings = checkRatings(agenda, ratings);
        Checks.requirePercent(reservationValue, "reservationValue");
        redLines = checkRedLines(agenda, redLines);
    }

    /** A profile without red lines. */
    public PreferenceProfile(String party, NegotiationAgenda agenda, Map<String, Integer> weights,
                             Map<String, Map<String, Integer>> ratings, int reservationValue) {
        this(party, agenda, weights, ratings, reservationValue, Map.of());
    }

    private static Map<String, Integer> checkWeights(NegotiationAgenda agenda, Map<String, Integer> weights) {
        Checks.requireNonNull(weights, "weights");
        for (String issueId : weights.keySet()) {
            if (agenda.indexOfIssue(issueId) < 0) {
                throw Checks.invalid("weights", "unknown issue " + Checks.quote(issueId));
            }
        }
        Map<String, Integer> copy = new LinkedHashMap<>();
        int sum = 0;
        for (NegotiationIssue issue : agenda.issues()) {
            if (!weights.containsKey(issue.id())) {
                throw Checks.invalid("weights", "missing weight for issue " + Checks.quote(issue.id()));
            }
            int weight = Checks.requirePercent(weights.get(issue.id()), "weights." + issue.id());
            sum += weight;
            copy.put(issue.id(), weight);
        }
        if (sum != 100) {
            throw Checks.invalid("weights", "must sum to 100, got " + sum);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, Map<String, Integer>> checkRatings(
            NegotiationAgenda agenda, Map<String, Map<String, Integer>> ratings) {
        Checks.requireNonNull(ratings, "ratings");
        for (String issueId : ratings.keySet()) {
            if (agenda.indexOfIssue(issueId) < 0) {
                throw Checks.invalid("ratings", "unknown issue " + Checks.quote(issueId));
            }
        }
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        for (NegotiationIssue issue : agenda.issues()) {
            String field = "ratings." + issue.id();
            Map<String, Integer> given = ratings.get(issue.id());
            if (given == null) {
                throw Checks.invalid("ratings", "missing ratings for issue " + Checks.quote(issue.id()));
            }
            for (String optionId : given.keySet()) {
                if (issue.indexOfOption(optionId) < 0) {
                    throw Checks.invalid(field, "unknown option " + Checks.quote(optionId));
                }
            }
            Map<String, Integer> issueCopy = new LinkedHashMap<>();
            int best = -1;
            for (IssueOption option : issue.options()) {
                if (!given.containsKey(option.id())) {
                    throw Checks.invalid(field, "missing rating for option " + Checks.quote(option.id()));
                }
                int rating = Checks.requirePercent(given.get(option.id()), field + "." + option.id());
                best = Math.max(best, rating);
                issueCopy.put(option.id(), rating);
            }
            if (best != 100) {
                throw Checks.invalid(field, "the best option must be rated 100, got " + best);
            }
            copy.put(issue.id(), Collections.unmodifiableMap(issueCopy));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, Set<String>> checkRedLines(NegotiationAgenda agenda, Map<String, Set<String>> redLines) {
        Checks.requireNonNull(redLines, "redLines");
        for (Map.Entry<String, Set<String>> entry : redLines.entrySet()) {
            int issueIndex = agenda.indexOfIssue(entry.getKey());
            if (issueIndex < 0) {
                throw Checks.invalid("redLines", "unknown issue " + Checks.quote(entry.getKey()));
            }
            String field = "redLines." + entry.getKey();
            Checks.requireNonNull(entry.getValue(), field);
            for (String optionId : entry.getValue()) {
                if (agenda.issue(issueIndex).indexOfOption(optionId) < 0) {
                    throw Checks.invalid(field, "unknown option " + Checks.quote(optionId));
                }
            }
        }
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        for (NegotiationIssue issue : agenda.issues()) {
            Set<String> given = redLines.get(issue.id());
            if (given == null || given.isEmpty()) {
                continue;
            }
            Set<String> ordered = new LinkedHashSet<>();
            for (IssueOption option : issue.options()) {
                if (given.contains(option.id())) {
                    ordered.add(option.id());
                }
            }
            copy.put(issue.id(), Collections.unmodifiableSet(ordered));
        }
        return Collections.unmodifiableMap(copy);
    }

    public int weight(String issueId) {
        Integer weight = weights.get(issueId);
        if (weight == null) {
            throw Checks.invalid("issueId", "unknown issue " + Checks.quote(issueId));
        }
        return weight;
    }

    public int rating(String issueId, String optionId) {
        Map<String, Integer> issueRatings = ratings.get(issueId);
        if (issueRatings == null) {
            throw Checks.invalid("issueId", "unknown issue " + Checks.quote(issueId));
        }
        Integer rating = issueRatings.get(optionId);
        if (rating == null) {
            throw Checks.invalid("optionId", "unknown option " + Checks.quote(optionId)
                    + " of issue " + Checks.quote(issueId));
        }
        return rating;
    }

    /** Whether the party has declared this option a red line. */
    public boolean isRedLine(String issueId, String optionId) {
        Set<String> options = redLines.get(issueId);
        return options != null && options.contains(optionId);
    }

    /** Utility of the package, 0-100 (exact to 0.01). */
    public double utility(NegotiationPackage pkg) {
        return scaledUtility(pkg) / 100.0;
    }

    /** Whether the package contains at least one of this party's red-line options. */
    public boolean crossesRedLine(NegotiationPackage pkg) {
        agenda.requireValid(pkg, "package");
        for (int i = 0; i < agenda.issueCount(); i++) {
            NegotiationIssue issue = agenda.issue(i);
            if (isRedLine(issue.id(), issue.option(pkg.choice(i)).id())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the party could accept the package: no red line crossed, utility at least the reservation value. */
    public boolean accepts(NegotiationPackage pkg) {
        return !crossesRedLine(pkg) && scaledUtility(pkg) >= reservationValue * 100;
    }

    /**
     * Names the party and the size of the agenda only: a profile is a party's private negotiating
     * position, so it is kept out of logs and error messages. Read the components to show it.
     */
    @Override
    public String toString() {
        return "PreferenceProfile[party=" + party + ", issues=" + agenda.issueCount() + ", position withheld]";
    }

    /** Utility in hundredths of a point (0..10000): &Sigma; weight &times; rating. */
    int scaledUtility(NegotiationPackage pkg) {
        agenda.requireValid(pkg, "package");
        int sum = 0;
        for (int i = 0; i < agenda.issueCount(); i++) {
            NegotiationIssue issue = agenda.issue(i);
            sum += weights.get(issue.id()) * ratings.get(issue.id()).get(issue.option(pkg.choice(i)).id());
        }
        return sum;
    }

    /** weight &times; rating for each issue index and option index (utility contributions in hundredths). */
    int[][] scaledScores() {
        int[][] scores = new int[agenda.issueCount()][];
        for (int i = 0; i < scores.length; i++) {
            NegotiationIssue issue = agenda.issue(i);
            int weight = weights.get(issue.id());
            Map<String, Integer> issueRatings = ratings.get(issue.id());
            scores[i] = new int[issue.optionCount()];
            for (int o = 0; o < scores[i].length; o++) {
                scores[i][o] = weight * issueRatings.get(issue.option(o).id());
            }
        }
        return scores;
    }

    /** For each issue index and option index: whether the option is a red line of this party. */
    boolean[][] redLineTable() {
        boolean[][] table = new boolean[agenda.issueCount()][];
        for (int i = 0; i < table.length; i++) {
            NegotiationIssue issue = agenda.issue(i);
            table[i] = new boolean[issue.optionCount()];
            for (int o = 0; o < table[i].length; o++) {
                table[i][o] = isRedLine(issue.id(), issue.option(o).id());
            }
        }
        return table;
    }
}
