package org.truce.reports;

import java.util.function.Consumer;

/**
 * Where a bulk import keeps its validated claims between validation and writing, so that memory
 * stays bounded: a temporary file, read as often as the write path runs the write.
 */
public interface ClaimSpool extends AutoCloseable {

    void add(Claim claim);

    /** Every claim added, in order; may be called more than once. */
    void forEach(Consumer<Claim> consumer);

    @Override
    void close();
}
