package org.truce.talks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;

/** Collects every problem of one input, each naming its field, and refuses them all at once. */
final class Problems {

    static final int MAX_TEXT = 20_000;
    static final int MAX_SHORT = 300;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, String reason) {
        problems.add(new FieldProblem(field, reason));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Trimmed text, or null (a problem when required). */
    String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            add(field, "at most " + max + " characters, got " + text.length());
        }
        return text;
    }

    /** Text by language: English required; every language a short tag. */
    Map<String, String> localized(Map<String, String> texts, String field, int max) {
        Map<String, String> copy = Localized.copy(texts);
        if (!copy.containsKey(Localized.DEFAULT)) {
            add(field + "." + Localized.DEFAULT, "required: the English text (Ukrainian and Russian may follow as uk, ru)");
        }
        copy.forEach((language, text) -> {
            if (!language.matches("[a-z]{2,3}")) {
                add(field, "'" + language + "' is not a language code such as en, uk, ru");
            } else if (text.length() > max) {
                add(field + "." + language, "at most " + max + " characters, got " + text.length());
            }
        });
        return copy;
    }

    /** An id such as {@code duration} or {@code d30}. */
    String id(String value, String field) {
        if (value == null || !ID.matcher(value).matches()) {
            add(field, "an id of lower-case letters, digits, '.', '_' or '-' (at most 32), such as 'duration'");
            return null;
        }
        return value;
    }

    <E> E code(String value, String field, Function<String, Optional<E>> byCode, List<String> codes, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "required: one of " + codes);
            }
            return null;
        }
        Optional<E> found = byCode.apply(value.trim());
        if (found.isEmpty()) {
            add(field, "'" + value + "' is not one of " + codes);
        }
        return found.orElse(null);
    }

    int percent(Integer value, String field) {
        if (value == null) {
            add(field, "required: a whole number from 0 to 100");
            return 0;
        }
        if (value < 0 || value > 100) {
            add(field, "must be between 0 and 100, got " + value);
        }
        return value;
    }

    /** Runs a core check that throws {@code IllegalArgumentException("field: reason")}, naming the field under a prefix. */
    <T> T check(String prefix, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "invalid" : e.getMessage();
            int colon = message.indexOf(": ");
            if (colon > 0 && !message.substring(0, colon).contains(" ")) {
                add(prefix + "." + message.substring(0, colon), message.substring(colon + 2));
            } else {
                add(prefix, message);
            }
            return null;
        }
    }
}
