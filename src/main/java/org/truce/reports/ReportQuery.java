package org.truce.reports;

import java.time.Instant;

/**
 * Which reports a list or a count asks for; every filter is optional.
 *
 * @param from              reports whose time interval reaches this instant or later
 * @param to                reports whose time interval starts at or before this instant
 * @param party             reports claimed by this party ({@code UA}, {@code RU})
 * @param accused           reports accusing this party
 * @param bbox              reports whose point lies in this box (reports without a point are left out)
 * @param includeSuperseded also reports a later one corrects (default: only the current ones)
 * @param after             the last id of the previous page
 * @param limit             at most this many (1..1000)
 */
public record ReportQuery(Instant from, Instant to, String party, String accused, BoundingBox bbox,
                          boolean includeSuperseded, String after, int limit) {

    public static final int MAX_LIMIT = 1000;

    public static ReportQuery all() {
        return new ReportQuery(null, null, null, null, null, false, null, MAX_LIMIT);
    }

    /** A longitude/latitude box, WGS 84. */
    public record BoundingBox(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) {
    }
}
