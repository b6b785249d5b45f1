package org.truce.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.truce.shared.CanonicalJson;

/**
 * The salted commitment a ledger entry holds instead of the record: SHA-256 over the salt and
 * the canonical JSON of {action, actor, content, subject}. Without the salt, guessing a
 * low-entropy record (a site's category and coordinates) from its hash is impossible.
 */
public final class Commitment {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private Commitment() {
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The object the commitment covers; an auditor rebuilds it from a record to check it. */
    public static Map<String, Object> envelope(String action, String subject, String actor, Object content) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("action", action);
        envelope.put("actor", actor);
        envelope.put("content", content);
        envelope.put("subject", subject);
        return envelope;
    }

    public static String commit(byte[] salt, String action, String subject, String actor, Object content) {
        return commitToCanonical(salt, canonicalEnvelope(action, subject, actor, content));
    }

    /**
     * The canonical JSON of {@link #envelope}, written around the content's own canonical JSON
     * (its keys are already in canonical order), so the content may be canonicalized ahead.
     */
    public static byte[] canonicalEnvelope(String action, String subject, String actor, Object content) {
        String contentJson = CanonicalJson.text(content);
        StringBuilder out = new StringBuilder(contentJson.length() + 128);
        out.append("{\"action\":");
        stringOrNull(action, out);
        out.append(",\"actor\":");
        stringOrNull(actor, out);
        out.append(",\"content\":").append(contentJson).append(",\"subject\":");
        stringOrNull(subject, out);
        return out.append('}').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void stringOrNull(String text, StringBuilder out) {
        if (text == null) {
            out.append("null");
        } else {
            CanonicalJson.string(text, out);
        }
    }

    public static String commitToCanonical(byte[] salt, byte[] canonicalEnvelope) {
        MessageDigest sha256 = sha256();
        sha256.update(salt);
        sha256.update(canonicalEnvelope);
        return HEX.formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
