package org.truce.talks.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.truce.talks.RecordKind;
import org.truce.talks.TalksRecord;
import org.truce.talks.TalksStore;

@Repository
public class JdbcTalksStore implements TalksStore {

    private static final String COLUMNS = "ledger_seq, id, talks_id, kind, party, ref, unique_key, content, recorded_at, recorded_by";

    private final JdbcTemplate jdbc;

    public JdbcTalksStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TalksRecord> records(String talksId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM talks_record WHERE talks_id = ? ORDER BY ledger_seq",
                JdbcTalksStore::record, talksId);
    }

    @Override
    public List<String> talksIds() {
        return jdbc.queryForList("SELECT id FROM talks_record WHERE kind = ? ORDER BY ledger_seq", String.class,
                RecordKind.TALKS.code());
    }

    @Override
    public Optional<TalksRecord> recordAt(long seq) {
        return jdbc.query("SELECT " + COLUMNS + " FROM talks_record WHERE ledger_seq = ?", JdbcTalksStore::record, seq)
                .stream().findFirst();
    }

    @Override
    public boolean insert(TalksRecord r) {
        Object[] values = {r.seq(), r.id(), r.talksId(), r.kind().code(), r.party(), r.ref(), r.uniqueKey(), r.content(),
                OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC), r.recordedBy()};
        if (r.uniqueKey() == null) {
            return jdbc.update("INSERT INTO talks_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values) == 1;
        }
        Object[] guarded = java.util.Arrays.copyOf(values, values.length + 1);
        guarded[values.length] = r.uniqueKey();
        return jdbc.update("INSERT INTO talks_record (" + COLUMNS + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM talks_record WHERE unique_key = ?)", guarded) == 1;
    }

    private static TalksRecord record(ResultSet rs, int row) throws SQLException {
        return new TalksRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                RecordKind.byCode(rs.getString(4)).orElseThrow(() -> new IllegalStateException("unknown talks record kind")),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getString(10));
    }
}
