package org.truce.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 with one {@link MessageDigest} per thread.
 *
 * <p>{@code MessageDigest.getInstance} walks the provider list on every call, which costs more
 * than hashing a 65-byte Merkle node; building a tree of millions of leaves calls it tens of
 * millions of times, so each thread keeps its own instance.
 */
final class Sha256 {

    static final int LENGTH = 32;

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    private Sha256() {
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE implementation must provide SHA-256.
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The thread's digest, reset; callers must finish with {@code digest()} before calling again. */
    static MessageDigest digest() {
        MessageDigest md = DIGEST.get();
        md.reset();
        return md;
    }

    static byte[] hash(byte[] data) {
        return digest().digest(data);
    }

    static byte[] hash(byte[] first, byte[] second) {
        MessageDigest md = digest();
        md.update(first);
        return md.digest(second);
    }
}
