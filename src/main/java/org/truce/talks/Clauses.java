package org.truce.talks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the clauses of a version or a proposed change against the agenda, naming each bad field. */
final class Clauses {

    static final int MAX_CLAUSES = 200;

    private Clauses() {
    }

    static List<TextClause> check(Agenda agenda, List<TextClause> written, Problems problems) {
        if (written == null || written.isEmpty()) {
            problems.add("clauses", "required: at least one clause");
            return List.of();
        }
        if (written.size() > MAX_CLAUSES) {
            problems.add("clauses", "at most " + MAX_CLAUSES + " clauses, got " + written.size());
        }
        Set<String> ids = new HashSet<>();
        List<TextClause> clauses = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String at = "clauses[" + i + "]";
            TextClause clause = written.get(i);
            if (clause == null) {
                problems.add(at, "required");
                continue;
            }
            String id = problems.id(clause.id(), at + ".id");
            if (id != null && !ids.add(id)) {
                problems.add(at + ".id", "clause '" + id + "' appears twice");
            }
            if (clause.issue() == null && clause.option() != null) {
                problems.add(at + ".issue", "required with an option");
            } else if (clause.issue() != null) {
                var issue = agenda.issue(clause.issue());
                if (issue.isEmpty()) {
                    problems.add(at + ".issue", "no issue '" + clause.issue() + "' on the agenda");
                } else if (clause.option() == null || issue.get().option(clause.option()).isEmpty()) {
                    problems.add(at + ".option", "one of " + issue.get().options().stream().map(AgendaOption::id).toList());
                }
            }
            if (clause.status() == null) {
                problems.add(at + ".status", "required: one of " + ClauseStatus.codes());
            }
            problems.localized(clause.texts(), at + ".texts", Problems.MAX_TEXT);
            clauses.add(clause);
        }
        return clauses;
    }
}
