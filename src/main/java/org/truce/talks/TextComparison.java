package org.truce.talks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Two versions of the single negotiating text side by side: clause by clause (matched by clause
 * id), what was added, removed or changed, and in which of its parts (option, status, the words
 * in a language).
 *
 * @param from    the earlier version's number
 * @param to      the later version's number
 * @param clauses the later version's clauses in order, each removed clause after the one it followed
 */
public record TextComparison(int from, int to, List<ClauseDiff> clauses) {

    public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param clause  the clause id
     * @param change  added, removed, changed, unchanged
     * @param before  the clause in the earlier version, or null
     * @param after   the clause in the later version, or null
     * @param changed what changed: {@code issue}, {@code option}, {@code status}, {@code texts.en} …
     */
    public record ClauseDiff(String clause, Change change, TextClause before, TextClause after, List<String> changed) {
    }

    public static TextComparison of(TextVersion earlier, TextVersion later) {
        Map<String, TextClause> before = new LinkedHashMap<>();
        earlier.clauses().forEach(c -> before.put(c.id(), c));
        Map<String, TextClause> after = new LinkedHashMap<>();
        later.clauses().forEach(c -> after.put(c.id(), c));
        List<ClauseDiff> diffs = new ArrayList<>();
        for (TextClause clause : later.clauses()) {
            TextClause old = before.get(clause.id());
            if (old == null) {
                diffs.add(new ClauseDiff(clause.id(), Change.ADDED, null, clause, List.of()));
            } else {
                List<String> changed = changes(old, clause);
                diffs.add(new ClauseDiff(clause.id(), changed.isEmpty() ? Change.UNCHANGED : Change.CHANGED, old, clause, changed));
            }
        }
        // a removed clause goes after the nearest earlier clause that is still there (or first)
        String previous = null;
        for (TextClause clause : earlier.clauses()) {
            if (!after.containsKey(clause.id())) {
                int at = 0;
                if (previous != null) {
                    for (int i = 0; i < diffs.size(); i++) {
                        if (diffs.get(i).clause().equals(previous)) {
                            at = i + 1;
                        }
                    }
                }
                diffs.add(at, new ClauseDiff(clause.id(), Change.REMOVED, clause, null, List.of()));
            }
            previous = clause.id();
        }
        return new TextComparison(earlier.number(), later.number(), List.copyOf(diffs));
    }

    private static List<String> changes(TextClause old, TextClause now) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(old.issue(), now.issue())) {
            changed.add("issue");
        }
        if (!Objects.equals(old.option(), now.option())) {
            changed.add("option");
        }
        if (old.status() != now.status()) {
            changed.add("status");
        }
        TreeSet<String> languages = new TreeSet<>(old.texts().keySet());
        languages.addAll(now.texts().keySet());
        for (String language : languages) {
            if (!Objects.equals(old.texts().get(language), now.texts().get(language))) {
                changed.add("texts." + language);
            }
        }
        return changed;
    }
}
