package org.truce.talks.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.talks.Agenda;
import org.truce.talks.AgendaIssue;
import org.truce.talks.AgendaOption;
import org.truce.talks.Position;
import org.truce.talks.TalksInputs.PositionInput;

/**
 * The position form: its fields ({@code weight.scope}, {@code rating.scope.power_grid},
 * {@code redline.geography.recognised_borders}, {@code reservation}, {@code holistic.2.rating}
 * with {@code holistic.2.package}) to and from a position, and the packages a party is asked to
 * rate as wholes.
 */
final class PositionForm {

    private PositionForm() {
    }

    static PositionInput read(Agenda agenda, Map<String, String> form) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> weights = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
        Map<String, List<String>> redLines = new LinkedHashMap<>();
        for (AgendaIssue issue : agenda.issues()) {
            weights.put(issue.id(), number(form, "weight." + issue.id(), problems));
            Map<String, Integer> issueRatings = new LinkedHashMap<>();
            for (AgendaOption option : issue.options()) {
                issueRatings.put(option.id(), number(form, "rating." + issue.id() + "." + option.id(), problems));
                if (form.containsKey("redline." + issue.id() + "." + option.id())) {
                    redLines.computeIfAbsent(issue.id(), i -> new ArrayList<>()).add(option.id());
                }
            }
            ratings.put(issue.id(), issueRatings);
        }
        Integer reservation = number(form, "reservation", problems);
        List<Position.HolisticInput> holistic = new ArrayList<>();
        for (int k = 0; form.containsKey("holistic." + k + ".package"); k++) {
            Integer rating = number(form, "holistic." + k + ".rating", problems);
            if (rating != null) {
                holistic.add(new Position.HolisticInput(TalksPositionsController.choices(form.get("holistic." + k + ".package")),
                        rating));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new PositionInput(weights, ratings, reservation, redLines, holistic);
    }

    /** The form's values: the position stated, or an even starting point. */
    static Map<String, String> values(Agenda agenda, Position position) {
        Map<String, String> values = new LinkedHashMap<>();
        int n = agenda.issues().size();
        for (int i = 0; i < n; i++) {
            AgendaIssue issue = agenda.issues().get(i);
            int even = 100 / n + (i < 100 % n ? 1 : 0);
            values.put("weight." + issue.id(), String.valueOf(position == null ? even : position.weights().get(issue.id())));
            for (int o = 0; o < issue.options().size(); o++) {
                String option = issue.options().get(o).id();
                values.put("rating." + issue.id() + "." + option, String.valueOf(position == null ? (o == 0 ? 100 : 50)
                        : position.ratings().get(issue.id()).get(option)));
                if (position != null && position.redLines().getOrDefault(issue.id(), List.of()).contains(option)) {
                    values.put("redline." + issue.id() + "." + option, "on");
                }
            }
        }
        values.put("reservation", position == null ? "40" : String.valueOf(position.reservationValue()));
        return values;
    }

    /**
     * The packages to rate as wholes: those rated before, then the mediator's suggestions, then a
     * few spread over the package space (every first option, every last, and alternations).
     */
    static List<Map<String, String>> packagesToRate(Agenda agenda, Position position, List<Map<String, String>> suggested) {
        Set<Map<String, String>> packages = new LinkedHashSet<>();
        if (position != null) {
            position.holistic().forEach(h -> packages.add(h.choices()));
        }
        suggested.stream().limit(3).forEach(packages::add);
        int[][] patterns = {{0, 0}, {1, 1}, {0, 1}, {1, 0}};
        for (int[] pattern : patterns) {
            if (packages.size() >= 6) {
                break;
            }
            Map<String, String> choices = new LinkedHashMap<>();
            for (int i = 0; i < agenda.issues().size(); i++) {
                List<AgendaOption> options = agenda.issues().get(i).options();
                boolean last = pattern[i % 2] == 1;
                choices.put(agenda.issues().get(i).id(), options.get(last ? options.size() - 1 : 0).id());
            }
            packages.add(choices);
        }
        return List.copyOf(packages);
    }

    static Map<String, Integer> ratingsOf(Position position) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        if (position != null) {
            position.holistic().forEach(h -> ratings.put(code(h.choices()), h.rating()));
        }
        return ratings;
    }

    static String code(Map<String, String> choices) {
        StringBuilder code = new StringBuilder();
        choices.forEach((issue, option) -> code.append(code.length() == 0 ? "" : ",").append(issue).append(':').append(option));
        return code.toString();
    }

    private static Integer number(Map<String, String> form, String field, List<FieldProblem> problems) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "'" + text + "' is not a whole number"));
            return null;
        }
    }
}
