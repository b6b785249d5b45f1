package org.truce.ledger;

/**
 * What the ledger tells one viewer about the record behind one entry, so that the viewer can
 * check the entry's commitment: SHA-256(salt ‖ canonical JSON of {action, actor, content, subject}).
 *
 * <p>{@link Status#DISCLOSED} carries the salt and the content re-derived from storage now; the
 * other two statuses are only ever shown to the mediator, who may see every record, and carry
 * no salt: {@link Status#MISSING} when the record is gone, {@link Status#UNHANDLED} when no
 * feature claims the entry's action, so that nobody can check it.
 */
public record DisclosedRecord(long seq, Status status, String action, String subject, String actor, String salt,
                              Object content) {

    public enum Status {
        DISCLOSED, MISSING, UNHANDLED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
