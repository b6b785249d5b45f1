package org.truce.verification;

import java.time.Instant;
import java.util.List;

/** An accused party's reply as a reader may see it, for {@code GET /api/incidents/{id}}. */
public record ReplySummary(String id, String incidentId, String party, String text, List<String> evidence,
                           Instant at, long seq) {

    public ReplySummary {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
