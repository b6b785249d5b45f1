package org.truce.verification;

import java.time.Instant;
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
}
