package org.truce.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A public key that checks note signatures: a name, a signature type and a raw Ed25519 key.
 *
 * <p>Its text form is the verifier key of golang.org/x/mod/sumdb/note and C2SP signed-note,
 * {@code <name>+<8 hex key ID>+<base64(type ‖ 32-byte key)>}, which is what a party, monitor or
 * witness pins to check this log's checkpoints. Type 0x04 keys verify C2SP cosignature/v1
 * signatures, so one call to {@link SignedNote#open} can check the log's signature and any
 * witnesses' cosignatures together.
 */
public final class NoteVerifier {

    private final String name;
    private final NoteKeyType type;
    private final byte[] publicKey;
    private final int keyId;

    private NoteVerifier(String name, NoteKeyType type, byte[] publicKey) {
        if (!NoteSyntax.isValidKeyName(name)) {
            throw new IllegalArgumentException("key name must be non-empty, without spaces or '+': " + name);
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.publicKey = NoteSyntax.copy(publicKey, Ed25519Keys.PUBLIC_KEY_LENGTH, "Ed25519 public key");
        this.keyId = keyId(name, type, this.publicKey);
    }

    /** A verifier of plain Ed25519 note signatures (type 0x01). */
    public static NoteVerifier ed25519(String name, byte[] rawPublicKey) {
        return new NoteVerifier(name, NoteKeyType.ED25519, rawPublicKey);
    }

    public static NoteVerifier ed25519(String name, PublicKey key) {
        return ed25519(name, Ed25519Keys.rawPublicKey(key));
    }

    /** A verifier of cosignature/v1 signatures by a witness (type 0x04). */
    public static NoteVerifier cosigner(String name, byte[] rawPublicKey) {
        return new NoteVerifier(name, NoteKeyType.COSIGNATURE_V1, rawPublicKey);
    }

    public static NoteVerifier cosigner(String name, PublicKey key) {
        return cosigner(name, Ed25519Keys.rawPublicKey(key));
    }

    /**
     * SHA-256(name ‖ 0x0A ‖ type ‖ key)[:4] as a big-endian int: short, because it only picks
     * which pinned key to try; the signature check is what authenticates.
     */
    public static int keyId(String name, NoteKeyType type, byte[] rawPublicKey) {
        MessageDigest md = Sha256.digest();
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
        md.update(type.id());
        md.update(rawPublicKey);
        return ByteBuffer.wrap(md.digest()).getInt();
    }

    /**
     * Reads a verifier key {@code <name>+<hex key ID>+<base64(type ‖ key)>}.
     *
     * @throws IllegalArgumentException if any field is malformed, the type is unknown, the key is
     *                                  not 32 bytes, or the key ID does not match name and key
     */
    public static NoteVerifier parse(String vkey) {
        Objects.requireNonNull(vkey, "vkey");
        int first = vkey.indexOf('+');
        int second = first < 0 ? -1 : vkey.indexOf('+', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("verifier key must be name+keyid+key");
        }
        String name = vkey.substring(0, first);
        String hex = vkey.substring(first + 1, second);
        String key64 = vkey.substring(second + 1);
        if (!NoteSyntax.isValidKeyName(name)) {
            throw new IllegalArgumentException("verifier key has an invalid name");
        }
        if (hex.length() != 8 || !hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 && ch < 0x80)) {
            throw new IllegalArgumentException("verifier key ID must be 8 hex digits");
        }
        byte[] key = NoteSyntax.decodeBase64(key64)
                .orElseThrow(() -> new IllegalArgumentException("verifier key material is not canonical base64"));
        if (key.length == 0) {
            throw new IllegalArgumentException("verifier key material is empty");
        }
        NoteKeyType type = NoteKeyType.fromId(key[0]);
        if (type == null) {
            throw new IllegalArgumentException("verifier key has unknown signature type " + (key[0] & 0xff));
        }
        if (key.length != 1 + Ed25519Keys.PUBLIC_KEY_LENGTH) {
            throw new IllegalArgumentException("verifier key must carry a 32-byte Ed25519 key");
        }
        NoteVerifier verifier = new NoteVerifier(name, type, Arrays.copyOfRange(key, 1, key.length));
        if (verifier.keyId != (int) Long.parseLong(hex, 16)) {
            throw new IllegalArgumentException("verifier key ID does not match its name and key");
        }
        return verifier;
    }

    /** The verifier key string, which {@link #parse} reads back. */
    public String format() {
        byte[] material = NoteSyntax.concat(new byte[] {type.id()}, publicKey);
        return name + "+" + HexFormat.of().toHexDigits(keyId) + "+" + NoteSyntax.encodeBase64(material);
    }

    public String name() {
        return name;
    }

    public NoteKeyType type() {
        return type;
    }

    public int keyId() {
        return keyId;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    /**
     * Whether {@code signature} (the bytes after the key ID in a signature line) is this key's
     * signature of {@code text}. Never throws for malformed signatures.
     */
    public boolean verify(byte[] text, byte[] signature) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(signature, "signature");
        return switch (type) {
            case ED25519 -> Ed25519Keys.verify(publicKey, text, signature);
            case COSIGNATURE_V1 -> Cosignature.verifyPayload(publicKey, text, signature);
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifier v
                && name.equals(v.name) && type == v.type && Arrays.equals(publicKey, v.publicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, Arrays.hashCode(publicKey));
    }

    @Override
    public String toString() {
        return format();
    }
}
