package org.truce.verification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A monitor's graded finding on an incident (an assessment's grade). */
public enum Grade {
    CONFIRMED_VIOLATION, PROBABLE_VIOLATION, UNSUBSTANTIATED, NOT_A_VIOLATION, INCONCLUSIVE;

    /** Computed once: codes are read for every determination and every JSON value. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Grade> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.code().equals(normalized)).findFirst();
    }

    @JsonCreator
    public static Grade fromCode(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("unknown grade '" + code
                + "'; expected one of confirmed_violation, probable_violation, unsubstantiated, not_a_violation, inconclusive"));
    }
}
