package org.truce.ledger;

import java.util.Optional;

import org.truce.shared.Viewer;

/**
 * How the ledger finds, for an entry, the record it commits to, re-derived from the database as
 * it is now, so that an auditor can check that nothing was rewritten. Each feature that records
 * entries provides one.
 */
public interface LedgerRecordSource {

    /** Whether this source owns the records of entries with this action. */
    boolean handles(String action);

    /**
     * The content as it was committed, rebuilt from storage; empty when the viewer may not see
     * it (or it is gone, which the audit will report as a mismatch).
     */
    Optional<Object> content(String action, String subject, long seq, Viewer viewer);
}
