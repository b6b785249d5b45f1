package org.truce.verification;

import java.time.Instant;
import java.util.Set;

/** One incident awaiting assessment, for the monitors' queue. */
public record QueueItem(String incidentId, Verdict verdict, Instant earliest, Instant latest, String regionId,
                        Set<String> accused, int claims, Instant openedAt, String assignee, Instant assignedAt) {
}
