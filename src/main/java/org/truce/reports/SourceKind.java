package org.truce.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who makes the claim a report records. */
public enum SourceKind {
    /** A party to the conflict (its delegation, ministry, military administration…). */
    PARTY,
    /** The monitoring mission itself. */
    MONITOR,
    /** An open source: a media report or a post, with its address and publication date. */
    OPEN_SOURCE;

    /** Computed once: codes are read for every determination and every JSON value. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<SourceKind> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(k -> k.code().equals(normalized)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(SourceKind::code).toList();
    }
}
