package org.truce.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A C2SP tlog-cosignature, cosignature/v1 (Ed25519): a witness's signed statement that, at a
 * given time, the checkpoint is the largest consistent tree head it has seen for that log.
 *
 * <p>The witness signs {@code "cosignature/v1\ntime <unix seconds>\n"} followed by the whole
 * checkpoint body, extension lines included; the header keeps a cosignature from ever being
 * valid as a plain note signature. On the wire it is an ordinary note signature line whose
 * payload is key ID (4) ‖ timestamp (8, big-endian) ‖ Ed25519 signature (64), and whose key ID
 * uses signature type 0x04. Parties or monitors can act as witnesses of the Truce log this way.
 *
 * @param name      the cosigner's key name
 * @param keyId     SHA-256(name ‖ 0x0A ‖ 0x04 ‖ public key)[:4]
 * @param timestamp seconds since the Unix epoch, 0 ≤ timestamp ≤ 2^63 − 1
 * @param signature the 64-byte Ed25519 signature
 */
public record Cosignature(String name, int keyId, long timestamp, byte[] signature) {

    /** First line of every cosigned message. */
    public static final String HEADER = "cosignature/v1";

    private static final int PAYLOAD_LENGTH = 8 + Ed25519Keys.SIGNATURE_LENGTH;

    public Cosignature {
        if (!NoteSyntax.isValidKeyName(name)) {
            throw new IllegalArgumentException("cosigner name must be non-empty, without spaces or '+': " + name);
        }
        if (timestamp < 0) {
            throw new IllegalArgumentException("cosignature timestamp must be between 0 and 2^63-1");
        }
        signature = NoteSyntax.copy(signature, Ed25519Keys.SIGNATURE_LENGTH, "Ed25519 signature");
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public Instant time() {
        return Instant.ofEpochSecond(timestamp);
    }

    /** The exact bytes a cosigner signs for this checkpoint body at this time. */
    public static byte[] signedMessage(String checkpointText, long timestamp) {
        Objects.requireNonNull(checkpointText, "checkpointText");
        String message = HEADER + "\ntime " + timestamp + "\n" + checkpointText;
        return message.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code cosigner} cosigns the checkpoint body at {@code timestamp}.
     *
     * @throws IllegalArgumentException if the text is not a well-formed checkpoint: a witness
     *                                  must never put its name to anything else
     */
    public static Cosignature create(NoteSigner cosigner, String checkpointText, long timestamp) {
        Objects.requireNonNull(cosigner, "cosigner");
        Checkpoint.parse(checkpointText);
        if (timestamp < 0) {
            throw new IllegalArgumentException("cosignature timestamp must not be negative");
        }
        byte[] signature = Ed25519Keys.sign(cosigner.privateKey(), signedMessage(checkpointText, timestamp));
        int keyId = NoteVerifier.keyId(cosigner.name(), NoteKeyType.COSIGNATURE_V1, cosigner.publicKey());
        return new Cosignature(cosigner.name(), keyId, timestamp, signature);
    }

    public static Cosignature create(NoteSigner cosigner, Checkpoint checkpoint, Instant time) {
        return create(cosigner, checkpoint.format(), time.getEpochSecond());
    }

    /**
     * Whether this is a valid cosignature of {@code checkpointText} by the given cosigner key,
     * which must be a cosignature/v1 key whose name and key ID match this cosignature's.
     */
    public boolean verify(NoteVerifier cosignerKey, String checkpointText) {
        Objects.requireNonNull(cosignerKey, "cosignerKey");
        Objects.requireNonNull(checkpointText, "checkpointText");
        return cosignerKey.type() == NoteKeyType.COSIGNATURE_V1
                && cosignerKey.name().equals(name)
                && cosignerKey.keyId() == keyId
                && Ed25519Keys.verify(cosignerKey.publicKey(), signedMessage(checkpointText, timestamp), signature);
    }

    // Checks a signature line's payload (after the key ID): timestamp ‖ signature.
    static boolean verifyPayload(byte[] rawPublicKey, byte[] checkpointText, byte[] payload) {
        if (payload.length != PAYLOAD_LENGTH) {
            return false;
        }
        long timestamp = ByteBuffer.wrap(payload).getLong();
        if (timestamp < 0) {
            return false;
        }
        byte[] prefix = (HEADER + "\ntime " + timestamp + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = NoteSyntax.concat(prefix, checkpointText);
        return Ed25519Keys.verify(rawPublicKey, message, Arrays.copyOfRange(payload, 8, payload.length));
    }

    /** As a note signature line, to serve with the checkpoint. */
    public NoteSignature toNoteSignature() {
        byte[] payload = ByteBuffer.allocate(PAYLOAD_LENGTH).putLong(timestamp).put(signature).array();
        return new NoteSignature(name, keyId, payload);
    }

    /**
     * Reads a note signature line as a cosignature (checking no signature).
     *
     * @throws IllegalArgumentException if the payload is not timestamp (below 2^63) ‖ 64 bytes
     */
    public static Cosignature fromNoteSignature(NoteSignature line) {
        byte[] payload = line.signature();
        if (payload.length != PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("a cosignature/v1 payload has " + PAYLOAD_LENGTH + " bytes, not " + payload.length);
        }
        long timestamp = ByteBuffer.wrap(payload).getLong();
        return new Cosignature(line.name(), line.keyId(), timestamp, Arrays.copyOfRange(payload, 8, payload.length));
    }

    /**
     * Adds cosignature lines to a signed checkpoint, replacing an earlier line from the same
     * cosigner key. The note's existing signatures are kept as they are.
     */
    public static String appendTo(String signedCheckpoint, List<Cosignature> cosignatures) {
        SignedNote note = SignedNote.parse(signedCheckpoint);
        return note.withSignatures(cosignatures.stream().map(Cosignature::toNoteSignature).toList()).format();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cosignature c
                && keyId == c.keyId && timestamp == c.timestamp && name.equals(c.name)
                && Arrays.equals(signature, c.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, keyId, timestamp, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "Cosignature[" + name + "+" + String.format("%08x", keyId) + " at " + timestamp + "]";
    }
}
