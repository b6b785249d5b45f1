package org.truce.reports;

import java.util.Optional;

/** The evidence files' metadata; writes run inside the write path's transaction. */
public interface EvidenceStore {

    Optional<EvidenceFile> file(String sha256);

    /** Records the file when it is new, and the upload. */
    void insertUpload(EvidenceUpload upload, long ledgerSeq);

    boolean uploadedBy(String sha256, String accountId);

    /** The upload an entry committed to. */
    Optional<EvidenceUpload> uploadAt(long ledgerSeq);
}
