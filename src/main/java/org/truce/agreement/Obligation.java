package org.truce.agreement;

/**
 * Something each party undertakes besides refraining from strikes.
 *
 * @param kind        what kind of obligation
 * @param withinHours for {@link ObligationKind#NOTIFY_INCIDENT}: the notice period in hours; otherwise null
 * @param text        the obligation in words (optional for a notification, required for {@code other})
 */
public record Obligation(ObligationKind kind, Integer withinHours, String text) {
}
