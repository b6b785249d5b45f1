package org.truce.reports;

import java.time.Instant;

/**
 * One account's upload of an evidence file: what the ledger entry {@code evidence.uploaded}
 * commits to. The same content uploaded again by another account is another upload of the same
 * file; the uploader may read it.
 */
public record EvidenceUpload(String sha256, long sizeBytes, String mediaType, String uploadedBy, String uploaderParty,
                             Instant uploadedAt) {

    public static final String UPLOADED = "evidence.uploaded";
}
