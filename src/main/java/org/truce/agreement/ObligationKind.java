package org.truce.agreement;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a party undertakes to do besides refraining from strikes. */
public enum ObligationKind {
    /** Notify the mediator (and through it the other party) of an incident within a number of hours. */
    NOTIFY_INCIDENT,
    /** Anything else, stated in the obligation's text. */
    OTHER;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public static Optional<ObligationKind> byCode(String code) {
        return Codes.byCode(ObligationKind.class, code);
    }

    @JsonCreator
    public static ObligationKind fromCode(String code) {
        return Codes.fromCode(ObligationKind.class, code, "obligation kind");
    }

    public static List<String> codes() {
        return Codes.codes(ObligationKind.class);
    }
}
