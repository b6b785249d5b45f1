package org.truce.ledger.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The checkpoints issued so far and the log's key. Written outside the write path on purpose: a
 * checkpoint is a signed statement about the ledger, not a change recorded in it.
 */
@Repository
public class CheckpointStore {

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcTemplate jdbc;

    public CheckpointStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredCheckpoint> latest() {
        return jdbc.query("SELECT size, root_hash, note, issued_at FROM ledger_checkpoint ORDER BY size DESC LIMIT 1",
                CheckpointStore::row).stream().findFirst();
    }

    public Optional<StoredCheckpoint> bySize(long size) {
        return jdbc.query("SELECT size, root_hash, note, issued_at FROM ledger_checkpoint WHERE size = ?",
                CheckpointStore::row, size).stream().findFirst();
    }

    /** Stores a checkpoint; false when one of that size exists already (another instance issued it). */
    public boolean insert(StoredCheckpoint checkpoint) {
        try {
            jdbc.update("INSERT INTO ledger_checkpoint (size, root_hash, note, issued_at) VALUES (?, ?, ?, ?)",
                    checkpoint.size(), HEX.formatHex(checkpoint.rootHash()), checkpoint.note(),
                    OffsetDateTime.ofInstant(checkpoint.issuedAt(), ZoneOffset.UTC));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Records the log's verifier key the first time an instance starts on this database, and
     * returns the key on record (the given one, or the one another instance recorded before).
     */
    public String recordLogKey(String vkey) {
        List<String> existing = jdbc.queryForList("SELECT vkey FROM ledger_log_key WHERE id = 1", String.class);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        try {
            jdbc.update("INSERT INTO ledger_log_key (id, vkey) VALUES (1, ?)", vkey);
            return vkey;
        } catch (DuplicateKeyException e) {
            return jdbc.queryForObject("SELECT vkey FROM ledger_log_key WHERE id = 1", String.class);
        }
    }

    private static StoredCheckpoint row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new StoredCheckpoint(rs.getLong(1), HEX.parseHex(rs.getString(2)), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant());
    }

    /** A checkpoint as issued: tree size, root hash and the signed note (without cosignatures). */
    public record StoredCheckpoint(long size, byte[] rootHash, String note, Instant issuedAt) {
    }
}
