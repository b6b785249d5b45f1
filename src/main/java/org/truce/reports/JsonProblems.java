package org.truce.reports;

import org.truce.shared.FieldProblem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** A JSON reading failure as a field problem: the JSON path and what was wrong there. */
final class JsonProblems {

    private JsonProblems() {
    }

    static FieldProblem of(JacksonException e) {
        String path = path(e);
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldProblem(path, "unknown field");
        }
        if (e instanceof MismatchedInputException mismatch) {
            String expected = mismatch.getTargetType() == null ? "a value of another type"
                    : describe(mismatch.getTargetType());
            return new FieldProblem(path.isEmpty() ? "line" : path, "must be " + expected);
        }
        if (e instanceof StreamReadException) {
            return new FieldProblem(path.isEmpty() ? "line" : path, "malformed JSON: " + e.getOriginalMessage());
        }
        return new FieldProblem(path.isEmpty() ? "line" : path, e.getOriginalMessage());
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Double", "double" -> "a number";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "String" -> "a string";
            case "List" -> "an array";
            default -> "an object";
        };
    }
}
