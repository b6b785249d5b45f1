package org.truce.verification;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The engine's automatic reading of an incident against one agreement version. */
public enum Verdict {
    /** Every test passed: inside the window, the scope, a protected target, a prohibited means. */
    POTENTIAL_VIOLATION,
    /** One test failed: the agreement does not cover this event (and the determination says why). */
    NOT_COVERED,
    /** A fact needed for some test is missing or undecidable at the claims' precision. */
    UNDETERMINED;

    /** Computed once: codes are read for every determination and every JSON value. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Verdict> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code().equals(normalized)).findFirst();
    }

    /** potential_violation > undetermined > not_covered: what an incident shows of several determinations. */
    public int strength() {
        return switch (this) {
            case POTENTIAL_VIOLATION -> 2;
            case UNDETERMINED -> 1;
            case NOT_COVERED -> 0;
        };
    }

    public static Verdict strongest(Verdict a, Verdict b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.strength() >= b.strength() ? a : b;
    }
}
