package org.truce.reports.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.truce.shared.store.CopyIn;
import org.truce.shared.store.TableStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.truce.reports.Report;
import org.truce.reports.ReportQuery;
import org.truce.reports.ReportStore;
import org.truce.reports.ReportView;

@Repository
public class JdbcReportStore implements ReportStore {

    private static final int PAGE = 5000;
    private static final int IN_LIST = 1000;

    /** Past this many, the reports committed one by one and not read yet are forgotten (read from the database). */
    static final int COMMITTED_UNREAD_LIMIT = 10_000;

    private final JdbcTemplate jdbc;
    /**
     * The reports this instance committed one by one that no one has asked for by id yet: the verification engine
     * asks for each right after its commit, and gets it from here rather than back from the database (reports are
     * never updated, so a copy cannot go stale; only committed ones are put here).
     */
    private final Map<String, Report> committedUnread = new ConcurrentHashMap<>();

    public JdbcReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inside a transaction the row waits and is inserted with the transaction's other new reports
     * in one batch just before the commit: a group commit of many single submissions then costs one
     * round trip to the database, not one each (a failure there makes the write path retry each
     * write alone, so only the faulty one fails).
     */
    @Override
    public void insert(Report report, long ledgerSeq) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insertAll(List.of(report), List.of(ledgerSeq));
            return;
        }
        PendingRows pending = (PendingRows) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            PendingRows rows = new PendingRows(new ArrayList<>(), new ArrayList<>());
            TransactionSynchronizationManager.bindResource(this, rows);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    insertAll(rows.reports(), rows.seqs());
                }

                @Override
                public void afterCommit() {
                    if (committedUnread.size() + rows.reports().size() > COMMITTED_UNREAD_LIMIT) {
                        committedUnread.clear();
                    }
                    rows.reports().forEach(report -> committedUnread.put(report.id(), report));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JdbcReportStore.this);
                }
            });
            pending = rows;
        }
        pending.reports().add(report);
        pending.seqs().add(ledgerSeq);
    }

    private record PendingRows(List<Report> reports, List<Long> seqs) {
    }

    @Override
    public void afterBulkInsert(long rows) {
        if (rows >= TableStatistics.AFTER_ROWS) {
            TableStatistics.refresh(jdbc, "report");
        }
    }

    @Override
    public void insertAll(List<Report> reports, List<Long> ledgerSeqs) {
        List<Integer> positions = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            positions.add(i);
        }
        if (!CopyIn.copy(jdbc, "report", ReportRows.COLUMNS + ", ledger_seq", positions,
                i -> ReportRows.values(reports.get(i), ledgerSeqs.get(i)))) {
            jdbc.batchUpdate(ReportRows.INSERT, positions, positions.size(),
                    (ps, i) -> ReportRows.bind(ps, reports.get(i), ledgerSeqs.get(i)));
        }
        List<String[]> evidence = new ArrayList<>();
        for (Report report : reports) {
            report.evidence().forEach(hash -> evidence.add(new String[] {report.id(), hash}));
        }
        if (!evidence.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO report_evidence (report_id, sha256) VALUES (?, ?)", evidence, evidence.size(),
                    (ps, pair) -> {
                        ps.setString(1, pair[0]);
                        ps.setString(2, pair[1]);
                    });
        }
    }

    @Override
    public Optional<Report> report(String id) {
        return jdbc.query("SELECT " + ReportRows.COLUMNS + " FROM report WHERE id = ?", (rs, i) -> ReportRows.read(rs), id)
                .stream().findFirst();
    }

    @Override
    public List<Report> reports(Collection<String> ids) {
        List<Report> found = new ArrayList<>(ids.size());
        List<String> all = new ArrayList<>(ids.size());
        for (String id : ids) {
            Report committed = committedUnread.remove(id);
            if (committed != null) {
                found.add(committed);
            } else {
                all.add(id);
            }
        }
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            found.addAll(jdbc.query("SELECT " + ReportRows.COLUMNS + " FROM report WHERE id IN (" + marks + ")",
                    (rs, i) -> ReportRows.read(rs), chunk.toArray()));
        }
        return found;
    }

    @Override
    public Optional<Long> ledgerSeq(String id) {
        return jdbc.queryForList("SELECT ledger_seq FROM report WHERE id = ?", Long.class, id).stream().findFirst();
    }

    @Override
    public Optional<String> supersededBy(String id) {
        return jdbc.queryForList("SELECT id FROM report WHERE supersedes = ?", String.class, id).stream().findFirst();
    }

    @Override
    public boolean exists(String submittedBy, String externalRef) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE external_ref = ? AND submitted_by = ?",
                Integer.class, externalRef, submittedBy);
        return found != null && found > 0;
    }

    @Override
    public List<ReportView> page(ReportQuery query, Visibility visibility) {
        ReportSql sql = ReportSql.of(query, visibility);
        if (sql == null) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>(sql.supersededByArguments());
        arguments.addAll(sql.arguments());
        arguments.add(query.limit() + 1);
        return jdbc.query("SELECT " + prefixed() + ", (SELECT s.id FROM report s WHERE s.supersedes = r.id"
                        + sql.supersederVisible() + ") AS superseded_by FROM report r" + sql.where()
                        + " ORDER BY r.id LIMIT ?",
                (rs, i) -> new ReportView(ReportRows.read(rs), rs.getString("superseded_by")), arguments.toArray());
    }

    @Override
    public long count(ReportQuery query, Visibility visibility) {
        ReportSql sql = ReportSql.of(query, visibility);
        if (sql == null) {
            return 0;
        }
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM report r" + sql.where(), Long.class,
                sql.arguments().toArray());
        return count == null ? 0 : count;
    }

    @Override
    public List<String> listing(String sha256) {
        return jdbc.queryForList("SELECT report_id FROM report_evidence WHERE sha256 = ? ORDER BY report_id", String.class,
                sha256);
    }

    @Override
    public void forEach(Consumer<Report> consumer) {
        String after = "";
        while (true) {
            List<Report> page = jdbc.query("SELECT " + ReportRows.COLUMNS + " FROM report WHERE id > ? ORDER BY id LIMIT ?",
                    (rs, i) -> ReportRows.read(rs), after, PAGE);
            page.forEach(consumer);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private static String prefixed() {
        return "r." + ReportRows.COLUMNS.replace(", ", ", r.");
    }
}
