package org.truce.verification.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.truce.verification.Alert;
import org.truce.verification.Allegation;
import org.truce.verification.Assessment;
import org.truce.verification.AssessmentStore;
import org.truce.verification.Assignment;
import org.truce.verification.Grade;
import org.truce.verification.Reply;

@Repository
public class JdbcAssessmentStore implements AssessmentStore {

    private static final String ASSESSMENT = "SELECT a.id, a.incident_id, a.supersedes, a.created_by, a.created_at, "
            + "a.published_by, a.published_at, a.publish_seq, r.revision, r.grade, r.attribution, r.confidence, "
            + "r.rationale, r.evidence, r.assessed_by, r.assessed_at, r.ledger_seq FROM assessment a "
            + "JOIN assessment_revision r ON r.assessment_id = a.id AND r.revision = "
            + "(SELECT MAX(x.revision) FROM assessment_revision x WHERE x.assessment_id = a.id)";

    private final JdbcTemplate jdbc;

    public JdbcAssessmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- assessments ----

    @Override
    public void insertAssessment(Assessment a) {
        jdbc.update("INSERT INTO assessment (id, incident_id, supersedes, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                a.id(), a.incidentId(), a.supersedes(), a.createdBy(), utc(a.createdAt()));
        insertRevision(a);
    }

    @Override
    public void insertRevision(Assessment a) {
        jdbc.update("INSERT INTO assessment_revision (assessment_id, revision, grade, attribution, confidence, rationale, "
                        + "evidence, assessed_by, assessed_at, ledger_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.revision(), a.grade().code(), a.attribution(), a.confidence(), a.rationale(),
                String.join(" ", a.evidence()), a.assessedBy(), utc(a.assessedAt()), a.seq());
    }

    @Override
    public void markPublished(String id, String by, Instant at, long seq, List<String> publishedReports) {
        int updated = jdbc.update("UPDATE assessment SET published_by = ?, published_at = ?, publish_seq = ? "
                + "WHERE id = ? AND published_at IS NULL", by, utc(at), seq, id);
        if (updated != 1) {
            throw new IllegalStateException("assessment " + id + " was published meanwhile");
        }
        if (!publishedReports.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO assessment_published_report (assessment_id, report_id) VALUES (?, ?)",
                    publishedReports, publishedReports.size(), (ps, report) -> {
                        ps.setString(1, id);
                        ps.setString(2, report);
                    });
        }
    }

    @Override
    public Optional<Assessment> assessment(String id) {
        return jdbc.query(ASSESSMENT + " WHERE a.id = ?", (rs, i) -> assessment(rs), id).stream().findFirst();
    }

    @Override
    public Optional<Assessment.Revision> revisionAt(String id, long seq) {
        return jdbc.query("SELECT a.incident_id, a.supersedes, r.* FROM assessment a JOIN assessment_revision r "
                        + "ON r.assessment_id = a.id WHERE a.id = ? AND r.ledger_seq = ?",
                (rs, i) -> new Assessment.Revision(id, rs.getString("incident_id"), rs.getInt("revision"),
                        rs.getString("grade"), rs.getString("attribution"), rs.getString("confidence"),
                        rs.getString("rationale"), words(rs.getString("evidence")), rs.getString("assessed_by"),
                        instant(rs, "assessed_at"), rs.getString("supersedes")), id, seq).stream().findFirst();
    }

    @Override
    public Optional<Assessment.Publication> publicationAt(String id, long seq) {
        return jdbc.query("SELECT incident_id, published_by, published_at FROM assessment WHERE id = ? AND publish_seq = ?",
                (rs, i) -> new Assessment.Publication(id, rs.getString("incident_id"), rs.getString("published_by"),
                        instant(rs, "published_at"), publishedReports(id)), id, seq).stream().findFirst();
    }

    @Override
    public List<Assessment> assessmentsOf(String incidentId) {
        return jdbc.query(ASSESSMENT + " WHERE a.incident_id = ? ORDER BY a.created_at, a.id", (rs, i) -> assessment(rs),
                incidentId);
    }

    @Override
    public boolean superseded(String id) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE supersedes = ?", Integer.class, id);
        return n != null && n > 0;
    }

    private Assessment assessment(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        Instant publishedAt = instant(rs, "published_at");
        long publishSeq = rs.getLong("publish_seq");
        return new Assessment(id, rs.getString("incident_id"), rs.getInt("revision"), Grade.fromCode(rs.getString("grade")),
                rs.getString("attribution"), rs.getString("confidence"), rs.getString("rationale"),
                words(rs.getString("evidence")), rs.getString("assessed_by"), instant(rs, "assessed_at"),
                rs.getString("supersedes"), rs.getString("created_by"), instant(rs, "created_at"),
                rs.getLong("ledger_seq"), rs.getString("published_by"), publishedAt,
                publishedAt == null ? null : publishSeq, publishedAt == null ? List.of() : publishedReports(id));
    }

    private List<String> publishedReports(String id) {
        // sorted here, not by the database's collation, as the committed content was
        return jdbc.queryForList("SELECT report_id FROM assessment_published_report WHERE assessment_id = ?",
                String.class, id).stream().sorted().toList();
    }

    // ---- allegations ----

    @Override
    public void insertAllegation(Allegation a, long seq) {
        jdbc.update("INSERT INTO allegation (id, incident_id, party, reply_by, put_by, put_at, ledger_seq) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", a.id(), a.incidentId(), a.party(), utc(a.replyBy()), a.putBy(),
                utc(a.putAt()), seq);
        jdbc.batchUpdate("INSERT INTO allegation_report (allegation_id, report_id) VALUES (?, ?)", a.reports(),
                a.reports().size(), (ps, report) -> {
                    ps.setString(1, a.id());
                    ps.setString(2, report);
                });
    }

    @Override
    public Optional<Allegation> allegationAt(String id, long seq) {
        return jdbc.query("SELECT * FROM allegation WHERE id = ? AND ledger_seq = ?", (rs, i) -> allegation(rs), id, seq)
                .stream().findFirst();
    }

    @Override
    public List<Allegation> allegationsOf(String incidentId) {
        return jdbc.query("SELECT * FROM allegation WHERE incident_id = ? ORDER BY ledger_seq", (rs, i) -> allegation(rs),
                incidentId);
    }

    private Allegation allegation(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<String> reports = jdbc.queryForList("SELECT report_id FROM allegation_report WHERE allegation_id = ?",
                String.class, id).stream().sorted().toList();
        return new Allegation(id, rs.getString("incident_id"), rs.getString("party"), instant(rs, "reply_by"),
                rs.getString("put_by"), instant(rs, "put_at"), reports);
    }

    // ---- replies ----

    @Override
    public void insertReply(Reply r, long seq) {
        jdbc.update("INSERT INTO incident_reply (id, incident_id, party, reply_text, evidence, replied_by, replied_at, "
                        + "ledger_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.incidentId(), r.party(), r.text(),
                String.join(" ", r.evidence()), r.repliedBy(), utc(r.repliedAt()), seq);
    }

    @Override
    public Optional<Reply> replyAt(String id, long seq) {
        return jdbc.query("SELECT * FROM incident_reply WHERE id = ? AND ledger_seq = ?", (rs, i) -> reply(rs), id, seq)
                .stream().findFirst();
    }

    @Override
    public List<Reply> repliesOf(String incidentId) {
        return jdbc.query("SELECT * FROM incident_reply WHERE incident_id = ? ORDER BY ledger_seq", (rs, i) -> reply(rs),
                incidentId);
    }

    private static Reply reply(ResultSet rs) throws SQLException {
        return new Reply(rs.getString("id"), rs.getString("incident_id"), rs.getString("party"),
                rs.getString("reply_text"), words(rs.getString("evidence")), rs.getString("replied_by"),
                instant(rs, "replied_at"), rs.getLong("ledger_seq"));
    }

    // ---- assignments ----

    @Override
    public void insertAssignment(Assignment a, long seq) {
        jdbc.update("INSERT INTO queue_assignment (ledger_seq, incident_id, assignee, assigned_by, assigned_at) "
                + "VALUES (?, ?, ?, ?, ?)", seq, a.incidentId(), a.assignee(), a.assignedBy(), utc(a.assignedAt()));
    }

    @Override
    public Optional<Assignment> assignmentAt(long seq) {
        return jdbc.query("SELECT * FROM queue_assignment WHERE ledger_seq = ?", (rs, i) -> assignment(rs), seq)
                .stream().findFirst();
    }

    @Override
    public Optional<Assignment> assignmentOf(String incidentId) {
        return jdbc.query("SELECT * FROM queue_assignment WHERE incident_id = ? ORDER BY ledger_seq DESC LIMIT 1",
                (rs, i) -> assignment(rs), incidentId).stream().findFirst();
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        return new Assignment(rs.getString("incident_id"), rs.getString("assignee"), rs.getString("assigned_by"),
                instant(rs, "assigned_at"));
    }

    @Override
    public List<String> incidentsWithRecords() {
        return jdbc.queryForList("SELECT incident_id FROM assessment UNION SELECT incident_id FROM allegation "
                + "UNION SELECT incident_id FROM incident_reply UNION SELECT incident_id FROM queue_assignment", String.class);
    }

    @Override
    public Optional<String> incidentOf(String action, String subject, long seq) {
        String sql = switch (action) {
            case Assessment.RECORDED, Assessment.REVISED, Assessment.PUBLISHED ->
                    "SELECT incident_id FROM assessment WHERE id = ?";
            case Allegation.PUT -> "SELECT incident_id FROM allegation WHERE id = ?";
            case Reply.SUBMITTED -> "SELECT incident_id FROM incident_reply WHERE id = ?";
            case Assignment.ASSIGNED -> null;
            default -> null;
        };
        if (action.equals(Assignment.ASSIGNED)) {
            return Optional.of(subject);
        }
        return sql == null ? Optional.empty()
                : jdbc.queryForList(sql, String.class, subject).stream().findFirst();
    }

    // ---- alerts ----

    @Override
    public void insertAlert(Alert.Raised a, long seq) {
        jdbc.update("INSERT INTO alert (id, incident_id, kind, raised_at, summary, ledger_seq) VALUES (?, ?, ?, ?, ?, ?)",
                a.alert(), a.incident(), a.kind(), utc(a.raisedAt()), a.summary(), seq);
    }

    @Override
    public Optional<Alert.Raised> alertAt(String id, long seq) {
        return jdbc.query("SELECT * FROM alert WHERE id = ? AND ledger_seq = ?", (rs, i) -> new Alert.Raised(
                rs.getString("id"), rs.getString("incident_id"), rs.getString("kind"), instant(rs, "raised_at"),
                rs.getString("summary")), id, seq).stream().findFirst();
    }

    @Override
    public boolean alerted(String incidentId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM alert WHERE incident_id = ?", Integer.class, incidentId);
        return n != null && n > 0;
    }

    @Override
    public List<String> alertedIncidents() {
        return jdbc.queryForList("SELECT incident_id FROM alert", String.class);
    }

    @Override
    public List<Alert> alerts(Long before, int limit) {
        List<Object> args = new ArrayList<>();
        String where = "";
        if (before != null) {
            where = " WHERE a.ledger_seq < ?";
            args.add(before);
        }
        args.add(limit);
        return jdbc.query("SELECT a.*, d.outcome FROM alert a LEFT JOIN alert_delivery d ON d.alert_id = a.id" + where
                        + " ORDER BY a.ledger_seq DESC LIMIT ?",
                (rs, i) -> new Alert(rs.getString("id"), rs.getString("incident_id"), rs.getString("kind"),
                        instant(rs, "raised_at"), rs.getString("summary"), rs.getLong("ledger_seq"),
                        rs.getString("outcome")), args.toArray());
    }

    @Override
    public void insertDelivery(Alert.Delivery d, long seq) {
        jdbc.update("INSERT INTO alert_delivery (alert_id, outcome, attempts, status_code, detail, recorded_at, ledger_seq) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", d.alert(), d.outcome(), d.attempts(), d.statusCode(), d.detail(),
                utc(d.recordedAt()), seq);
    }

    @Override
    public Optional<Alert.Delivery> deliveryAt(String alertId, long seq) {
        return jdbc.query("SELECT * FROM alert_delivery WHERE alert_id = ? AND ledger_seq = ?", (rs, i) -> {
            int status = rs.getInt("status_code");
            Integer code = rs.wasNull() ? null : status;
            return new Alert.Delivery(rs.getString("alert_id"), rs.getString("outcome"), rs.getInt("attempts"), code,
                    rs.getString("detail"), instant(rs, "recorded_at"));
        }, alertId, seq).stream().findFirst();
    }

    // ----

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
