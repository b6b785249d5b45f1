package org.truce.agreement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.truce.shared.CanonicalJson;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a party signs: the canonical JSON (RFC 8785) of the agreement id, the version number and
 * the terms, under a format name that keeps these bytes from meaning anything else. Signatures
 * are not part of it. The stored text is authoritative: it is kept as written, never re-encoded.
 */
public record VersionDocument(String format, String agreementId, int version, Terms terms) {

    public static final String FORMAT = "truce.agreement.version/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static VersionDocument of(String agreementId, int version, Terms terms) {
        return new VersionDocument(FORMAT, agreementId, version, terms);
    }

    public String canonicalText() {
        return CanonicalJson.text(this);
    }

    public static VersionDocument parse(String canonicalText) {
        VersionDocument document = JSON.readValue(canonicalText, VersionDocument.class);
        if (!FORMAT.equals(document.format())) {
            throw new IllegalArgumentException("not a " + FORMAT + " document");
        }
        return document;
    }

    public static String sha256(String canonicalText) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
