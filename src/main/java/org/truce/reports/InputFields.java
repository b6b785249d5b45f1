package org.truce.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Reading the loosely typed fields of a submitted report, naming each bad one. */
final class InputFields {

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private InputFields() {
    }

    static Instant instant(String text, Problems problems) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException again) {
                problems.add("when.instant", "'" + text + "' is not an instant such as 2025-03-21T14:05:00Z");
                return null;
            }
        }
    }

    static LocalDate date(String text, String field, Problems problems) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(field, "'" + text + "' is not a date such as 2025-03-21");
            return null;
        }
    }

    static Casualties casualties(NewReport.CasualtiesInput input, Problems problems) {
        if (input == null || input.killed() == null && input.injured() == null) {
            return null;
        }
        if (input.killed() != null && (input.killed() < 0 || input.killed() > 1_000_000)) {
            problems.add("casualties.killed", "a count between 0 and 1,000,000");
        }
        if (input.injured() != null && (input.injured() < 0 || input.injured() > 1_000_000)) {
            problems.add("casualties.injured", "a count between 0 and 1,000,000");
        }
        return new Casualties(input.killed(), input.injured());
    }

    static List<String> evidence(List<String> hashes, Problems problems) {
        if (hashes == null || hashes.isEmpty()) {
            return List.of();
        }
        if (hashes.size() > ReportValidator.MAX_EVIDENCE) {
            problems.add("evidence", "at most " + ReportValidator.MAX_EVIDENCE + " files");
            return List.of();
        }
        java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>();
        for (int i = 0; i < hashes.size(); i++) {
            String hash = hashes.get(i) == null ? "" : hashes.get(i).trim().toLowerCase(java.util.Locale.ROOT);
            if (!SHA256.matcher(hash).matches()) {
                problems.add("evidence[" + i + "]", "not a SHA-256 digest (64 hexadecimal digits) of an uploaded file");
            } else {
                distinct.add(hash);
            }
        }
        return List.copyOf(distinct);
    }

    static boolean isWebAddress(String address) {
        try {
            java.net.URI uri = new java.net.URI(address);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static String text(String value, String field, int max, Problems problems) {
        String text = trimmed(value);
        if (text != null && text.length() > max) {
            problems.add(field, "at most " + max + " characters");
            return null;
        }
        return text;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String trimmed(String value) {
        return present(value) ? value.strip() : null;
    }
}
