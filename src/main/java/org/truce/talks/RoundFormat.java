package org.truce.talks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a round is held: shuttle diplomacy, proximity talks (delegations in one place, each with the mediator), face to face, or by video. */
public enum RoundFormat {
    SHUTTLE,PROXIMITY,FACE_TO_FACE,VIDEO;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RoundFormat> byCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code == null ? null : code.trim())).findFirst();
    }

    @JsonCreator
    public static RoundFormat fromCode(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not one of " + codes()));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(RoundFormat::code).toList();
    }
}
