package org.truce.shared;

/**
 * The one write path of DESIGN.md: every state change runs as a {@link Write} inside one
 * database transaction that also appends its ledger entries, and {@link #write} returns only
 * once that transaction is durable and this instance's in-memory indexes have seen it.
 */
public interface WritePath {

    /**
     * Runs the write and returns its result once committed.
     *
     * @throws Problem whatever the write threw to refuse the change; nothing was written
     */
    <T> T write(Viewer actor, Write<T> write);
}
