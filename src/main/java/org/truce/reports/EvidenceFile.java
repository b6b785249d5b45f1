package org.truce.reports;

import java.time.Instant;

/**
 * An evidence file, stored once by its content's SHA-256 and never overwritten or deleted.
 *
 * @param sha256     lower-case hex digest of the content: its address
 * @param sizeBytes  its size
 * @param mediaType  the type sniffed from the content (not the one the client claimed)
 * @param uploadedAt when it was first uploaded
 */
public record EvidenceFile(String sha256, long sizeBytes, String mediaType, Instant uploadedAt) {
}
