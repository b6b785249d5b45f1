package org.truce.sites;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a protected site stands: nominated by its owner, then accepted or contested (by the
 * mediator, or contested by the other party), or withdrawn by its owner. JSON: its code.
 */
public enum SiteStatus {
    NOMINATED, ACCEPTED, CONTESTED, WITHDRAWN;

    /** Computed once: codes are read for every determination and every JSON value. */
    private final String code = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<SiteStatus> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code().equals(normalized)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(SiteStatus::code).toList();
    }

    /** The ledger action that records a change to this status. */
    public String action() {
        return "site." + code();
    }
}
