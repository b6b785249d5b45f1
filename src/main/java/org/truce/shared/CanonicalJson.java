package org.truce.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.erdtman.jcs.JsonCanonicalizer;

import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 8785 (JSON Canonicalization Scheme) bytes of any value Jackson can write: the form that
 * is signed (agreement versions) and committed to (ledger entries), so that two parties who
 * hold the same data compute the same bytes.
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private CanonicalJson() {
    }

    public static byte[] bytes(Object value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(Object value) {
        return canonicalize(MAPPER.writeValueAsString(value));
    }

    /** Canonical form of a JSON text. */
    public static String canonicalize(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException("not canonicalizable JSON", e);
        }
    }
}
