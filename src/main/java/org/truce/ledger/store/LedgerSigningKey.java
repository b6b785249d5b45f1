package org.truce.ledger.store;

import java.util.Objects;

import org.truce.ledger.NoteSigner;
import org.truce.ledger.NoteVerifier;

/** The log's own signing key (its name is the log's origin); a type of its own so no other key is injected by mistake. */
public final class LedgerSigningKey {

    private final NoteSigner signer;

    public LedgerSigningKey(NoteSigner signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    public NoteSigner signer() {
        return signer;
    }

    public String origin() {
        return signer.name();
    }

    public NoteVerifier verifier() {
        return signer.verifier();
    }
}
