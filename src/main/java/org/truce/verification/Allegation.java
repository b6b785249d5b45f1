package org.truce.verification;

import java.time.Instant;
import java.util.List;

/**
 * An incident put to an accused party by the mediator: from then on the party reads the claims
 * against it in the incident ({@code reports}, fixed when put: a claim that joins later is not
 * shown until the mediator puts the incident again) and may reply until {@code replyBy}.
 * This record is what the ledger entry {@link #PUT} commits to.
 */
public record Allegation(String id, String incidentId, String party, Instant replyBy, String putBy, Instant putAt,
                         List<String> reports) {

    public static final String ID_PREFIX = "alg";
    public static final String PUT = "allegation.put";

    public Allegation {
        reports = List.copyOf(reports);
    }
}
