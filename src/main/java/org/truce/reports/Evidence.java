package org.truce.reports;

import java.io.InputStream;
import java.util.Optional;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.NotFound;
import org.truce.shared.Recording;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;

/**
 * Evidence files: uploaded by anyone signed in, stored by content hash, readable by their
 * uploaders and by whoever may read a report that lists them; to everyone else they do not exist.
 */
public final class Evidence {

    private final WritePath writes;
    private final EvidenceStore store;
    private final EvidenceFiles files;
    private final ReportStore reports;
    private final ReportAccess access;
    private final long maxBytes;

    public Evidence(WritePath writes, EvidenceStore store, EvidenceFiles files, ReportStore reports,
                    ReportAccess access, long maxBytes) {
        this.writes = writes;
        this.store = store;
        this.files = files;
        this.reports = reports;
        this.access = access;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Stores the content (streamed, within the size limit, of an accepted type) and records the upload. */
    public EvidenceFile upload(Viewer uploader, InputStream content) {
        AccessRules.require(uploader, Kind.EVIDENCE, Action.UPLOAD, Facts.NONE);
        EvidenceFiles.Stored stored = files.store(content, maxBytes, "file");
        if (store.uploadedBy(stored.sha256(), uploader.accountId())) {
            return store.file(stored.sha256()).orElseThrow();
        }
        return writes.write(uploader, tx -> {
            EvidenceUpload upload = new EvidenceUpload(stored.sha256(), stored.sizeBytes(), stored.mediaType(),
                    uploader.accountId(), uploader.party(), tx.now());
            long seq = tx.record(Recording.confidential(EvidenceUpload.UPLOADED, stored.sha256(), upload));
            store.insertUpload(upload, seq);
            return store.file(stored.sha256()).orElseThrow();
        });
    }

    /** Whether the viewer uploaded the file or may read a report that lists it. */
    public boolean mayRead(Viewer viewer, String sha256) {
        // the mediator, who audits the whole ledger, reads every file, listed by a report yet or not;
        // everyone else reads a file once a report they may read lists it, or when they uploaded it
        if (AccessRules.allows(viewer, Kind.EVIDENCE, Action.READ, Facts.NONE)
                || store.uploadedBy(sha256, viewer.accountId())) {
            return true;
        }
        for (String reportId : reports.listing(sha256)) {
            Optional<Report> report = reports.report(reportId);
            if (report.isPresent() && access.mayRead(viewer, report.get())) {
                return true;
            }
        }
        return false;
    }

    /** The file's metadata, or not-found when it does not exist or the viewer may not read it. */
    public EvidenceFile describe(Viewer viewer, String sha256) {
        String hash = sha256 == null ? "" : sha256.toLowerCase(java.util.Locale.ROOT);
        Optional<EvidenceFile> file = hash.matches("[0-9a-f]{64}") ? store.file(hash) : Optional.empty();
        if (file.isEmpty() || !mayRead(viewer, hash)) {
            throw new NotFound("evidence file", sha256);
        }
        return file.get();
    }

    /** The content, for a viewer who may read it (see {@link #describe}). */
    public InputStream open(Viewer viewer, EvidenceFile file) {
        if (!mayRead(viewer, file.sha256())) {
            throw new NotFound("evidence file", file.sha256());
        }
        return files.open(file.sha256());
    }
}
