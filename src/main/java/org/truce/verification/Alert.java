package org.truce.verification;

import java.time.Instant;

/**
 * An incident became a potential violation: shown to the mediator and the monitors and, where
 * configured, posted to a webhook. At most one alert per incident, ever. This record (without the
 * delivery) is what the ledger entry {@link #RAISED} commits to.
 *
 * @param summary  one line for the feed: where, when, whom the claims accuse
 * @param delivery the webhook's outcome: {@code delivered}, {@code failed}, {@code pending} or
 *                 {@code not_configured}; not part of the committed content
 */
public record Alert(String id, String incidentId, String kind, Instant raisedAt, String summary, long seq,
                    String delivery) {

    public static final String ID_PREFIX = "alr";
    public static final String RAISED = "alert.raised";
    public static final String DELIVERED = "alert.delivered";
    public static final String POTENTIAL_VIOLATION = "potential_violation";

    /** The committed content of {@link #RAISED}. */
    public record Raised(String alert, String incident, String kind, Instant raisedAt, String summary) {
    }

    /** The committed content of {@link #DELIVERED}: how the webhook answered. */
    public record Delivery(String alert, String outcome, int attempts, Integer statusCode, String detail,
                           Instant recordedAt) {
    }
}
