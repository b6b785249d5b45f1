package org.truce.verification;

/**
 * The mediator puts an incident to the accused party ({@code POST /api/incidents/{id}/put}).
 *
 * @param party   the accused party's code; the incident's claims must accuse it
 * @param replyBy the reply deadline, an ISO-8601 instant ({@code 2025-04-01T12:00:00Z}) in the future
 */
public record AllegationInput(String party, String replyBy) {
}
