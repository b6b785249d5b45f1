package org.truce.ledger.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.truce.ledger.CheckpointCosignature;
import org.truce.ledger.CosignerKeyRegistration;

/** Cosignatures of checkpoints, and the monitors' cosigner keys. */
@Repository
public class CosignatureStore {

    private static final String COSIGNATURE_COLUMNS =
            "id, checkpoint_size, cosigner, key_name, key_id, public_key, signed_time, signature, cosigned_at";

    private final JdbcTemplate jdbc;

    public CosignatureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CheckpointCosignature c, long ledgerSeq) {
        jdbc.update("INSERT INTO ledger_cosignature (" + COSIGNATURE_COLUMNS + ", ledger_seq)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(), c.checkpointSize(), c.cosigner(), c.keyName(), c.keyId(), c.publicKey(), c.timestamp(),
                c.signature(), OffsetDateTime.ofInstant(c.cosignedAt(), ZoneOffset.UTC), ledgerSeq);
    }

    public List<CheckpointCosignature> forCheckpoint(long size) {
        return jdbc.query("SELECT " + COSIGNATURE_COLUMNS + " FROM ledger_cosignature WHERE checkpoint_size = ?"
                + " ORDER BY cosigned_at, id", CosignatureStore::cosignature, size);
    }

    boolean exists(long size, String cosigner) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_cosignature WHERE checkpoint_size = ?"
                + " AND cosigner = ?", Integer.class, size, cosigner);
        return count != null && count > 0;
    }

    /** The cosignature recorded by entry {@code seq}, as it is stored now. */
    Optional<CheckpointCosignature> recordedBy(String id, long seq) {
        return jdbc.query("SELECT " + COSIGNATURE_COLUMNS + " FROM ledger_cosignature WHERE id = ? AND ledger_seq = ?",
                CosignatureStore::cosignature, id, seq).stream().findFirst();
    }

    void insertKey(CosignerKeyRegistration key, long ledgerSeq) {
        jdbc.update("INSERT INTO ledger_cosigner_key (account_id, username, public_key, registered_at, ledger_seq)"
                        + " VALUES (?, ?, ?, ?, ?)", key.accountId(), key.username(), key.publicKey(),
                OffsetDateTime.ofInstant(key.registeredAt(), ZoneOffset.UTC), ledgerSeq);
    }

    /** The key in force for a monitor's account: its latest registration. */
    Optional<CosignerKeyRegistration> currentKey(String accountId) {
        return jdbc.query("SELECT account_id, username, public_key, registered_at FROM ledger_cosigner_key"
                        + " WHERE account_id = ? ORDER BY ledger_seq DESC LIMIT 1", CosignatureStore::key, accountId)
                .stream().findFirst();
    }

    Optional<CosignerKeyRegistration> keyRecordedBy(String accountId, long seq) {
        return jdbc.query("SELECT account_id, username, public_key, registered_at FROM ledger_cosigner_key"
                + " WHERE account_id = ? AND ledger_seq = ?", CosignatureStore::key, accountId, seq).stream().findFirst();
    }

    private static CheckpointCosignature cosignature(ResultSet rs, int row) throws SQLException {
        return new CheckpointCosignature(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class).toInstant());
    }

    private static CosignerKeyRegistration key(ResultSet rs, int row) throws SQLException {
        return new CosignerKeyRegistration(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant());
    }
}
