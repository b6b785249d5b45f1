package org.truce.reports.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.truce.reports.Problems;
import org.truce.reports.ReportQuery;

/** Reads the query parameters of a report list or count, naming each bad one. */
final class ReportQueries {

    private static final Pattern PARTY = Pattern.compile("[A-Z]{2,8}");

    private ReportQueries() {
    }

    static ReportQuery parse(String from, String to, String party, String accused, String bbox,
                             boolean includeSuperseded, String after, Integer limit) {
        Problems problems = Problems.forRequest();
        Instant fromInstant = instant(from, "from", problems);
        Instant toInstant = instant(to, "to", problems);
        if (party != null && !PARTY.matcher(party).matches()) {
            problems.add("party", "a party code such as UA or RU");
        }
        if (accused != null && !PARTY.matcher(accused).matches()) {
            problems.add("accused", "a party code such as UA or RU");
        }
        ReportQuery.BoundingBox box = bbox(bbox, problems);
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > ReportQuery.MAX_LIMIT) {
            problems.add("limit", "between 1 and " + ReportQuery.MAX_LIMIT);
        }
        if (after != null && !after.matches("rep_[0-9a-z]{1,40}")) {
            problems.add("after", "the id of the last report of the previous page");
        }
        problems.throwIfAny();
        return new ReportQuery(fromInstant, toInstant, party, accused, box, includeSuperseded, after, size);
    }

    private static Instant instant(String text, String field, Problems problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(field, "'" + text + "' is not an instant such as 2025-03-18T00:00:00Z");
            return null;
        }
    }

    private static ReportQuery.BoundingBox bbox(String text, Problems problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            problems.add("bbox", "minLongitude,minLatitude,maxLongitude,maxLatitude");
            return null;
        }
        double[] v = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            problems.add("bbox", "four numbers: minLongitude,minLatitude,maxLongitude,maxLatitude");
            return null;
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] > v[2] || v[1] > v[3]) {
            problems.add("bbox", "longitudes within -180..180 and latitudes within -90..90, minimum before maximum");
            return null;
        }
        return new ReportQuery.BoundingBox(v[0], v[1], v[2], v[3]);
    }
}
