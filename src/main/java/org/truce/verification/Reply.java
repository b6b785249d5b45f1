package org.truce.verification;

import java.time.Instant;
import java.util.List;

/**
 * An accused party's reply to an incident put to it.
 *
 * @param seq its ledger entry {@link #SUBMITTED}, which commits to {@link #content()}
 */
public record Reply(String id, String incidentId, String party, String text, List<String> evidence, String repliedBy,
                    Instant repliedAt, long seq) {

    public static final String ID_PREFIX = "rpl";
    public static final String SUBMITTED = "reply.submitted";

    public Reply {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Content content() {
        return new Content(id, incidentId, party, text, evidence, repliedBy, repliedAt);
    }

    /** What the ledger entry commits to. */
    public record Content(String reply, String incident, String party, String text, List<String> evidence,
                          String repliedBy, Instant repliedAt) {
    }
}
