package org.truce.reports;

import java.io.InputStream;

/**
 * The evidence files' content, addressed by SHA-256: stored once, never overwritten or deleted.
 * The implementation lives at the edge (the file system under the data folder).
 */
public interface EvidenceFiles {

    /**
     * Streams the content to storage, hashing it on the way, and sniffs its type; never holds it
     * whole in memory.
     *
     * @throws org.truce.shared.TooLarge     past {@code maxBytes}, as soon as they are exceeded (nothing is kept)
     * @throws org.truce.shared.InvalidInput when the type is not on the allow-list (nothing is kept)
     */
    Stored store(InputStream content, long maxBytes, String field);

    /** The content of a stored file. */
    InputStream open(String sha256);

    /** What storing a file found out. */
    record Stored(String sha256, long sizeBytes, String mediaType) {
    }
}
