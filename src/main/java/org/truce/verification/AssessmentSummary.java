package org.truce.verification;

import java.time.Instant;
import java.util.List;

/**
 * An assessment as a reader may see it, for {@code GET /api/incidents/{id}} (from the SPI
 * {@link IncidentAssessments}).
 *
 * @param attribution {@code UA}, {@code RU}, {@code unattributed} or {@code contested}
 * @param confidence  {@code low}, {@code medium} or {@code high}
 * @param evidence    SHA-256 of evidence files or report ids relied on
 * @param seq         its ledger entry
 */
public record AssessmentSummary(String id, String incidentId, Grade grade, String attribution, String confidence,
                                String rationale, List<String> evidence, String assessedBy, Instant assessedAt,
                                boolean published, Instant publishedAt, String supersedes, String supersededBy,
                                long seq) {

    public AssessmentSummary {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
