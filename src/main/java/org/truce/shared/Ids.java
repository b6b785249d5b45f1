package org.truce.shared;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Opaque ids with a type prefix ({@code rep_…}, {@code inc_…}, {@code site_…}). The body is a
 * time-ordered Crockford base-32 string (48 bits of milliseconds, 80 random bits), so ids of
 * one type sort by creation time and cannot be guessed.
 */
public final class Ids {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile("[a-z]{2,8}_[0-9a-z]{1,40}");

    private Ids() {
    }

    public static String next(String prefix) {
        long millis = System.currentTimeMillis();
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        StringBuilder id = new StringBuilder(prefix.length() + 27).append(prefix).append('_');
        for (int shift = 45; shift >= 0; shift -= 5) {
            id.append(ALPHABET[(int) (millis >>> shift) & 31]);
        }
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (random[i] & 0xff);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (random[i] & 0xff);
        }
        for (int shift = 35; shift >= 0; shift -= 5) {
            id.append(ALPHABET[(int) (high >>> shift) & 31]);
        }
        for (int shift = 35; shift >= 0; shift -= 5) {
            id.append(ALPHABET[(int) (low >>> shift) & 31]);
        }
        return id.toString();
    }

    /** True when the text has the shape of an id with the given prefix; says nothing of existence. */
    public static boolean isWellFormed(String id, String prefix) {
        return id != null && id.startsWith(prefix + "_") && WELL_FORMED.matcher(id).matches();
    }

    /** Rejects a malformed id with a problem naming the field. */
    public static String requireWellFormed(String id, String prefix, String field) {
        if (!isWellFormed(id, prefix)) {
            throw InvalidInput.of(field, "not a well-formed id: expected '" + prefix + "_' followed by lower-case letters and digits");
        }
        return id;
    }
}
