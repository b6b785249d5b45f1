package org.truce.shared;

import java.util.List;

/** The input breaks a rule; nothing was written. Carries every field problem found. */
public final class InvalidInput extends Problem {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String reason) {
        return new InvalidInput(List.of(new FieldProblem(field, reason)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String title() {
        return "Invalid input";
    }

    @Override
    public String type() {
        return "invalid-input";
    }

    private static String summary(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            return "invalid input";
        }
        FieldProblem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return first.field() + ": " + first.reason() + more;
    }
}
