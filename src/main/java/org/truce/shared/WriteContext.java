package org.truce.shared;

import java.time.Instant;

/** What a {@link Write} sees while it runs: the actor, the commit's clock, and the ledger. */
public interface WriteContext {

    Viewer actor();

    /** The time of this change, the same for every entry it records (millisecond precision). */
    Instant now();

    /**
     * Appends one ledger entry for a record this write stores, and returns its sequence number.
     * A write records at least one entry; the content must be re-derivable later from the stored
     * record so that anyone entitled to see it can check it against the entry.
     */
    long record(Recording recording);

    /**
     * Appends one entry per recording, in order, and returns their sequence numbers: the same as
     * {@link #record} for each, with the commitments computed on every core (a bulk import).
     */
    default long[] recordAll(java.util.List<Recording> recordings) {
        long[] seqs = new long[recordings.size()];
        for (int i = 0; i < seqs.length; i++) {
            seqs[i] = record(recordings.get(i));
        }
        return seqs;
    }
}
