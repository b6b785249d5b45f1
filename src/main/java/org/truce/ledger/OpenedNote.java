package org.truce.ledger;

import java.util.List;
import java.util.Objects;

/**
 * A signed note whose signatures have been checked.
 *
 * @param text       the note text, ending in '\n'; to be trusted only because {@code verified} is non-empty
 * @param verified   signatures from known keys, each verified (at least one)
 * @param unverified signatures from keys the caller did not list, neither trusted nor checked
 */
public record OpenedNote(String text, List<NoteSignature> verified, List<NoteSignature> unverified) {

    public OpenedNote {
        Objects.requireNonNull(text, "text");
        verified = List.copyOf(verified);
        unverified = List.copyOf(unverified);
    }

    /** Whether the key with this name and ID is among the verified signers. */
    public boolean isVerifiedBy(NoteVerifier key) {
        return verified.stream().anyMatch(s -> s.name().equals(key.name()) && s.keyId() == key.keyId());
    }
}
