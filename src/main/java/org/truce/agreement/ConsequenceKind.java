package org.truce.agreement;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a violation entails, in words the verification and compliance features can act on. */
public enum ConsequenceKind {
    /** A violation by one party releases the other from its obligations (the 2025 moratorium). */
    RELEASES_OTHER_PARTY,
    /** A violation suspends the agreement for both parties. */
    SUSPENDS_AGREEMENT,
    /** A violation opens consultations through the mediator; the agreement stays in force. */
    CONSULTATIONS,
    /** Anything else, stated in the consequence's text. */
    OTHER;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public static Optional<ConsequenceKind> byCode(String code) {
        return Codes.byCode(ConsequenceKind.class, code);
    }

    @JsonCreator
    public static ConsequenceKind fromCode(String code) {
        return Codes.fromCode(ConsequenceKind.class, code, "consequence kind");
    }

    public static List<String> codes() {
        return Codes.codes(ConsequenceKind.class);
    }
}
