package org.truce.verification;

import org.truce.shared.InvalidInput;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

/**
 * Filters of {@code GET /api/incidents}; a null or empty filter does not restrict.
 *
 * @param agreementId incidents with a determination under this agreement
 * @param verdicts    incidents whose verdict (as the reader sees it) is one of these
 * @param grades      incidents whose current grade (as the reader sees it) is one of these
 * @param party       incidents where this party claims or is accused
 * @param from        incidents that may have happened at or after this instant
 * @param to          … at or before this instant
 * @param bbox        west, south, east, north in degrees, or null
 */
public record IncidentQuery(String agreementId, Set<Verdict> verdicts, Set<Grade> grades, String party,
                            Instant from, Instant to, double[] bbox, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 1_000;
    public static final int MAX_LIMIT = 10_000;

    public static IncidentQuery all() {
        return new IncidentQuery(null, Set.of(), Set.of(), null, null, null, null, 0, MAX_LIMIT);
    }

    /** Reads the HTTP parameters; a bad one is refused naming it. Lists are comma-separated. */
    public static IncidentQuery parse(String agreement, String verdict, String grade, String party, String from,
                                      String to, String bbox, String offset, String limit) {
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        if (verdict != null && !verdict.isBlank()) {
            for (String code : verdict.split(",")) {
                verdicts.add(Verdict.byCode(code).orElseThrow(() -> InvalidInput.of("verdict", "'" + code.strip()
                        + "' is not potential_violation, not_covered or undetermined")));
            }
        }
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        if (grade != null && !grade.isBlank()) {
            for (String code : grade.split(",")) {
                grades.add(Grade.byCode(code).orElseThrow(() -> InvalidInput.of("grade", "'" + code.strip()
                        + "' is not confirmed_violation, probable_violation, unsubstantiated, not_a_violation or inconclusive")));
            }
        }
        if (party != null && !party.isBlank() && !party.strip().matches("[A-Z]{2,8}")) {
            throw InvalidInput.of("party", "a party code in capitals, such as UA or RU");
        }
        Instant f = instant(from, "from");
        Instant t = instant(to, "to");
        if (f != null && t != null && t.isBefore(f)) {
            throw InvalidInput.of("to", "ends before from");
        }
        return new IncidentQuery(blank(agreement) ? null : agreement.strip(), verdicts, grades,
                blank(party) ? null : party.strip(), f, t, bbox(bbox), number(offset, "offset", 0, Integer.MAX_VALUE, 0),
                number(limit, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Instant instant(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "not an ISO-8601 instant such as 2025-03-18T00:00:00Z");
        }
    }

    private static int number(String text, String field, int min, int max, int otherwise) {
        if (blank(text)) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > max) {
                throw InvalidInput.of(field, "between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "not a whole number");
        }
    }

    private static double[] bbox(String text) {
        if (blank(text)) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw InvalidInput.of("bbox", "four numbers: minLon,minLat,maxLon,maxLat");
        }
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                b[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.of("bbox", "four numbers: minLon,minLat,maxLon,maxLat");
            }
            if (!Double.isFinite(b[i])) {
                throw InvalidInput.of("bbox", "four finite numbers");
            }
        }
        if (b[1] < -90 || b[3] > 90 || b[1] > b[3] || b[0] < -180 || b[2] > 180) {
            throw InvalidInput.of("bbox", "latitudes within -90..90 with minLat <= maxLat, longitudes within -180..180");
        }
        return b;
    }
}
