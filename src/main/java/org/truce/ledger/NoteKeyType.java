package org.truce.ledger;

/**
 * The signature types of C2SP signed-note that this ledger speaks; the byte is hashed into the
 * key ID and leads the key material of a verifier key, so one Ed25519 key used both to sign
 * notes and to cosign gets two different key IDs.
 */
public enum NoteKeyType {

    /** Plain Ed25519 over the note text (signed-note, type 0x01). */
    ED25519((byte) 0x01),

    /** Timestamped Ed25519 witness cosignature, cosignature/v1 (tlog-cosignature, type 0x04). */
    COSIGNATURE_V1((byte) 0x04);

    private final byte id;

    NoteKeyType(byte id) {
        this.id = id;
    }

    public byte id() {
        return id;
    }

    /** The type with that identifier byte, or null when this ledger does not know it. */
    static NoteKeyType fromId(byte id) {
        for (NoteKeyType type : values()) {
            if (type.id == id) {
                return type;
            }
        }
        return null;
    }
}
