package org.truce.shared;

import java.util.Map;
import java.util.Objects;

/**
 * What one ledger entry says about one stored record.
 *
 * <p>The ledger commits to {@code content} with a salted SHA-256 over its canonical JSON, so the
 * entry proves the record without revealing it. A confidential recording shows nothing else in
 * the public entry (not even its action or subject, which would let the other party count what it
 * may not see); an open one also shows its action, subject, actor and {@code publicFields}.
 *
 * @param action       what happened, {@code feature.verb} such as {@code report.submitted}
 * @param subject      the id of the record the content belongs to
 * @param content      the record as stored, re-derivable from the database
 * @param confidential whether the entry hides everything but the commitment
 * @param publicFields extra fields shown in an open entry (ignored when confidential)
 */
public record Recording(String action, String subject, Object content, boolean confidential,
                        Map<String, Object> publicFields) {

    public Recording {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(content, "content");
        publicFields = publicFields == null ? Map.of() : Map.copyOf(publicFields);
    }

    public static Recording confidential(String action, String subject, Object content) {
        return new Recording(action, subject, content, true, Map.of());
    }

    public static Recording open(String action, String subject, Object content) {
        return new Recording(action, subject, content, false, Map.of());
    }

    public static Recording open(String action, String subject, Object content, Map<String, Object> publicFields) {
        return new Recording(action, subject, content, false, publicFields);
    }
}
