package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An incident in a list, as the reader may see it: computed from the claims the reader may read
 * (a party's view of an incident never rests on the other party's unshared claims).
 *
 * @param grade the current grade the reader may see (from the assessments), or null
 * @param claims how many claims the reader may read
 */
public record IncidentSummary(String id, Verdict verdict, Grade grade, Instant earliest, Instant latest,
                              Double latitude, Double longitude, String regionId, List<String> claimants,
                              Set<String> accused, Set<String> agreementIds, int claims, Instant openedAt) {
}
