package org.truce.talks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.truce.shared.InvalidInput;

/**
 * The issues on the table of one talks process, with their options' labels and terms effects.
 * {@link #negotiationAgenda()} is the same agenda for the analysis (English labels); packages
 * travel as issue id to option id maps, in agenda order.
 */
public record Agenda(List<AgendaIssue> issues) {

    public Agenda {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    public NegotiationAgenda negotiationAgenda() {
        List<NegotiationIssue> list = new ArrayList<>();
        for (AgendaIssue issue : issues) {
            list.add(new NegotiationIssue(issue.id(), issue.title(Localized.DEFAULT),
                    issue.options().stream().map(o -> new IssueOption(o.id(), o.label(Localized.DEFAULT))).toList()));
        }
        return new NegotiationAgenda(list);
    }

    public Optional<AgendaIssue> issue(String issueId) {
        return issues.stream().filter(i -> i.id().equals(issueId)).findFirst();
    }

    public boolean hasOption(String issueId, String optionId) {
        return issue(issueId).flatMap(i -> i.option(optionId)).isPresent();
    }

    public long packageCount() {
        return issues.isEmpty() ? 0 : negotiationAgenda().packageCount();
    }

    /**
     * A package given as issue id to option id, checked and put in agenda order; a problem names
     * {@code field.issueId} for a missing issue or unknown option.
     */
    public Map<String, String> requirePackage(Map<String, String> choices, String field) {
        if (choices == null || choices.isEmpty()) {
            throw InvalidInput.of(field, "required: an option id for each issue, such as {\"duration\": \"d60\"}");
        }
        List<org.truce.shared.FieldProblem> problems = new ArrayList<>();
        for (String issueId : choices.keySet()) {
            if (issue(issueId).isEmpty()) {
                problems.add(new org.truce.shared.FieldProblem(field + "." + issueId, "no issue '" + issueId + "' on the agenda"));
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (AgendaIssue issue : issues) {
            String option = choices.get(issue.id());
            if (option == null) {
                problems.add(new org.truce.shared.FieldProblem(field + "." + issue.id(), "missing: choose one of "
                        + issue.options().stream().map(AgendaOption::id).toList()));
            } else if (issue.option(option).isEmpty()) {
                problems.add(new org.truce.shared.FieldProblem(field + "." + issue.id(), "no option '" + option
                        + "'; options: " + issue.options().stream().map(AgendaOption::id).toList()));
            } else {
                ordered.put(issue.id(), option);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return ordered;
    }

    public NegotiationPackage toPackage(Map<String, String> choices) {
        return negotiationAgenda().packageOf(choices);
    }

    public Map<String, String> choices(NegotiationPackage pkg) {
        return negotiationAgenda().optionIds(pkg);
    }

    /** "Duration: 60 days; Monitoring: …" in the language. */
    public String describe(Map<String, String> choices, String language) {
        StringJoiner text = new StringJoiner("; ");
        for (AgendaIssue issue : issues) {
            String option = choices.get(issue.id());
            if (option != null) {
                text.add(issue.title(language) + ": " + issue.option(option).map(o -> o.label(language)).orElse(option));
            }
        }
        return text.toString();
    }

    /** "duration=d60, monitoring=on_site": a package in option ids, for logs of what was disclosed. */
    public static String codes(Map<String, String> choices) {
        StringJoiner text = new StringJoiner(", ");
        choices.forEach((issue, option) -> text.add(issue + "=" + option));
        return text.toString();
    }
}
