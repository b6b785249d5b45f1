package org.truce.talks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a message in a private channel is: a proposal, a question, information, a non-binding remark, or a binding statement. */
public enum MessageType {
    PROPOSAL,QUESTION,INFORMATION,NON_BINDING_REMARK,BINDING_STATEMENT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MessageType> byCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code == null ? null : code.trim())).findFirst();
    }

    @JsonCreator
    public static MessageType fromCode(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not one of " + codes()));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(MessageType::code).toList();
    }
}
