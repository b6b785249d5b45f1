package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.truce.cli.TruceCommand;
import org.truce.shared.Recording;
import org.truce.testing.Api;
import org.truce.testing.TestApplications;
import org.truce.testing.TestDatabase;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whoever holds the database tampers with it directly, and {@code truce audit} run from outside
 * catches it, naming what disagrees; the untouched instance audits clean. Each case runs on its
 * own database. Another feature's record (a report) is one more row in {@link #cases()}.
 */
class LedgerTamperTest {

    /**
     * One way of tampering.
     *
     * @param token    the auditor's token (whose records the audit checks)
     * @param restart  what happens once the instance is restarted and its tree rebuilt from the
     *                 tampered rows, or null when it keeps running
     * @param expected what the audit must say: the start of a FAILED line, or "CLEAN:"
     */
    record Tampering(String name, String token, Tamper tamper, AfterRestart restart, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Tamper {
        void apply(Connection db, Api mediator) throws Exception;
    }

    @FunctionalInterface
    interface AfterRestart {
        void check(Api api, Path dir) throws Exception;
    }

    private static final AfterRestart JUST_RESTART = (api, dir) -> { };

    @FunctionalInterface
    interface Expected {
        String in(Connection db) throws Exception;
    }

    static Stream<Tampering> cases() {
        return Stream.of(
                new Tampering("untouched", "demo-mediator", (db, api) -> { }, JUST_RESTART, db -> "CLEAN: "),
                new Tampering("a party's name", "demo-ua",
                        (db, api) -> update(db, "UPDATE party SET name = 'Ukraine (edited)' WHERE code = 'UA'"), null,
                        db -> "FAILED: entry " + seq(db, "SELECT ledger_seq FROM party WHERE code = 'UA'")
                                + " (party.created UA): content does not match its commitment"),
                new Tampering("an account's display name", "demo-mediator",
                        (db, api) -> update(db, "UPDATE account SET display_name = 'Someone else' WHERE username = 'ru'"), null,
                        db -> "FAILED: entry " + seq(db, "SELECT ledger_seq FROM account WHERE username = 'ru'")
                                + " (account.created " + text(db, "SELECT id FROM account WHERE username = 'ru'")
                                + "): content does not match its commitment"),
                new Tampering("a deleted entry", "demo-mediator",
                        (db, api) -> update(db, "DELETE FROM ledger_entry WHERE seq = 4"), JUST_RESTART,
                        db -> "FAILED: entry 4: missing; the log serves entry 5 in its place"),
                new Tampering("two swapped entries", "demo-mediator", LedgerTamperTest::swapEntries3And6,
                        (api, dir) -> assertThat(api.as("demo-mediator").post("/api/ledger/checkpoint", Map.of()).status())
                                .as("the instance refuses to sign a tree that does not extend its last checkpoint")
                                .isEqualTo(409),
                        db -> "FAILED: entry 3: its body says it is entry 6"),
                new Tampering("the log rewritten from entry 1 and signed again", "demo-ua",
                        LedgerTamperTest::rewriteFromEntry1, LedgerTamperTest::signTheRewrittenLog,
                        db -> "FAILED: consistency: checkpoint "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theAuditCatchesTampering(Tampering tampering, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String database = "truce_tamper_" + Integer.toHexString(tampering.name().hashCode() & 0xfffff);
        Map<String, String> properties = new java.util.HashMap<>(TestDatabase.fresh(database));
        properties.put("truce.demo.seed", "true");
        ConfigurableApplicationContext app = TestApplications.start(database, properties);
        Path state = dir.resolve("audit-state.json");
        try {
            Api api = TestApplications.api(app);
            api.as("demo-mediator").post("/api/parties", Map.of("code", "TP", "name", "Tamper party"));
            api.as("demo-mediator").post("/api/ledger/checkpoint", Map.of());
            Audit before = audit(api, state, tampering.token());
            assertThat(before.exitCode()).as(before.output()).isZero();
            assertThat(before.output()).contains("CLEAN: ");

            try (Connection db = TestDatabase.connect(database)) {
                tampering.tamper().apply(db, api.as("demo-mediator"));
            }
            if (tampering.restart() != null) {
                app.close();
                app = TestApplications.start(database, TestDatabase.shared(database));
                api = TestApplications.api(app);
                tampering.restart().check(api, dir);
            }

            Audit after = audit(api, state, tampering.token());
            String expected;
            try (Connection db = TestDatabase.connect(database)) {
                expected = tampering.expected().in(db);
            }
            assertThat(after.output()).as(after.output()).contains(expected);
            assertThat(after.exitCode()).as(after.output()).isEqualTo(expected.startsWith("CLEAN") ? 0 : 1);
            if (after.exitCode() != 0) {
                assertThat(Files.readString(state)).as("a failed audit does not move the pinned checkpoint")
                        .contains(before.pinnedCheckpointLine());
            }
        } finally {
            app.close();
        }
    }

    /** After the rewrite the instance signs the new tree, and a newcomer without a pinned checkpoint finds it clean. */
    private static void signTheRewrittenLog(Api api, Path dir) throws Exception {
        assertThat(api.as("demo-mediator").post("/api/ledger/checkpoint", Map.of()).status()).isEqualTo(200);
        Audit newcomer = audit(api, dir.resolve("a-newcomer.json"), "demo-ua");
        assertThat(newcomer.output()).as("the rewritten log is consistent in itself").contains("CLEAN: ");
    }

    private record Audit(int exitCode, String output, String pinnedCheckpointLine) {
    }

    private static Audit audit(Api api, Path state, String token) throws Exception {
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out, true);
        int code = new CommandLine(new TruceCommand()).setOut(writer).setErr(writer)
                .execute("audit", "--url", api.base(), "--state", state.toString(), "--token", token);
        String checkpoint = Files.exists(state) ? Api.JSON.readTree(Files.readString(state)).get("checkpoint").asString() : "";
        return new Audit(code, out.toString(), checkpoint.replace("\n", "\\n"));
    }

    /** Moves entry 6's body and leaf hash to row 3 and back: the same entries, in another order. */
    private static void swapEntries3And6(Connection db, Api mediator) throws Exception {
        String[] three = row(db, 3);
        String[] six = row(db, 6);
        setRow(db, 3, six[0], six[1]);
        setRow(db, 6, three[0], three[1]);
    }

    /**
     * Rewrites history from entry 1 on, as only the holder of the database and the log's key can:
     * the party RU gets another name, its entry a new body with a correct commitment and leaf
     * hash, the checkpoints that covered the old entry are deleted, and after the restart the
     * instance signs the rewritten tree.
     */
    private static void rewriteFromEntry1(Connection db, Api mediator) throws Exception {
        JsonNode record = mediator.get("/api/ledger/records/1").json();
        assertThat(record.get("subject").asString()).isEqualTo("RU");
        ObjectNode content = (ObjectNode) record.get("content");
        content.put("name", "Russia (rewritten)");
        byte[] salt = HexFormat.of().parseHex(record.get("salt").asString());
        String commitment = Commitment.commit(salt, "party.created", "RU", record.get("actor").asString(), content);
        String oldBody = row(db, 1)[0];
        Instant time = Instant.parse(Api.JSON.readTree(oldBody).get("time").asString());
        String body = EntryBody.of(1, time, record.get("actor").asString(),
                Recording.open("party.created", "RU", content, Map.of("name", "Russia (rewritten)")), commitment);
        setRow(db, 1, body, HexFormat.of().formatHex(MerkleHashes.leafHash(body.getBytes(StandardCharsets.UTF_8))));
        update(db, "UPDATE party SET name = 'Russia (rewritten)' WHERE code = 'RU'");
        update(db, "DELETE FROM ledger_checkpoint WHERE size > 1");
    }

    private static String[] row(Connection db, long seq) throws Exception {
        try (PreparedStatement query = db.prepareStatement("SELECT body, leaf_hash FROM ledger_entry WHERE seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private static void setRow(Connection db, long seq, String body, String leafHash) throws Exception {
        try (PreparedStatement update = db.prepareStatement("UPDATE ledger_entry SET body = ?, leaf_hash = ? WHERE seq = ?")) {
            update.setString(1, body);
            update.setString(2, leafHash);
            update.setLong(3, seq);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static void update(Connection db, String sql) throws Exception {
        try (var statement = db.createStatement()) {
            assertThat(statement.executeUpdate(sql)).as(sql).isPositive();
        }
    }

    private static long seq(Connection db, String sql) throws Exception {
        return Long.parseLong(text(db, sql));
    }

    private static String text(Connection db, String sql) throws Exception {
        try (var statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

}
