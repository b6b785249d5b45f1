package org.truce.verification;

import java.time.Instant;

/**
 * Who takes an incident of the monitors' queue ({@code assignee} null: nobody, released). The
 * latest assignment of an incident counts; this record is what the entry {@link #ASSIGNED} commits to.
 */
public record Assignment(String incidentId, String assignee, String assignedBy, Instant assignedAt) {

    public static final String ASSIGNED = "queue.assigned";
}
