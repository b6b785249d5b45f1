package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A published assessment with the incident it grades (whose claims are public with it) and the
 * accused party's replies: what {@code GET /api/findings} and the compliance reports list.
 */
public record Finding(AssessmentSummary assessment, String incidentId, Instant earliest, Instant latest,
                      Double latitude, Double longitude, String regionId, Set<String> accused, Verdict verdict,
                      Set<String> agreementIds, List<String> claims, List<ReplySummary> replies) {
}
