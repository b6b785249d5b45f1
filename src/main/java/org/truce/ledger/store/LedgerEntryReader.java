package org.truce.ledger.store;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the ledger as it is stored, for serving it (entries, tiles, records) and rebuilding the
 * tree. Rows are returned as found: a row missing or out of place is for the caller, and finally
 * the auditor, to notice, never papered over here.
 */
@Repository
public class LedgerEntryReader {

    private static final HexFormat HEX = HexFormat.of();

    private final JdbcTemplate jdbc;

    public LedgerEntryReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Leaf hashes from {@code fromSeq} on, at most {@code limit}, in sequence order. */
    public List<LeafHash> leafHashes(long fromSeq, int limit) {
        return jdbc.query("SELECT seq, leaf_hash FROM ledger_entry WHERE seq >= ? ORDER BY seq LIMIT ?",
                (rs, i) -> new LeafHash(rs.getLong(1), HEX.parseHex(rs.getString(2))), fromSeq, limit);
    }

    /** The public part of the entries with {@code start <= seq < end}, at most {@code limit}, in order. */
    public List<PublicEntry> publicEntries(long start, long end, int limit) {
        return jdbc.query("SELECT seq, body, leaf_hash FROM ledger_entry WHERE seq >= ? AND seq < ? ORDER BY seq LIMIT ?",
                (rs, i) -> new PublicEntry(rs.getLong(1), rs.getString(2), HEX.parseHex(rs.getString(3))),
                start, end, limit);
    }

    /** Every column of the entries with {@code start <= seq < end}, at most {@code limit}, in order. */
    public List<PrivateEntry> privateEntries(long start, long end, int limit) {
        return jdbc.query("SELECT seq, action, subject, actor, salt, body FROM ledger_entry"
                        + " WHERE seq >= ? AND seq < ? ORDER BY seq LIMIT ?",
                (rs, i) -> new PrivateEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), start, end, limit);
    }

    public Optional<PrivateEntry> privateEntry(long seq) {
        return privateEntries(seq, seq + 1, 1).stream().findFirst();
    }

    /** The number of entries the ledger head counts (the next sequence number). */
    public long headSize() {
        Long size = jdbc.queryForObject("SELECT size FROM ledger_head WHERE id = 1", Long.class);
        return size == null ? 0 : size;
    }

    public record LeafHash(long seq, byte[] hash) {
    }

    /** What anyone may read of an entry: its canonical JSON body and the RFC 6962 leaf hash stored with it. */
    public record PublicEntry(long seq, String body, byte[] leafHash) {
    }

    /** An entry with its private columns: which record it commits to, and the commitment's salt (hex). */
    public record PrivateEntry(long seq, String action, String subject, String actor, String salt, String body) {
    }
}
