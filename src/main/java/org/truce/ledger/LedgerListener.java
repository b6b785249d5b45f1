package org.truce.ledger;

import java.util.List;

/**
 * An in-memory index that follows the ledger: DESIGN.md's change feed. Each instance rebuilds its
 * indexes at start and then applies every appended entry, its own and other instances', in
 * sequence order. A listener reads the database; it never writes.
 */
public interface LedgerListener {

    /** Listeners run in ascending order, so an index can rely on the ones it reads being current. */
    default int order() {
        return 0;
    }

    /**
     * Loads the whole index from the database, at start-up. Entries committed while it runs are
     * delivered again afterwards, so {@link #onAppended} must be idempotent.
     */
    default void rebuild() {
    }

    /** Applies a run of consecutive entries, oldest first. */
    void onAppended(List<AppendedEntry> entries);
}
