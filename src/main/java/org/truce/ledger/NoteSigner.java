package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A named Ed25519 private key that signs notes (checkpoints), and with {@link Cosignature}
 * cosigns other logs' checkpoints.
 *
 * <p>Its secret text form is the signer key of golang.org/x/mod/sumdb/note,
 * {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 ‖ 32-byte seed)>}, so a key made with Go's
 * {@code note.GenerateKey} works here and the other way round. {@link #toString} never shows it.
 */
public final class NoteSigner {

    private static final String SECRET_PREFIX = "PRIVATE+KEY+";

    private final String name;
    private final PrivateKey privateKey;
    private final byte[] publicKey;
    private final int keyId;

    private NoteSigner(String name, KeyPair pair) {
        if (!NoteSyntax.isValidKeyName(name)) {
            throw new IllegalArgumentException("key name must be non-empty, without spaces or '+': " + name);
        }
        this.name = name;
        this.privateKey = Objects.requireNonNull(pair.getPrivate(), "private key");
        this.publicKey = Ed25519Keys.rawPublicKey(pair.getPublic());
        Ed25519Keys.rawSeed(privateKey); // rejects a key that is not Ed25519
        this.keyId = NoteVerifier.keyId(name, NoteKeyType.ED25519, publicKey);
    }

    public static NoteSigner generate(String name) {
        return new NoteSigner(name, Ed25519Keys.generate());
    }

    /** Wraps an existing key pair; the caller vouches that the two halves belong together. */
    public static NoteSigner of(String name, KeyPair pair) {
        return new NoteSigner(name, pair);
    }

    public static NoteSigner fromSeed(String name, byte[] seed) {
        return new NoteSigner(name, Ed25519Keys.keyPairFromSeed(seed));
    }

    /**
     * Reads a signer key {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 ‖ seed)>}.
     *
     * @throws IllegalArgumentException if malformed or if the key ID does not match
     */
    public static NoteSigner parse(String skey) {
        Objects.requireNonNull(skey, "skey");
        if (!skey.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("signer key must start with PRIVATE+KEY+");
        }
        String rest = skey.substring(SECRET_PREFIX.length());
        int first = rest.indexOf('+');
        int second = first < 0 ? -1 : rest.indexOf('+', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("signer key must be PRIVATE+KEY+name+keyid+key");
        }
        String name = rest.substring(0, first);
        String hex = rest.substring(first + 1, second);
        if (!NoteSyntax.isValidKeyName(name)) {
            throw new IllegalArgumentException("signer key has an invalid name");
        }
        if (hex.length() != 8 || !hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 && ch < 0x80)) {
            throw new IllegalArgumentException("signer key ID must be 8 hex digits");
        }
        byte[] material = NoteSyntax.decodeBase64(rest.substring(second + 1))
                .orElseThrow(() -> new IllegalArgumentException("signer key material is not canonical base64"));
        if (material.length != 1 + Ed25519Keys.SEED_LENGTH || material[0] != NoteKeyType.ED25519.id()) {
            throw new IllegalArgumentException("signer key must carry type 0x01 and a 32-byte Ed25519 seed");
        }
        NoteSigner signer = fromSeed(name, Arrays.copyOfRange(material, 1, material.length));
        if (signer.keyId != (int) Long.parseLong(hex, 16)) {
            throw new IllegalArgumentException("signer key ID does not match its name and key");
        }
        return signer;
    }

    /** The secret signer key string; store it as a secret. */
    public String formatPrivateKey() {
        byte[] material = NoteSyntax.concat(new byte[] {NoteKeyType.ED25519.id()}, Ed25519Keys.rawSeed(privateKey));
        return SECRET_PREFIX + name + "+" + HexFormat.of().toHexDigits(keyId) + "+" + NoteSyntax.encodeBase64(material);
    }

    /** The matching public verifier (type 0x01), to publish. */
    public NoteVerifier verifier() {
        return NoteVerifier.ed25519(name, publicKey);
    }

    /** The matching cosignature/v1 verifier (type 0x04), for when this key witnesses another log. */
    public NoteVerifier cosignerVerifier() {
        return NoteVerifier.cosigner(name, publicKey);
    }

    /** This key's signature line for a note text (which must end in '\n'). */
    public NoteSignature sign(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("note text must end with a newline");
        }
        return new NoteSignature(name, keyId, Ed25519Keys.sign(privateKey, text.getBytes(StandardCharsets.UTF_8)));
    }

    public String name() {
        return name;
    }

    /** The key ID of plain note signatures (type 0x01). */
    public int keyId() {
        return keyId;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    @Override
    public String toString() {
        return "NoteSigner[" + name + "+" + HexFormat.of().toHexDigits(keyId) + "]";
    }
}
