package org.truce.talks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What the mediator told a party: a message, a text version, a suggested package, a proposed change, or the overlap of acceptances. */
public enum DisclosureKind {
    MESSAGE_SENT,TEXT_SHARED,PACKAGE_SUGGESTED,CHANGE_PROPOSED,OVERLAP_REVEALED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DisclosureKind> byCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code == null ? null : code.trim())).findFirst();
    }

    @JsonCreator
    public static DisclosureKind fromCode(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not one of " + codes()));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(DisclosureKind::code).toList();
    }
}
