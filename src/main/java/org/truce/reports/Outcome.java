package org.truce.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the report says came of the strike. */
public enum Outcome {
    /** The target was hit. */
    HIT,
    /** An attempt reported as intercepted or repelled. */
    REPELLED,
    /** Damage from the debris of a downed drone or missile. */
    DEBRIS;

    /** Computed once: codes are read for every determination and every JSON value. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Outcome> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.code().equals(normalized)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Outcome::code).toList();
    }
}
