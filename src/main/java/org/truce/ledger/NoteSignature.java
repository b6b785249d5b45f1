package org.truce.ledger;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * One signature line of a signed note: {@code — <name> <base64(keyID ‖ signature)>}.
 *
 * @param name      the key name
 * @param keyId     the 4-byte key ID, big-endian, as an int
 * @param signature the bytes after the key ID (for a cosignature: timestamp ‖ Ed25519 signature)
 */
public record NoteSignature(String name, int keyId, byte[] signature) {

    /** U+2014 EM DASH then a space: the start of every signature line. */
    public static final String LINE_PREFIX = "\u2014 ";

    public NoteSignature {
        if (!NoteSyntax.isValidKeyName(name)) {
            throw new IllegalArgumentException("key name must be non-empty, without spaces or '+': " + name);
        }
        Objects.requireNonNull(signature, "signature");
        if (signature.length == 0) {
            throw new IllegalArgumentException("empty signature");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /**
     * Reads one signature line, {@code — <name> <base64(key ID ‖ signature)>}, with or without
     * its final newline.
     *
     * @throws NoteRejectedException with reason MALFORMED
     */
    public static NoteSignature parse(String line) {
        Objects.requireNonNull(line, "line");
        String bare = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        if (bare.indexOf('\n') >= 0 || !NoteSyntax.hasOnlyNewlineControls(bare) || !NoteSyntax.isWellFormedUtf16(bare)) {
            throw new NoteRejectedException(NoteRejectedException.Reason.MALFORMED, "a signature line is one line of text");
        }
        return SignedNote.parseLine(bare);
    }

    /** base64(keyID ‖ signature), the second field of the line. */
    public String base64() {
        return NoteSyntax.encodeBase64(ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array());
    }

    /** The whole line, ending in '\n'. */
    public String line() {
        return LINE_PREFIX + name + " " + base64() + "\n";
    }

    /** The key as written in error messages and verifier keys: {@code name+8 hex digits}. */
    public String keyLabel() {
        return name + "+" + String.format("%08x", keyId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature s
                && keyId == s.keyId && name.equals(s.name) && Arrays.equals(signature, s.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, keyId, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "NoteSignature[" + keyLabel() + "]";
    }
}
