package org.truce.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.truce.ledger.Commitment;
import org.truce.ledger.LedgerRecordSource;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** What a report's and an upload's ledger entries commit to is rebuilt exactly from storage, for those who may read it. */
class ReportsLedgerTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<LedgerRecordSource> sources;

    private boolean commitmentHolds(String subject, Viewer viewer) {
        Map<String, Object> entry = jdbc.queryForMap("SELECT seq, action, actor, salt, body FROM ledger_entry"
                + " WHERE subject = ? ORDER BY seq DESC LIMIT 1", subject);
        String action = (String) entry.get("action");
        long seq = ((Number) entry.get("seq")).longValue();
        LedgerRecordSource source = sources.stream().filter(s -> s.handles(action)).findFirst().orElseThrow();
        Object content = source.content(action, subject, seq, viewer).orElse(null);
        if (content == null) {
            return false;
        }
        String commitment = Commitment.commit(HexFormat.of().parseHex((String) entry.get("salt")), action, subject,
                (String) entry.get("actor"), content);
        JsonNode body = Api.JSON.readTree((String) entry.get("body"));
        assertThat(body.get("public").size()).as("a confidential entry shows nothing but its commitment").isZero();
        return commitment.equals(body.get("commitment").asString());
    }

    @Test
    void aReportsEntryIsRebuiltExactlyForItsReadersOnly() {
        Map<String, Object> report = ReportsFixtures.report();
        ReportsFixtures.with(report, "when", Map.of("instant", "2025-03-25T18:42:07.123456Z"));
        ReportsFixtures.with(report, "where", Map.of("latitude", 50.9123456789, "longitude", 34.8, "uncertaintyMetres", 1234.5));
        ReportsFixtures.with(report, "casualties", Map.of("injured", 2));
        String id = ua().post("/api/reports", report).json().get("id").asString();
        Viewer ua = new Viewer("x", "ua", Role.PARTY, "UA");
        Viewer ru = new Viewer("y", "ru", Role.PARTY, "RU");
        assertThat(commitmentHolds(id, ua)).isTrue();
        assertThat(commitmentHolds(id, Viewer.system("audit"))).isTrue();
        assertThat(commitmentHolds(id, ru)).as("RU may not see UA's report").isFalse();

        String demo = monitor().get("/api/reports?limit=1000").json().get("reports").get(0).get("id").asString();
        assertThat(commitmentHolds(demo, Viewer.system("audit"))).isTrue();
    }

    @Test
    void anUploadsEntryIsRebuiltExactly() {
        Api.Response upload = ReportsFixtures.upload(ru(), ReportsFixtures.png(System.nanoTime()), "image/png");
        String hash = upload.json().get("sha256").asString();
        String account = ru().get("/api/me").json().get("accountId").asString();
        assertThat(commitmentHolds(hash, new Viewer(account, "ru", Role.PARTY, "RU"))).isTrue();
        assertThat(commitmentHolds(hash, new Viewer("z", "ua", Role.PARTY, "UA"))).isFalse();
    }

    @Test
    void aBulkImportOfHundredsStoresEachReportAsASingleSubmissionWouldAndCommitsToItExactly() {
        // enough rows for PostgreSQL's COPY (the single submission takes the INSERT path); awkward values on purpose
        String[] descriptions = {"transformer fire", "quote \" comma , semicolon ;", "line\nbreak and tab\t",
                "Суджа, газоизмерительная станция", "back\\slash", ""};
        StringBuilder ndjson = new StringBuilder();
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Map<String, Object> report = ReportsFixtures.report();
            ReportsFixtures.with(report, "target.description", descriptions[i % descriptions.length].isEmpty() ? null
                    : descriptions[i % descriptions.length]);
            if (i % 3 == 0) {
                ReportsFixtures.with(report, "when", Map.of("instant", "2025-03-25T18:42:07.123Z"));
            }
            if (i % 5 == 0) {
                ReportsFixtures.with(report, "where", Map.of("place", "Суджа"));
            } else {
                ReportsFixtures.with(report, "where", Map.of("latitude", 50.0 + i / 1000.0 + 0.000123456789,
                        "longitude", 34.8, "uncertaintyMetres", 1234.5));
            }
            if (i % 7 == 0) {
                ReportsFixtures.with(report, "casualties", Map.of("injured", i));
            }
            rows.add(report);
            ndjson.append(Api.JSON.writeValueAsString(report)).append('\n');
        }
        Api.Response imported = ua().post("/api/reports/bulk", "application/x-ndjson",
                ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

        assertThat(imported.json().get("imported").asLong()).isEqualTo(300);
        List<String> ids = rows.stream().map(row -> jdbc.queryForObject("SELECT id FROM report WHERE external_ref = ?",
                String.class, row.get("externalRef"))).toList();
        Viewer ua = new Viewer("x", "ua", Role.PARTY, "UA");
        for (int i : new int[] {0, 1, 2, 3, 4, 5, 7, 10, 299}) {
            Map<String, Object> single = new java.util.LinkedHashMap<>(rows.get(i));
            single.put("externalRef", rows.get(i).get("externalRef") + "-single");
            JsonNode alone = ua().post("/api/reports", single).json();
            JsonNode bulk = ua().get("/api/reports/" + ids.get(i)).json();
            assertThat(withoutIdentity(bulk)).as("row %d", i).isEqualTo(withoutIdentity(alone));
            assertThat(commitmentHolds(ids.get(i), ua)).as("row %d", i).isTrue();
        }
    }

    @Test
    void aLargeBulkImportLeavesTheDatabasesPlannerCountingItsRows() {
        // the planner's estimate, read before: what a server that had few reports planned its reads with
        long reportsBefore = plannerRows("report");
        long entriesBefore = plannerRows("ledger_entry");
        StringBuilder ndjson = new StringBuilder();
        // events of 2023, before any agreement, at distinct places and days: a thousand incidents of one claim
        for (int i = 0; i < 1_000; i++) {
            Map<String, Object> report = ReportsFixtures.report();
            ReportsFixtures.with(report, "when", Map.of("date", java.time.LocalDate.of(2023, 1, 1).plusDays(i % 300).toString()));
            ReportsFixtures.with(report, "where", Map.of("latitude", 44.5 + (i % 50) * 0.2, "longitude", 30.0 + (i / 50) * 0.2,
                    "precision", "site"));
            ndjson.append(Api.JSON.writeValueAsString(report)).append('\n');
        }
        Api.Response imported = ua().post("/api/reports/bulk", "application/x-ndjson",
                ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

        assertThat(plannerRows("report")).as("reports the planner counts, %d before", reportsBefore)
                .isGreaterThanOrEqualTo(reportsBefore + 1_000);
        assertThat(plannerRows("ledger_entry")).as("ledger entries the planner counts, %d before", entriesBefore)
                .isGreaterThanOrEqualTo(entriesBefore + 1_000);
    }

    /** The row count the database plans queries with: PostgreSQL's sampled estimate, H2's maintained one. */
    private long plannerRows(String table) {
        if (org.truce.testing.TestDatabase.isPostgres()) {
            return jdbc.queryForObject("SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = to_regclass(?)",
                    Long.class, table);
        }
        return jdbc.queryForObject("SELECT row_count_estimate FROM information_schema.tables WHERE lower(table_name) = ?"
                + " AND table_schema = schema()", Long.class, table);
    }

    private static JsonNode withoutIdentity(JsonNode report) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) report.deepCopy();
        copy.remove(List.of("id", "submittedAt", "externalRef", "ledgerSeq", "ledger"));
        return copy;
    }
}
