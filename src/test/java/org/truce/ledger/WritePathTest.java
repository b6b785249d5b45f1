package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.truce.access.Accounts;
import org.truce.shared.Conflict;
import org.truce.shared.Recording;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;
import org.truce.testing.TestApplications;
import org.truce.testing.TestDatabase;

/** The one write path: concurrent writers, one gap-free order, failures that leave nothing behind. */
class WritePathTest {

    private static final String DATABASE = "truce_writepath";
    private static final Viewer SYSTEM = Viewer.system("test");
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        app = TestApplications.start(DATABASE, TestDatabase.fresh(DATABASE));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void concurrentWritersGetOneGapFreeOrderAndEveryWriteIsInTheLedger() throws Exception {
        Accounts accounts = app.getBean(Accounts.class);
        long before = ledgerSize();
        int threads = 16;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String prefix = "W" + (char) ('A' + t);
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    accounts.createParty(SYSTEM, prefix + (char) ('A' + i / 26) + (char) ('A' + i % 26), "party " + i);
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();

        assertThat(ledgerSize()).isEqualTo(before + threads * perThread);
        try (Connection connection = TestDatabase.connect(DATABASE); Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("SELECT seq FROM ledger_entry ORDER BY seq");
            long expected = 0;
            while (rs.next()) {
                assertThat(rs.getLong(1)).isEqualTo(expected++);
            }
            assertThat(expected).isEqualTo(ledgerSize());
            ResultSet parties = statement.executeQuery("SELECT COUNT(*) FROM party WHERE code LIKE 'W%'");
            parties.next();
            assertThat(parties.getLong(1)).isEqualTo(threads * perThread);
        }
    }

    @Test
    void aRefusedWriteLeavesNothingAndDoesNotDisturbTheOthers() {
        Accounts accounts = app.getBean(Accounts.class);
        accounts.createParty(SYSTEM, "DUPE", "first");
        long before = ledgerSize();
        assertThatThrownBy(() -> accounts.createParty(SYSTEM, "DUPE", "second")).isInstanceOf(Conflict.class);
        accounts.createParty(SYSTEM, "AFTER", "after");
        assertThat(ledgerSize()).isEqualTo(before + 1);
        assertThat(accounts.party("DUPE").orElseThrow().name()).isEqualTo("first");
    }

    @Test
    void aFailureAtTheGroupsCommitFailsOnlyTheWriteThatCausedItAndTheOthersLand() throws Exception {
        WritePath writes = app.getBean(WritePath.class);
        long before = ledgerSize();
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // the writer is held inside a first write, so the next three queue up and commit as one group
            Future<Long> first = pool.submit(() -> writes.write(SYSTEM, tx -> {
                await(hold);
                return tx.record(Recording.open("test.held", "held", java.util.Map.of("n", 0)));
            }));
            Thread.sleep(200);
            List<Future<Long>> group = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                int n = i;
                group.add(pool.submit(() -> writes.write(SYSTEM, tx -> {
                    long seq = tx.record(Recording.open("test.grouped", "w" + n, java.util.Map.of("n", n)));
                    if (n == 2) {
                        // as a store that defers its rows to the commit would find a broken constraint there
                        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                                new org.springframework.transaction.support.TransactionSynchronization() {
                                    @Override
                                    public void beforeCommit(boolean readOnly) {
                                        throw new IllegalStateException("deferred row refused");
                                    }
                                });
                    }
                    return seq;
                })));
            }
            Thread.sleep(200);
            hold.countDown();
            first.get();
            group.get(0).get();
            group.get(2).get();
            assertThatThrownBy(() -> group.get(1).get()).hasRootCauseMessage("deferred row refused");
        } finally {
            hold.countDown();
            pool.shutdownNow();
        }
        assertThat(ledgerSize()).isEqualTo(before + 3);
        try (Connection connection = TestDatabase.connect(DATABASE); Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("SELECT subject FROM ledger_entry WHERE seq >= " + before + " ORDER BY seq");
            List<String> subjects = new ArrayList<>();
            while (rs.next()) {
                subjects.add(rs.getString(1));
            }
            assertThat(subjects).containsExactlyInAnyOrder("held", "w1", "w3");
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aWriteThatRecordsNoLedgerEntryIsRefused() {
        WritePath writes = app.getBean(WritePath.class);
        long before = ledgerSize();
        assertThatThrownBy(() -> writes.write(SYSTEM, tx -> "nothing recorded"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ledger entry");
        assertThat(ledgerSize()).isEqualTo(before);
    }

    @Test
    void aConfidentialEntryShowsOnlyItsCommitment() throws Exception {
        WritePath writes = app.getBean(WritePath.class);
        long seq = writes.write(SYSTEM, tx -> tx.record(Recording.confidential("probe.secret", "prb_1",
                Map.of("coordinates", "51.19,35.27"))));
        try (Connection connection = TestDatabase.connect(DATABASE); Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("SELECT body FROM ledger_entry WHERE seq = " + seq);
            rs.next();
            String body = rs.getString(1);
            assertThat(body).startsWith("{\"commitment\":\"").contains("\"public\":{}")
                    .doesNotContain("51.19").doesNotContain("probe").doesNotContain("prb_1");
        }
    }

    private static long ledgerSize() {
        try (Connection connection = TestDatabase.connect(DATABASE); Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("SELECT size FROM ledger_head");
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
