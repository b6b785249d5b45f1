package org.truce.ledger;

import java.util.List;

/**
 * A Truce log as an auditor reaches it from outside (over HTTP in {@code truce audit}). Nothing
 * it returns is trusted: {@link LedgerAudit} checks all of it against the signed checkpoint.
 * Methods throw {@link Unavailable} when the log cannot answer.
 */
public interface AuditedLog {

    /** The log's verifier key as it serves it ({@code name+id+base64}). */
    String publicKey();

    /** The latest checkpoint: a signed note, possibly with cosignature lines. */
    String checkpoint();

    /** The cosigners' verifier keys of the checkpoint of that size, as the log states them. */
    List<String> cosignerKeys(long size);

    /** An RFC 9162 consistency proof between two tree sizes. */
    List<byte[]> consistencyProof(long first, long second);

    /** Entries with {@code start <= seq < end}, in order, possibly fewer (a page). */
    List<Entry> entries(long start, long end);

    /** The records behind entries in {@code [start, end)} that the auditor's token may see (a page). */
    List<Record> records(long start, long end);

    /** One served entry: the sequence number it is stored under, its body and stored leaf hash. */
    record Entry(long seq, String body, byte[] leafHash) {
    }

    /**
     * One disclosed record: status {@code disclosed} with salt (hex) and content, or
     * {@code missing} / {@code unhandled} (shown to the mediator only) without.
     */
    record Record(long seq, String status, String action, String subject, String actor, String salt, Object content) {
    }

    /** The log did not answer as its API says it should. */
    final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message);
        }

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
