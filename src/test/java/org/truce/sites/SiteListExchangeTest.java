package org.truce.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.sites.SitesApiTest.onlySite;
import static org.truce.sites.SitesApiTest.total;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.truce.ledger.Commitment;
import org.truce.ledger.LedgerRecordSource;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.testing.Api;
import org.truce.testing.TestApplications;
import org.truce.testing.TestDatabase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With an agreement that exchanges the lists (a {@link SiteListExchange} bean, as the agreement
 * feature will provide), each party sees and may contest the other's sites; and every site entry
 * of the ledger commits to the record as it can be re-derived from the database.
 */
class SiteListExchangeTest {

    private static final String DATABASE = "truce_sites_exchange";
    private static final AtomicBoolean EXCHANGED = new AtomicBoolean();
    private static ConfigurableApplicationContext app;
    private static Api api;

    @BeforeAll
    static void start() {
        app = TestApplications.demoWithSiteListExchange(DATABASE, EXCHANGED);
        api = TestApplications.api(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void whereTheListsAreExchangedEachPartySeesAndMayContestTheOthersSites() {
        EXCHANGED.set(false);
        String sudzha = onlySite(api.as("demo-monitor").get("/api/sites?near=51.19,35.27&radius=100&category=gas_metering"))
                .get("id").asString();
        int ruTotal = total(api.as("demo-monitor").get("/api/sites?owner=RU&limit=1"));
        assertThat(total(api.as("demo-ua").get("/api/sites?owner=RU&limit=1"))).isZero();
        assertThat(api.as("demo-ua").get("/api/sites/" + sudzha).status()).isEqualTo(404);

        EXCHANGED.set(true);
        try {
            assertThat(total(api.as("demo-ua").get("/api/sites?owner=RU&limit=1"))).isEqualTo(ruTotal);
            assertThat(api.as("demo-ua").get("/api/sites/" + sudzha).status()).isEqualTo(200);
            assertThat(status("demo-ua", sudzha, "accepted", null).status()).isEqualTo(403);
            assertThat(status("demo-ua", sudzha, "withdrawn", null).status()).isEqualTo(403);
            assertThat(status("demo-ru", sudzha, "contested", "not ours to judge").status())
                    .as("an owner does not contest its own site").isEqualTo(403);
            SitesApiTest.refused(status("demo-ua", sudzha, "contested", null), "reason", "required");

            Api.Response contested = status("demo-ua", sudzha, "contested",
                    "A gas metering station on the border, used to supply troops");
            assertThat(contested.status()).as(contested.toString()).isEqualTo(200);
            assertThat(contested.json().get("status").asString()).isEqualTo("contested");
            JsonNode last = api.as("demo-ru").get("/api/sites/" + sudzha).json().get("history").get(1);
            assertThat(last.get("by").get("party").asString()).isEqualTo("UA");
        } finally {
            EXCHANGED.set(false);
        }
        assertThat(api.as("demo-ua").get("/api/sites/" + sudzha).status()).isEqualTo(404);
        assertThat(status("demo-ua", sudzha, "contested", "again").status()).isEqualTo(404);
    }

    @Test
    void everySiteEntryInTheLedgerCommitsToTheRecordRebuiltFromTheDatabase() throws Exception {
        Api ua = api.as("demo-ua");
        String line = ua.post("/api/sites", Map.of("name", "Kyiv ring 750 kV", "category", "transmission_line",
                "source", "Ukrenergo", "sourceRef", "L-750-1", "controlContested", true, "controlReason", "front line",
                "geometry", Map.of("type", "LineString", "coordinates",
                        List.of(List.of(30.1234567890123, 50.1), List.of(30.3, 50.30000000000001))))).json().get("id").asString();
        String plant = ua.post("/api/sites", Map.of("name", "Kaniv HPP", "category", "power_plant", "kind", "hydro",
                "latitude", 49.76, "longitude", 31.47, "capacityMw", 0.1 + 0.2, "source", "Ukrhydroenergo"))
                .json().get("id").asString();
        api.as("demo-mediator").post("/api/sites/" + plant + "/status", Map.of("status", "contested", "reason", "check"));
        api.as("demo-mediator").post("/api/sites/" + plant + "/status", Map.of("status", "accepted"));
        api.as("demo-mediator").post("/api/sites/" + line + "/control", Map.of("contested", false));

        LedgerRecordSource records = app.getBeansOfType(LedgerRecordSource.class).values().stream()
                .filter(source -> source.handles("site.nominated")).findFirst().orElseThrow();
        Viewer auditor = Viewer.system("audit");
        Viewer ru = new Viewer("acc_ru_auditor", "ru-auditor", Role.PARTY, "RU");
        int checked = 0;
        try (Connection connection = TestDatabase.connect(DATABASE); Statement statement = connection.createStatement()) {
            ResultSet rs = statement.executeQuery("SELECT seq, action, subject, actor, salt, body FROM ledger_entry"
                    + " WHERE action LIKE 'site.%' ORDER BY seq");
            while (rs.next()) {
                long seq = rs.getLong(1);
                String action = rs.getString(2);
                String subject = rs.getString(3);
                Object content = records.content(action, subject, seq, auditor).orElseThrow(
                        () -> new AssertionError("no record for entry " + seq));
                String expected = JsonMapper.builder().build().readTree(rs.getString(6)).get("commitment").asString();
                assertThat(Commitment.commit(HexFormat.of().parseHex(rs.getString(5)), action, subject, rs.getString(4),
                        content)).as("entry %d (%s %s)", seq, action, subject).isEqualTo(expected);
                if (subject.equals(line) || subject.equals(plant)) {
                    assertThat(records.content(action, subject, seq, ru)).as("RU may not see UA's records").isEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(5);
    }

    private static Api.Response status(String token, String id, String status, String reason) {
        return api.as(token).post("/api/sites/" + id + "/status",
                reason == null ? Map.of("status", status) : Map.of("status", status, "reason", reason));
    }
}
