package org.truce.ledger;

import java.time.Instant;

/**
 * A cosignature the log accepted, as stored and as committed in its {@code ledger.cosigned} entry.
 *
 * @param id             {@code cosig_…}
 * @param checkpointSize the tree size of the checkpoint cosigned
 * @param cosigner       the party code or the monitor's username
 * @param keyName        the cosigner's key name in notes ({@link Cosigners#keyName})
 * @param keyId          the cosignature/v1 key ID, 8 hex digits
 * @param publicKey      the Ed25519 public key that verified it, base64 of 32 bytes
 * @param timestamp      the cosigner's timestamp, seconds since the epoch, as signed
 * @param signature      the Ed25519 signature, base64 of 64 bytes
 * @param cosignedAt     when the log accepted it
 */
public record CheckpointCosignature(String id, long checkpointSize, String cosigner, String keyName, String keyId,
                                    String publicKey, long timestamp, String signature, Instant cosignedAt) {

    /** As a signature line to append to the checkpoint's note. */
    public NoteSignature toNoteSignature() {
        return new Cosignature(keyName, (int) Long.parseLong(keyId, 16), timestamp,
                java.util.Base64.getDecoder().decode(signature)).toNoteSignature();
    }

    /** The verifier key ({@code name+id+base64(0x04 ‖ key)}) that checks it. */
    public NoteVerifier verifier() {
        return NoteVerifier.cosigner(keyName, java.util.Base64.getDecoder().decode(publicKey));
    }
}
