package org.truce.talks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a clause of the single negotiating text stands. */
public enum ClauseStatus {
    AGREED,CONTESTED,MEDIATOR_PROPOSAL;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ClauseStatus> byCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code == null ? null : code.trim())).findFirst();
    }

    @JsonCreator
    public static ClauseStatus fromCode(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not one of " + codes()));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ClauseStatus::code).toList();
    }
}
