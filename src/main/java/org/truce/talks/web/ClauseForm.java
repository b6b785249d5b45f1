package org.truce.talks.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.truce.talks.ClauseStatus;
import org.truce.talks.TextClause;

/**
 * The text form: one row per clause ({@code clause.3.id}, {@code clause.3.binding} as
 * {@code issue:option} or empty, {@code clause.3.status}, {@code clause.3.text.en} …); a row left
 * without id and words is no clause.
 */
final class ClauseForm {

    static final List<String> LANGUAGES = List.of("en", "uk", "ru");
    static final int EMPTY_ROWS = 2;

    private ClauseForm() {
    }

    /** One row of the form. */
    public record Row(int index, String id, String binding, String status, Map<String, String> texts) {
    }

    static List<Row> rows(List<TextClause> clauses) {
        List<Row> rows = new ArrayList<>();
        for (TextClause clause : clauses) {
            rows.add(new Row(rows.size(), clause.id(), clause.issue() == null ? "" : clause.issue() + ":" + clause.option(),
                    clause.status().code(), clause.texts()));
        }
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new Row(rows.size(), "", "", ClauseStatus.MEDIATOR_PROPOSAL.code(), Map.of()));
        }
        return rows;
    }

    static List<TextClause> read(Map<String, String> form) {
        List<TextClause> clauses = new ArrayList<>();
        for (int k = 0; form.containsKey("clause." + k + ".id"); k++) {
            String prefix = "clause." + k + ".";
            String id = form.get(prefix + "id").trim();
            Map<String, String> texts = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                String text = form.getOrDefault(prefix + "text." + language, "");
                if (!text.isBlank()) {
                    texts.put(language, text);
                }
            }
            if (id.isEmpty() && texts.isEmpty()) {
                continue;
            }
            String binding = form.getOrDefault(prefix + "binding", "");
            String issue = binding.contains(":") ? binding.substring(0, binding.indexOf(':')) : null;
            String option = binding.contains(":") ? binding.substring(binding.indexOf(':') + 1) : null;
            ClauseStatus status = ClauseStatus.byCode(form.get(prefix + "status")).orElse(null);
            clauses.add(new TextClause(id, issue, option, status, texts));
        }
        return clauses;
    }
}
