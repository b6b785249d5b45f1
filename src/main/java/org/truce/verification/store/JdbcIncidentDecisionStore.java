package org.truce.verification.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.truce.verification.IncidentDecision;
import org.truce.verification.IncidentDecisionStore;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Repository
public class JdbcIncidentDecisionStore implements IncidentDecisionStore {

    private static final String COLUMNS = "ledger_seq, kind, incident_id, incident_ids, taken, remaining, reports, energy, reason";

    private final JdbcTemplate jdbc;

    public JdbcIncidentDecisionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(IncidentDecision decision, String decidedBy) {
        String sql = "INSERT INTO incident_decision (" + COLUMNS + ", decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        if (decision instanceof IncidentDecision.Split s) {
            jdbc.update(sql, s.seq(), "split", s.incidentId(), null, join(s.taken()), join(s.remaining()), null, null,
                    s.reason(), decidedBy);
        } else if (decision instanceof IncidentDecision.Merge m) {
            jdbc.update(sql, m.seq(), "merge", null, join(m.incidentIds()), null, null, join(m.reports()), null,
                    m.reason(), decidedBy);
        } else if (decision instanceof IncidentDecision.TargetClassified t) {
            jdbc.update(sql, t.seq(), "target", t.incidentId(), null, null, null, join(t.reports()),
                    t.energyInfrastructure(), t.reason(), decidedBy);
        }
    }

    @Override
    public List<IncidentDecision> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM incident_decision ORDER BY ledger_seq", ROWS);
    }

    @Override
    public Optional<IncidentDecision> at(long seq) {
        return jdbc.query("SELECT " + COLUMNS + " FROM incident_decision WHERE ledger_seq = ?", ROWS, seq)
                .stream().findFirst();
    }

    private static final RowMapper<IncidentDecision> ROWS = (rs, i) -> {
        long seq = rs.getLong("ledger_seq");
        String reason = rs.getString("reason");
        return switch (rs.getString("kind")) {
            case "split" -> new IncidentDecision.Split(seq, rs.getString("incident_id"), split(rs.getString("taken")),
                    split(rs.getString("remaining")), reason);
            case "merge" -> new IncidentDecision.Merge(seq, split(rs.getString("incident_ids")),
                    split(rs.getString("reports")), reason);
            default -> new IncidentDecision.TargetClassified(seq, rs.getString("incident_id"),
                    split(rs.getString("reports")), rs.getBoolean("energy"), reason);
        };
    };

    private static String join(List<String> ids) {
        return String.join(",", ids);
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }
}
