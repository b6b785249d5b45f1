package org.truce.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The roles of DESIGN.md. Public is the role of anyone without an account. */
public enum Role {
    MEDIATOR, PARTY, MONITOR, PUBLIC;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @JsonCreator
    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equalsIgnoreCase(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "'; expected mediator, party, monitor or public");
    }
}
