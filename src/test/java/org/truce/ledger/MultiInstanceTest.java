package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.truce.testing.Api;
import org.truce.testing.TestApplications;
import org.truce.testing.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * Two application instances on loopback over one database (DESIGN.md: stateless instances behind
 * a load balancer): concurrent writes through both get one gap-free order, and each instance's
 * in-memory state follows the other's writes through the ledger's sequence.
 */
class MultiInstanceTest {

    private static final String DATABASE = "truce_multi";
    /** The follower polls every 200 ms; the issue asks for "within a second", with slack for a loaded machine. */
    private static final Duration FOLLOW_DEADLINE = Duration.ofSeconds(2);
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Api a;
    private static Api b;

    @BeforeAll
    static void start() {
        Map<String, String> one = new HashMap<>(TestDatabase.fresh(DATABASE));
        one.put("truce.ledger.key-file", "target/test-data/" + DATABASE + "-key/ledger.key");
        one.put("truce.demo.seed", "true");
        first = TestApplications.start(DATABASE + "_a", one);
        Map<String, String> two = new HashMap<>(TestDatabase.shared(DATABASE));
        two.put("truce.ledger.key-file", one.get("truce.ledger.key-file"));
        second = TestApplications.start(DATABASE + "_b", two);
        a = TestApplications.api(first).as("demo-mediator");
        b = TestApplications.api(second).as("demo-mediator");
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void concurrentWritesThroughBothInstancesGetOneGapFreeOrderThatBothFollow() throws Exception {
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Api server = t % 2 == 0 ? a : b;
            String prefix = "M" + (char) ('A' + t);
            results.add(pool.submit(() -> {
                int created = 0;
                for (int i = 0; i < perThread; i++) {
                    Api.Response response = server.post("/api/parties",
                            Map.of("code", prefix + (char) ('A' + i / 26) + (char) ('A' + i % 26), "name", "multi " + i));
                    created += response.status() == 201 ? 1 : 0;
                }
                return created;
            }));
        }
        for (Future<Integer> result : results) {
            assertThat(result.get()).isEqualTo(perThread);
        }
        pool.shutdown();

        long size;
        try (Connection db = TestDatabase.connect(DATABASE); Statement sql = db.createStatement()) {
            ResultSet head = sql.executeQuery("SELECT size FROM ledger_head");
            head.next();
            size = head.getLong(1);
            ResultSet seqs = sql.executeQuery("SELECT seq FROM ledger_entry ORDER BY seq");
            long expected = 0;
            while (seqs.next()) {
                assertThat(seqs.getLong(1)).as("one gap-free order").isEqualTo(expected++);
            }
            assertThat(expected).isEqualTo(size);
            ResultSet parties = sql.executeQuery("SELECT COUNT(*) FROM party WHERE code LIKE 'M%'");
            parties.next();
            assertThat(parties.getLong(1)).isEqualTo(4L * perThread);
        }

        // Each instance's tree reaches the whole ledger, and both sign the same root for it.
        awaitWithin(FOLLOW_DEADLINE, () -> treeSize(a) == size && treeSize(b) == size);
        JsonNode fromA = a.post("/api/ledger/checkpoint", Map.of()).json();
        JsonNode fromB = b.post("/api/ledger/checkpoint", Map.of()).json();
        assertThat(fromA.get("size").asLong()).isEqualTo(size);
        assertThat(fromB.get("rootHash").asString()).isEqualTo(fromA.get("rootHash").asString());
    }

    @Test
    void aTokenCreatedOnOneInstanceAuthenticatesOnTheOther() {
        for (Api[] pair : new Api[][] {{a, b}, {b, a}}) {
            JsonNode created = pair[0].post("/api/accounts", Map.of("username",
                    "multi-" + System.nanoTime() % 1_000_000, "role", "monitor")).json();
            Api other = pair[1].as(created.get("token").asString());
            awaitWithin(FOLLOW_DEADLINE, () -> other.get("/api/me").status() == 200);
            assertThat(other.get("/api/me").json().get("role").asString()).isEqualTo("monitor");
        }
    }

    @Test
    void anInstanceWithAnotherKeyRefusesToStartOnTheSameLog() {
        Map<String, String> third = new HashMap<>(TestDatabase.shared(DATABASE));
        third.put("truce.ledger.key-file", "target/test-data/" + DATABASE + "-other-key/" + System.nanoTime() + ".key");
        assertThatThrownBy(() -> TestApplications.start(DATABASE + "_c", third).close())
                .hasStackTraceContaining("every instance of one log must use the same key file");
    }

    /** The size of the tree an instance holds, as its on-demand checkpoint shows it. */
    private static long treeSize(Api server) {
        return server.post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
    }

    private static void awaitWithin(Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not reached within " + deadline).isLessThan(end);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
