package org.truce.shared;

/**
 * One state change. It runs inside the write path's transaction, may run more than once (when
 * another change in the same group commit fails, the rest are retried), and must therefore only
 * touch the database, never in-memory state: indexes follow the ledger after commit.
 */
@FunctionalInterface
public interface Write<T> {

    T apply(WriteContext context);
}
