package org.truce.agreement;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.truce.ledger.Ed25519Keys;

/**
 * The parties' Ed25519 keys with the JDK alone: PEM (SubjectPublicKeyInfo, PKCS#8) and raw
 * 32-byte forms, key ids, signing and verifying. A party's private key stays in its own file;
 * the server only ever sees public keys.
 *
 * <p>The DER wrappers of Ed25519 keys never vary (RFC 8410), so a raw key is its DER encoding
 * minus a fixed prefix.
 */
public final class PartyKeys {

    public static final int PUBLIC_KEY_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final String ALGORITHM = "Ed25519";

    private PartyKeys() {
    }

    public static KeyPair generate() {
        return Ed25519Keys.generate();
    }

    /**
     * A public key as a party may give it: PEM ({@code -----BEGIN PUBLIC KEY-----}), base64 of the
     * raw 32 bytes, or base64 of the DER SubjectPublicKeyInfo. Returns the raw 32 bytes.
     *
     * @throws IllegalArgumentException with a reason a person can act on
     */
    public static byte[] parsePublicKey(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("required: an Ed25519 public key, as PEM or as base64 of its 32 bytes");
        }
        String body = text.strip();
        boolean pem = body.startsWith("-----BEGIN");
        if (pem) {
            if (!body.startsWith("-----BEGIN PUBLIC KEY-----") || !body.contains("-----END PUBLIC KEY-----")) {
                throw new IllegalArgumentException("a PEM public key starts with -----BEGIN PUBLIC KEY----- (never send a private key)");
            }
            body = body.substring("-----BEGIN PUBLIC KEY-----".length(), body.indexOf("-----END PUBLIC KEY-----"));
        }
        byte[] decoded;
        try {
            decoded = Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64: give the key as PEM or as base64 of its 32 bytes");
        }
        if (decoded.length == PUBLIC_KEY_LENGTH && !pem) {
            return decoded;
        }
        if (decoded.length == X509_PREFIX.length + PUBLIC_KEY_LENGTH
                && Arrays.equals(decoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            return Arrays.copyOfRange(decoded, X509_PREFIX.length, decoded.length);
        }
        throw new IllegalArgumentException("not an Ed25519 public key (expected 32 raw bytes or an Ed25519 SubjectPublicKeyInfo, got "
                + decoded.length + " bytes)");
    }

    /** A key's id: {@code key_} and the first 128 bits of SHA-256 of its raw bytes, in hex. */
    public static String keyId(byte[] rawPublicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawPublicKey);
            return "key_" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static byte[] rawPublicKey(PublicKey key) {
        return Ed25519Keys.rawPublicKey(key);
    }

    public static String publicKeyPem(byte[] rawPublicKey) {
        return pem("PUBLIC KEY", concat(X509_PREFIX, rawPublicKey));
    }

    public static String privateKeyPem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /** Reads a PKCS#8 PEM Ed25519 private key ({@code -----BEGIN PRIVATE KEY-----}). */
    public static PrivateKey readPrivateKeyPem(String pem) {
        if (pem == null || !pem.contains("-----BEGIN PRIVATE KEY-----") || !pem.contains("-----END PRIVATE KEY-----")) {
            throw new IllegalArgumentException("not a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----)");
        }
        String body = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27, pem.indexOf("-----END PRIVATE KEY-----"));
        try {
            byte[] der = Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""));
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    /** The key pair of a private key (JDK 17 cannot derive it directly; see {@link Ed25519Keys#keyPairFromSeed}). */
    public static KeyPair keyPair(PrivateKey privateKey) {
        return Ed25519Keys.keyPairFromSeed(Ed25519Keys.rawSeed(privateKey));
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        return Ed25519Keys.sign(key, message);
    }

    /** False, never an exception, for a wrong-sized or otherwise invalid key or signature. */
    public static boolean verify(byte[] rawPublicKey, byte[] message, byte[] signature) {
        return Ed25519Keys.verify(rawPublicKey, message, signature);
    }

    /** Decodes a base64 detached signature; throws {@link IllegalArgumentException} with the reason. */
    public static byte[] decodeSignature(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("required: the base64 Ed25519 signature of the version's canonical bytes");
        }
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64");
        }
        if (signature.length != SIGNATURE_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 signature is 64 bytes, this is " + signature.length);
        }
        return signature;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
