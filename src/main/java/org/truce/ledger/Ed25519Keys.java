package org.truce.ledger;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Conversions between the JDK's Ed25519 keys and the raw 32-byte forms that notes, verifier keys
 * and cosignatures carry, plus signing and verifying with them.
 *
 * <p>The DER wrappers of Ed25519 keys never vary (RFC 8410), so a raw key is the DER encoding
 * minus a fixed prefix, and the prefix plus a raw key is a valid DER encoding.
 */
public final class Ed25519Keys {

    public static final int PUBLIC_KEY_LENGTH = 32;
    public static final int SEED_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final String ALGORITHM = "Ed25519";

    private Ed25519Keys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is missing from this JDK", e);
        }
    }

    /** The 32 bytes RFC 8032 calls the public key. */
    public static byte[] rawPublicKey(PublicKey key) {
        return stripPrefix(key.getEncoded(), X509_PREFIX, "an Ed25519 X.509 public key");
    }

    /** The 32-byte private seed (RFC 8032's "private key"). */
    public static byte[] rawSeed(PrivateKey key) {
        return stripPrefix(key.getEncoded(), PKCS8_PREFIX, "an Ed25519 PKCS#8 private key");
    }

    public static PublicKey publicKey(byte[] raw) {
        byte[] key = NoteSyntax.copy(raw, PUBLIC_KEY_LENGTH, "Ed25519 public key");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(NoteSyntax.concat(X509_PREFIX, key)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /**
     * Reads a public key given as text: the base64 of the raw 32 bytes, or a PEM
     * {@code -----BEGIN PUBLIC KEY-----} block (X.509 SubjectPublicKeyInfo, as openssl writes it).
     *
     * @throws IllegalArgumentException saying which form was expected
     */
    public static byte[] parsePublicKey(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("required: the base64 of a 32-byte Ed25519 public key, or a PEM public key");
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("-----BEGIN PUBLIC KEY-----")) {
            String body = trimmed.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            byte[] der;
            try {
                der = java.util.Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the PEM block is not base64");
            }
            return stripPrefix(der, X509_PREFIX, "an Ed25519 public key (the PEM holds another kind of key)");
        }
        byte[] raw;
        try {
            raw = java.util.Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64: give the base64 of the 32-byte public key, or a PEM public key");
        }
        if (raw.length != PUBLIC_KEY_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, this has " + raw.length);
        }
        publicKey(raw); // rejects bytes that are not a key
        return raw;
    }

    /** The PEM form (X.509 SubjectPublicKeyInfo) of a raw public key. */
    public static String toPem(byte[] rawPublicKey) {
        byte[] der = NoteSyntax.concat(X509_PREFIX, NoteSyntax.copy(rawPublicKey, PUBLIC_KEY_LENGTH, "Ed25519 public key"));
        return "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
    }

    public static PrivateKey privateKey(byte[] seed) {
        byte[] raw = NoteSyntax.copy(seed, SEED_LENGTH, "Ed25519 seed");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(NoteSyntax.concat(PKCS8_PREFIX, raw)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 seed", e);
        }
    }

    /**
     * The key pair whose private key is {@code seed}.
     *
     * <p>JDK 17 has no call that derives an Ed25519 public key from a private one, but its key
     * pair generator draws exactly the 32-byte seed from the random source it is given, so a
     * source that yields the seed produces the matching pair. The result is checked by a
     * signature round trip, so a JDK that draws differently fails loudly instead of signing
     * under a wrong key ID.
     */
    public static KeyPair keyPairFromSeed(byte[] seed) {
        byte[] raw = NoteSyntax.copy(seed, SEED_LENGTH, "Ed25519 seed");
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(255, new SeedAsRandom(raw));
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is missing from this JDK", e);
        }
        if (!Arrays.equals(rawSeed(pair.getPrivate()), raw)) {
            throw new IllegalStateException("this JDK did not derive the Ed25519 key pair from the given seed");
        }
        byte[] probe = "truce key derivation check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (!verify(rawPublicKey(pair.getPublic()), probe, sign(pair.getPrivate(), probe))) {
            throw new IllegalStateException("derived Ed25519 public key does not match its seed");
        }
        return pair;
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** False, never an exception, for any wrong-sized or otherwise invalid key or signature. */
    public static boolean verify(byte[] rawPublicKey, byte[] message, byte[] signature) {
        if (rawPublicKey == null || rawPublicKey.length != PUBLIC_KEY_LENGTH
                || signature == null || signature.length != SIGNATURE_LENGTH || message == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey(rawPublicKey));
            verifier.update(message);
            return verifier.verify(signature);
        } catch (IllegalArgumentException | ProviderException | InvalidKeyException | SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is missing from this JDK", e);
        }
    }

    private static byte[] stripPrefix(byte[] encoded, byte[] prefix, String what) {
        if (encoded == null || encoded.length != prefix.length + 32
                || !Arrays.equals(encoded, 0, prefix.length, prefix, 0, prefix.length)) {
            throw new IllegalArgumentException("not " + what);
        }
        return Arrays.copyOfRange(encoded, prefix.length, encoded.length);
    }

    /** A random source that can be read once, yielding the seed. */
    private static final class SeedAsRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private transient byte[] seed;

        SeedAsRandom(byte[] seed) {
            this.seed = seed;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (seed == null || bytes.length != seed.length) {
                throw new IllegalStateException("unexpected draw from the seed source");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
            seed = null;
        }
    }
}
