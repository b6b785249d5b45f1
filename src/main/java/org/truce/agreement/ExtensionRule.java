package org.truce.agreement;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How the agreement may be extended. Either way an extension is an amendment: a new version
 * that every party signs (the window never moves by itself).
 */
public enum ExtensionRule {
    /** No extension is foreseen; a new agreement would be needed. */
    NONE,
    /** The parties may extend it by signing an amendment (the 2025 moratorium). */
    BY_MUTUAL_AGREEMENT;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public static Optional<ExtensionRule> byCode(String code) {
        return Codes.byCode(ExtensionRule.class, code);
    }

    @JsonCreator
    public static ExtensionRule fromCode(String code) {
        return Codes.fromCode(ExtensionRule.class, code, "extension rule");
    }

    public static List<String> codes() {
        return Codes.codes(ExtensionRule.class);
    }
}
