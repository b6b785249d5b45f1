package org.truce.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.erdtman.jcs.JsonCanonicalizer;
import org.erdtman.jcs.NumberToJSON;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 8785 (JSON Canonicalization Scheme) bytes of any value Jackson can write: the form that
 * is signed (agreement versions) and committed to (ledger entries), so that two parties who
 * hold the same data compute the same bytes.
 *
 * <p>Values are written straight from Jackson's tree, keys sorted by UTF-16 code units and
 * numbers in ECMAScript form (the reference library's serializer), rather than written, parsed
 * and written again: every write of the application canonicalizes its ledger entries.
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final BigInteger MAX_SAFE_INTEGER = BigInteger.valueOf(9_007_199_254_740_991L);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    public static byte[] bytes(Object value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A value's canonical JSON, computed ahead (for instance on another thread while the writer
     * waits for the database); {@link #text} answers it as it is.
     */
    public record Text(String json) {
    }

    /** The canonical JSON of a value, ahead of its use. */
    public static Text ahead(Object value) {
        return new Text(text(value));
    }

    public static String text(Object value) {
        if (value instanceof Text ahead) {
            return ahead.json();
        }
        JsonNode tree = value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
        StringBuilder out = new StringBuilder(256);
        write(tree, out);
        return out.toString();
    }

    /** Canonical form of a JSON text (for text received from elsewhere, e.g. to check it). */
    public static String canonicalize(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException("not canonicalizable JSON", e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            Collections.sort(names);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isString()) {
            string(node.asString(), out);
        } else if (node.isBoolean()) {
            out.append(node.asBoolean());
        } else if (node.isNumber()) {
            number(node, out);
        } else if (node.isBinary()) {
            string(node.asString(), out);
        } else {
            throw new IllegalArgumentException("no canonical JSON for a " + node.getNodeType() + " node");
        }
    }

    private static void number(JsonNode node, StringBuilder out) {
        if (node.isIntegralNumber() && node.bigIntegerValue().abs().compareTo(MAX_SAFE_INTEGER) <= 0) {
            out.append(node.bigIntegerValue());
            return;
        }
        double value = node.asDouble();
        try {
            out.append(NumberToJSON.serializeNumber(value));
        } catch (IOException e) {
            throw new IllegalArgumentException("no JSON form for the number " + value, e);
        }
    }

    /** A string as ECMAScript's JSON.stringify writes it (RFC 8785 §3.2.2.2). */
    public static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (Character.isSurrogate(c) && !wellPaired(text, i)) {
                        throw new IllegalArgumentException("a string holds a lone surrogate at index " + i);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean wellPaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
