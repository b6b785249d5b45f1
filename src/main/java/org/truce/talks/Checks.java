package org.truce.talks;

/**
 * Argument checks shared by the talks analysis records. Every rejection is an
 * {@link IllegalArgumentException} whose message starts with the offending field, then a colon
 * and the reason, e.g. {@code "weights: must sum to 100, got 95"}.
 */
final class Checks {

    private Checks() {
    }

    static IllegalArgumentException invalid(String field, String reason) {
        return new IllegalArgumentException(field + ": " + reason);
    }

    static <T> T requireNonNull(T value, String field) {
        if (value == null) {
            throw invalid(field, "must not be null");
        }
        return value;
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "must not be blank");
        }
        return value;
    }

    static int requirePercent(Integer value, String field) {
        requireNonNull(value, field);
        if (value < 0 || value > 100) {
            throw invalid(field, "must be between 0 and 100, got " + value);
        }
        return value;
    }

    static String quote(String id) {
        return "'" + id + "'";
    }
}
