package org.truce.talks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The issues on the table, in a fixed order. The order defines the package space: a
 * {@link NegotiationPackage} holds one option index per issue in this order, and packages are
 * numbered in mixed radix with the <em>first</em> issue as the most significant digit, so
 * package index order is the lexicographic order of the option indices (index 0 = every issue's
 * first option, index 1 = same but the last issue's second option, ...).
 *
 * @param issues at least one issue, ids unique
 */
public record NegotiationAgenda(List<NegotiationIssue> issues) {

    public NegotiationAgenda {
        Checks.requireNonNull(issues, "issues");
        if (issues.isEmpty()) {
            throw Checks.invalid("issues", "an agenda needs at least one issue");
        }
        Set<String> seen = new HashSet<>();
        List<NegotiationIssue> copy = new ArrayList<>(issues.size());
        for (int i = 0; i < issues.size(); i++) {
            NegotiationIssue issue = Checks.requireNonNull(issues.get(i), "issues[" + i + "]");
            if (!seen.add(issue.id())) {
                throw Checks.invalid("issues", "duplicate issue id " + Checks.quote(issue.id()));
            }
            copy.add(issue);
        }
        issues = List.copyOf(copy);
    }

    public static NegotiationAgenda of(NegotiationIssue... issues) {
        return new NegotiationAgenda(List.of(issues));
    }

    public int issueCount() {
        return issues.size();
    }

    public NegotiationIssue issue(int index) {
        return issues.get(index);
    }

    /** The issue with this id; rejects an unknown id (field {@code issueId}). */
    public NegotiationIssue issue(String issueId) {
        int index = indexOfIssue(issueId);
        if (index < 0) {
            throw Checks.invalid("issueId", "unknown issue " + Checks.quote(issueId));
        }
        return issues.get(index);
    }

    /** Index of the issue with this id, or -1 when there is none. */
    public int indexOfIssue(String issueId) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).id().equals(issueId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Number of packages: the product of the issues' option counts, saturating at
     * {@link Long#MAX_VALUE} if it overflows.
     */
    public long packageCount() {
        long count = 1;
        for (NegotiationIssue issue : issues) {
            if (count > Long.MAX_VALUE / issue.optionCount()) {
                return Long.MAX_VALUE;
            }
            count *= issue.optionCount();
        }
        return count;
    }

    /** Option counts of the issues, in agenda order (the radices of the package space). */
    public int[] optionCounts() {
        int[] counts = new int[issues.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = issues.get(i).optionCount();
        }
        return counts;
    }

    /**
     * Checks that a package fits this agenda: one choice per issue, each an existing option.
     *
     * @param field the name to use in the message, e.g. {@code "tentative"}
     * @return the package
     */
    public NegotiationPackage requireValid(NegotiationPackage pkg, String field) {
        Checks.requireNonNull(pkg, field);
        if (pkg.size() != issues.size()) {
            throw Checks.invalid(field, "has " + pkg.size() + " choices but the agenda has "
                    + issues.size() + " issues");
        }
        for (int i = 0; i < issues.size(); i++) {
            NegotiationIssue issue = issues.get(i);
            if (pkg.choice(i) >= issue.optionCount()) {
                throw Checks.invalid(field + ".choices[" + i + "]", "option index " + pkg.choice(i)
                        + " out of range for issue " + Checks.quote(issue.id()) + " ("
                        + issue.optionCount() + " options)");
            }
        }
        return pkg;
    }

    /** Index of the package in the mixed-radix package space (first issue most significant). */
    public long indexOf(NegotiationPackage pkg) {
        requireValid(pkg, "package");
        if (packageCount() == Long.MAX_VALUE) {
            throw Checks.invalid("issues", "the package space is too large to number");
        }
        long index = 0;
        for (int i = 0; i < issues.size(); i++) {
            index = index * issues.get(i).optionCount() + pkg.choice(i);
        }
        return index;
    }

    /** The package at this index of the mixed-radix package space. */
    public NegotiationPackage packageAt(long index) {
        long count = packageCount();
        if (index < 0 || index >= count) {
            throw Checks.invalid("index", "must be between 0 and " + (count - 1) + ", got " + index);
        }
        int[] choices = new int[issues.size()];
        long rest = index;
        for (int i = issues.size() - 1; i >= 0; i--) {
            int radix = issues.get(i).optionCount();
            choices[i] = (int) (rest % radix);
            rest /= radix;
        }
        return new NegotiationPackage(choices);
    }

    /**
     * The package choosing, for each issue id, the option with the given id. Every issue must be
     * present; rejects unknown issues or options (field {@code choices}).
     */
    public NegotiationPackage packageOf(Map<String, String> optionIdByIssueId) {
        Checks.requireNonNull(optionIdByIssueId, "choices");
        for (String issueId : optionIdByIssueId.keySet()) {
            if (indexOfIssue(issueId) < 0) {
                throw Checks.invalid("choices", "unknown issue " + Checks.quote(issueId));
            }
        }
        int[] choices = new int[issues.size()];
        for (int i = 0; i < issues.size(); i++) {
            NegotiationIssue issue = issues.get(i);
            String optionId = optionIdByIssueId.get(issue.id());
            if (optionId == null) {
                throw Checks.invalid("choices", "missing issue " + Checks.quote(issue.id()));
            }
            int option = issue.indexOfOption(optionId);
            if (option < 0) {
                throw Checks.invalid("choices." + issue.id(), "unknown option " + Checks.quote(optionId));
            }
            choices[i] = option;
        }
        return new NegotiationPackage(choices);
    }

    /** Issue id to chosen option id, in agenda order. */
    public Map<String, String> optionIds(NegotiationPackage pkg) {
        requireValid(pkg, "package");
        Map<String, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            ids.put(issues.get(i).id(), issues.get(i).option(pkg.choice(i)).id());
        }
        return Collections.unmodifiableMap(ids);
    }

    /** Human-readable text, e.g. {@code "Duration: 60 days; Monitoring: mediator's desk"}. */
    public String describe(NegotiationPackage pkg) {
        requireValid(pkg, "package");
        StringJoiner text = new StringJoiner("; ");
        for (int i = 0; i < issues.size(); i++) {
            text.add(issues.get(i).title() + ": " + issues.get(i).option(pkg.choice(i)).label());
        }
        return text.toString();
    }
}
