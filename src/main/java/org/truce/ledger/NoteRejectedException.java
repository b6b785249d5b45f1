package org.truce.ledger;

/** A signed note that must not be trusted, with the reason a caller can map to a response. */
public final class NoteRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not a signed note: bad syntax, encoding, control characters or too many signatures. */
        MALFORMED,
        /** A signature from a known key failed to verify: the note was altered or forged. */
        INVALID_SIGNATURE,
        /** Well formed, but no signature is from a known key. */
        NO_VERIFIED_SIGNATURE
    }

    private final Reason reason;

    public NoteRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
