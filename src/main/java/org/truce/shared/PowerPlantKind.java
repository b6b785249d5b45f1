package org.truce.shared;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of {@link Category#POWER_PLANT} of DESIGN.md, which agreements may protect separately (nuclear, hydro). */
public enum PowerPlantKind {
    THERMAL, NUCLEAR, HYDRO, SOLAR, WIND, CHP;

    /** Computed once: codes are read for every determination and every JSON value. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static PowerPlantKind fromCode(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown power plant kind '" + code + "'; expected thermal, nuclear, hydro, solar, wind or chp"));
    }

    public static Optional<PowerPlantKind> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (PowerPlantKind kind : values()) {
            if (kind.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
