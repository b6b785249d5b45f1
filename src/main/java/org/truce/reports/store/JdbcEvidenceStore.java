package org.truce.reports.store;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.truce.reports.EvidenceFile;
import org.truce.reports.EvidenceStore;
import org.truce.reports.EvidenceUpload;

@Repository
public class JdbcEvidenceStore implements EvidenceStore {

    private final JdbcTemplate jdbc;

    public JdbcEvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EvidenceFile> file(String sha256) {
        return jdbc.query("SELECT sha256, size_bytes, media_type, uploaded_at FROM evidence_file WHERE sha256 = ?",
                (rs, i) -> new EvidenceFile(rs.getString(1), rs.getLong(2), rs.getString(3),
                        ReportRows.instant(rs, "uploaded_at")), sha256).stream().findFirst();
    }

    @Override
    public void insertUpload(EvidenceUpload upload, long ledgerSeq) {
        if (file(upload.sha256()).isEmpty()) {
            jdbc.update("INSERT INTO evidence_file (sha256, size_bytes, media_type, uploaded_at) VALUES (?, ?, ?, ?)",
                    upload.sha256(), upload.sizeBytes(), upload.mediaType(), ReportRows.utc(upload.uploadedAt()));
        }
        jdbc.update("INSERT INTO evidence_upload (sha256, account_id, uploader_party, uploaded_at, ledger_seq)"
                        + " VALUES (?, ?, ?, ?, ?)", upload.sha256(), upload.uploadedBy(), upload.uploaderParty(),
                ReportRows.utc(upload.uploadedAt()), ledgerSeq);
    }

    @Override
    public boolean uploadedBy(String sha256, String accountId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM evidence_upload WHERE sha256 = ? AND account_id = ?",
                Integer.class, sha256, accountId);
        return count != null && count > 0;
    }

    @Override
    public Optional<EvidenceUpload> uploadAt(long ledgerSeq) {
        return jdbc.query("SELECT u.sha256, f.size_bytes, f.media_type, u.account_id, u.uploader_party, u.uploaded_at"
                        + " FROM evidence_upload u JOIN evidence_file f ON f.sha256 = u.sha256 WHERE u.ledger_seq = ?",
                (rs, i) -> new EvidenceUpload(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), ReportRows.instant(rs, "uploaded_at")), ledgerSeq).stream().findFirst();
    }
}
