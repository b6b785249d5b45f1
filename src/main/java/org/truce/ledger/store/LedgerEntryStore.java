package org.truce.ledger.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.truce.ledger.AppendedEntry;
import org.truce.ledger.MerkleHashes;
import org.truce.shared.store.CopyIn;
import org.truce.shared.store.TableStatistics;

/** SQL of the ledger tables. Callers run inside the write path's transaction when they write. */
@Repository
public class LedgerEntryStore {

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcTemplate jdbc;

    public LedgerEntryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the ledger's lock for this transaction and returns the next sequence number. */
    long lockHead() {
        Long size = jdbc.queryForObject("SELECT size FROM ledger_head WHERE id = 1 FOR UPDATE", Long.class);
        if (size == null) {
            throw new IllegalStateException("ledger_head has no row");
        }
        return size;
    }

    void setHead(long size) {
        jdbc.update("UPDATE ledger_head SET size = ? WHERE id = 1", size);
    }

    public long size() {
        Long size = jdbc.queryForObject("SELECT size FROM ledger_head WHERE id = 1", Long.class);
        return size == null ? 0 : size;
    }

    /** After a write that added many entries (a bulk import): see {@link TableStatistics}. */
    void refreshStatistics() {
        TableStatistics.refresh(jdbc, "ledger_entry");
    }

    void insert(List<PendingEntry> entries) {
        if (CopyIn.copy(jdbc, "ledger_entry", "seq, recorded_at, action, subject, actor, salt, body, leaf_hash", entries,
                e -> new Object[] {e.seq(), e.time(), e.action(), e.subject(), e.actor(), e.salt(), e.body(), e.leafHash()})) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO ledger_entry (seq, recorded_at, action, subject, actor, salt, body, leaf_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entries, entries.size(),
                (ps, entry) -> {
                    ps.setLong(1, entry.seq());
                    ps.setObject(2, OffsetDateTime.ofInstant(entry.time(), ZoneOffset.UTC));
                    ps.setString(3, entry.action());
                    ps.setString(4, entry.subject());
                    ps.setString(5, entry.actor());
                    ps.setString(6, entry.salt());
                    ps.setString(7, entry.body());
                    ps.setString(8, entry.leafHash());
                });
    }

    /** Entries from {@code fromSeq} on, at most {@code limit}, in order. */
    public List<AppendedEntry> appendedFrom(long fromSeq, int limit) {
        return jdbc.query("SELECT seq, recorded_at, action, subject, actor, leaf_hash FROM ledger_entry"
                        + " WHERE seq >= ? ORDER BY seq LIMIT ?",
                (rs, i) -> new AppendedEntry(rs.getLong(1), instant(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getString(5), HEX.parseHex(rs.getString(6))),
                fromSeq, limit);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** RFC 6962 leaf hash of an entry body: SHA-256(0x00 ‖ body). */
    static String leafHash(String body) {
        return HEX.formatHex(MerkleHashes.leafHash(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** An entry built during a group commit, before it is inserted. */
    record PendingEntry(long seq, Instant time, String action, String subject, String actor, String salt,
                        String body, String leafHash) {
    }
}
