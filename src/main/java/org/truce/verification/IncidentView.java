package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One incident as a reader may see it ({@code GET /api/incidents/{id}}): the claims it may read,
 * the determinations over those claims with every step and its facts (another party's protected
 * site shown blind unless the lists are exchanged), the assessments and replies it may see, and the
 * ledger entries behind it.
 *
 * @param ledgerSeqs the ledger entries of the claims shown and of the monitors' decisions on the incident
 */
public record IncidentView(String id, Verdict verdict, Grade grade, Instant earliest, Instant latest,
                           Double latitude, Double longitude, String regionId, List<String> claimants,
                           Set<String> accused, Instant openedAt, List<ClaimView> claims,
                           List<Determination> determinations, List<AssessmentSummary> assessments,
                           List<ReplySummary> replies, List<Long> ledgerSeqs) {
}
