package org.truce.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** By what means a strike was made: agreements prohibit some, reports name one. JSON: its code. */
public enum Means {
    MISSILE, DRONE, ARTILLERY, ROCKET, GLIDE_BOMB, AIRCRAFT, SABOTAGE, OTHER, UNKNOWN;

    /** Computed once: codes are read for every determination and every JSON value. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Means> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(m -> m.code().equals(normalized)).findFirst();
    }

    @JsonCreator
    public static Means fromCode(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown means '" + code + "'; expected one of " + codes()));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Means::code).toList();
    }
}
