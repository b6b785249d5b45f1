package org.truce.ledger;

import java.util.Objects;

/**
 * What an auditor remembers of a log between audits: the key it pinned on first use and the
 * last checkpoint it verified, which every later checkpoint must extend.
 *
 * @param publicKey  the log's verifier key, pinned on first use
 * @param checkpoint the last verified checkpoint body (origin, size, root), or null before the first clean audit
 */
public record AuditState(String publicKey, String checkpoint) {

    public AuditState {
        Objects.requireNonNull(publicKey, "publicKey");
    }

    public Checkpoint verifiedCheckpoint() {
        return checkpoint == null ? null : Checkpoint.parse(checkpoint);
    }
}
