package org.truce.talks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A party's answer in veto-only mode: the proposed change is better or worse than the current draft. */
public enum VetoAnswer {
    BETTER,WORSE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VetoAnswer> byCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code == null ? null : code.trim())).findFirst();
    }

    @JsonCreator
    public static VetoAnswer fromCode(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not one of " + codes()));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(VetoAnswer::code).toList();
    }
}
