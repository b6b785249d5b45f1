package org.truce.talks.web;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.truce.talks.Agenda;
import org.truce.talks.AgendaIssue;
import org.truce.talks.AgendaOption;

/** The agenda's words in the reader's language, for the templates. */
public final class PageLabels {

    private final Agenda agenda;
    private final String language;

    PageLabels(Agenda agenda, String language) {
        this.agenda = agenda;
        this.language = language;
    }

    public List<AgendaIssue> issues() {
        return agenda.issues();
    }

    public String issue(String issueId) {
        return issueId == null ? "" : agenda.issue(issueId).map(i -> i.title(language)).orElse(issueId);
    }

    public String option(String issueId, String optionId) {
        if (issueId == null || optionId == null) {
            return "";
        }
        return agenda.issue(issueId).flatMap(i -> i.option(optionId)).map(o -> o.label(language)).orElse(optionId);
    }

    public String title(AgendaIssue issue) {
        return issue.title(language);
    }

    public String label(AgendaOption option) {
        return option.label(language);
    }

    /** "Duration: 60 days; …" */
    public String describe(Map<String, String> choices) {
        return agenda.describe(choices, language);
    }

    /** The package as a form value: {@code scope:power_grid,duration:d60,…}. */
    public String code(Map<String, String> choices) {
        StringJoiner code = new StringJoiner(",");
        choices.forEach((issue, option) -> code.add(issue + ":" + option));
        return code.toString();
    }

    public String text(Map<String, String> texts) {
        return org.truce.talks.Localized.pick(texts, language);
    }
}
