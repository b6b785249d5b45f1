package org.truce.agreement;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an agreement, or one of its versions, stands at an instant. */
public enum Status {
    /** The mediator is still editing it; nobody has signed. */
    DRAFT,
    /** Some, not all, parties have signed this exact version. */
    AWAITING_SIGNATURES,
    /** Every party has signed; its effective instant has not come yet. */
    SIGNED_NOT_YET_IN_FORCE,
    /** Signed by every party, on or after its effective instant and before its end. */
    IN_FORCE,
    /** Signed by every party; its end has passed. */
    EXPIRED,
    /** A later version took its place: a signed amendment in force, or a newer draft before it was signed. */
    SUPERSEDED;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }
}
