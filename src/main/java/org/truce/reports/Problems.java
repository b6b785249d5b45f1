package org.truce.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;

/**
 * Collects what is wrong with one input, naming each field as the user wrote it: a JSON path for
 * the API, a column for a CSV file, prefixed with {@code row N: } in a bulk file.
 */
public final class Problems {

    private final String prefix;
    private final UnaryOperator<String> fieldNames;
    private final List<FieldProblem> found = new ArrayList<>();

    private Problems(String prefix, UnaryOperator<String> fieldNames) {
        this.prefix = prefix;
        this.fieldNames = fieldNames;
    }

    /** For one report sent to the API: fields are JSON paths. */
    public static Problems forRequest() {
        return new Problems("", UnaryOperator.identity());
    }

    /** For one row of a bulk file, whose fields may have other names (CSV columns). */
    public static Problems forRow(long row, UnaryOperator<String> fieldNames) {
        return new Problems("row " + row + ": ", fieldNames);
    }

    public void add(String field, String reason) {
        found.add(new FieldProblem(prefix + fieldNames.apply(field), reason));
    }

    public boolean any() {
        return !found.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (any()) {
            throw new InvalidInput(found);
        }
    }
}
