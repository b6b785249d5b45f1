package org.truce.reports.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.reports.Claim;
import org.truce.reports.GeoPrecision;
import org.truce.reports.Outcome;
import org.truce.reports.Report;
import org.truce.reports.ReportLocation;
import org.truce.reports.ReportSource;
import org.truce.reports.ReportTime;
import org.truce.reports.SourceKind;
import org.truce.reports.Target;
import org.truce.shared.Category;
import org.truce.shared.Ids;
import org.truce.shared.Means;
import org.truce.testing.IntegrationTest;

/**
 * The verification engine reads each report committed one by one right after its commit: it gets it from memory, not
 * back from the database, and never one whose transaction did not commit.
 */
class JdbcReportStoreTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private static Report report() {
        Claim claim = new Claim(new ReportSource(SourceKind.MONITOR, null, null, null, null),
                ReportTime.exact(Instant.parse("2025-03-21T14:05:00Z")), null,
                new ReportLocation(51.19, 35.27, 50, GeoPrecision.SITE, "RU-KRS", "RU", false), List.of("RU-KRS"),
                new Target(null, Category.GAS_METERING, "station"), Means.DRONE, Outcome.HIT, "UA", null, null,
                List.of(), null, null);
        return Report.accept(Ids.next(Report.ID_PREFIX), Instant.parse("2025-03-22T00:00:00Z"), "acc_test", "monitor",
                null, claim);
    }

    @Test
    void aReportCommittedOneByOneIsHandedOnceFromMemoryAndAnUncommittedOneNever() {
        JdbcReportStore store = new JdbcReportStore(jdbc);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        Report committed = report();
        Report rolledBack = report();
        transactions.executeWithoutResult(status -> store.insert(committed, 9_000_000_001L));
        transactions.executeWithoutResult(status -> {
            store.insert(rolledBack, 9_000_000_002L);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE id IN (?, ?)", Integer.class,
                committed.id(), rolledBack.id())).as("only the committed one is in the database").isEqualTo(1);

        // the row is gone from the database: what comes back can only have come from memory
        jdbc.update("DELETE FROM report WHERE id = ?", committed.id());
        assertThat(store.reports(List.of(committed.id(), rolledBack.id()))).containsExactly(committed);
        assertThat(store.reports(List.of(committed.id()))).as("handed once; afterwards read from the database").isEmpty();
    }
}
