package org.truce.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.truce.shared.Ids;
import org.truce.shared.WritePath;
import org.truce.testing.IntegrationTest;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

/**
 * Alerts on the running application: raised through the write path, posted to a real local
 * webhook with a signature the receiver checks, once per incident even when two instances (or a
 * rebuild) hear of it again.
 */
class AlertsTest extends IntegrationTest {

    private static final String SECRET = "alerts-test-secret";

    @Autowired
    WritePath writes;
    @Autowired
    AssessmentStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Alerts applicationAlerts;

    record Received(byte[] body, String signature, String alertId) {
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Alerts> started = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/alerts", exchange -> {
            received.add(new Received(exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders().getFirst("X-Truce-Signature-256"),
                    exchange.getRequestHeaders().getFirst("X-Truce-Alert")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        started.forEach(Alerts::stop);
        receiver.stop(0);
    }

    /** An alerts component as another instance of the application would run it, posting to the local receiver. */
    private Alerts instance() {
        Alerts alerts = new Alerts(writes, store, Optional.of(new AlertWebhook(
                URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/alerts"), SECRET, Duration.ofMillis(10))),
                Clock.systemUTC());
        alerts.start();
        started.add(alerts);
        return alerts;
    }

    private static IncidentFacts incident(String id, Verdict verdict) {
        Instant t = Instant.parse("2025-03-25T21:00:00Z");
        return new IncidentFacts(id, List.of("rep_alerttest"), t, t.plusSeconds(86_400), 48.5, 31.0, "UA-35",
                List.of("UA"), Set.of("RU"), verdict, Set.of(), null, t);
    }

    private int alertRows(String incidentId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM alert WHERE incident_id = ?", Integer.class, incidentId);
    }

    @Test
    void aPotentialViolationIsAlertedOnceAndTheWebhookSignatureVerifies() throws Exception {
        String id = Ids.next("inc");
        Alerts first = instance();
        Alerts second = instance();

        first.incidentsChanged(List.of(incident(id, Verdict.POTENTIAL_VIOLATION)));
        assertThat(first.awaitIdle(20_000)).isTrue();
        // heard again: by the same instance (a rebuild) and by another instance following the ledger
        first.incidentsChanged(List.of(incident(id, Verdict.POTENTIAL_VIOLATION)));
        second.incidentsChanged(List.of(incident(id, Verdict.POTENTIAL_VIOLATION)));
        assertThat(first.awaitIdle(20_000)).isTrue();
        assertThat(second.awaitIdle(20_000)).isTrue();

        assertThat(alertRows(id)).isEqualTo(1);
        List<Received> forIt = received.stream().filter(r -> new String(r.body(), StandardCharsets.UTF_8).contains(id)).toList();
        assertThat(forIt).hasSize(1);
        Received delivery = forIt.get(0);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(delivery.signature()).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(delivery.body())));
        JsonNode body = org.truce.testing.Api.JSON.readTree(delivery.body());
        assertThat(body.get("incident").asString()).isEqualTo(id);
        assertThat(body.get("kind").asString()).isEqualTo("potential_violation");
        assertThat(body.get("alert").asString()).isEqualTo(delivery.alertId());

        JsonNode feed = monitor().get("/api/alerts?limit=500").json().get("alerts");
        JsonNode mine = null;
        for (JsonNode alert : feed) {
            if (alert.get("incidentId").asString().equals(id)) {
                mine = alert;
            }
        }
        assertThat(mine).as(feed.toString()).isNotNull();
        assertThat(mine.get("delivery").asString()).isEqualTo("delivered");
        assertThat(mine.get("summary").asString()).contains("UA-35", "RU");
        // both entries re-derive from storage for the audit
        for (String sql : List.of("SELECT ledger_seq FROM alert WHERE incident_id = ?",
                "SELECT d.ledger_seq FROM alert_delivery d JOIN alert a ON a.id = d.alert_id WHERE a.incident_id = ?")) {
            long seq = jdbc.queryForObject(sql, Long.class, id);
            mediator().post("/api/ledger/checkpoint", java.util.Map.of());
            JsonNode record = mediator().get("/api/ledger/records?start=" + seq + "&end=" + (seq + 1)).json().get(0);
            assertThat(record.get("status").asString()).as(record.toString()).isEqualTo("disclosed");
        }
        assertThat(ua().get("/api/alerts").status()).isEqualTo(403);
        assertThat(api.get("/api/alerts").status()).isEqualTo(401);
    }

    @Test
    void otherVerdictsRaiseNoAlert() throws Exception {
        String id = Ids.next("inc");
        Alerts alerts = instance();
        alerts.incidentsChanged(List.of(incident(id, Verdict.NOT_COVERED), incident(id, Verdict.UNDETERMINED)));
        assertThat(alerts.awaitIdle(20_000)).isTrue();
        assertThat(alertRows(id)).isZero();
    }

    @Test
    void aNewClaimThatIsAPotentialViolationReachesTheFeed() throws Exception {
        String[] created = AssessmentFixtures.newIncident(ua(), monitor());
        String incident = created[0];
        assertThat(monitor().get("/api/incidents/" + incident).json().get("verdict").asString())
                .isEqualTo("potential_violation");
        Instant giveUp = Instant.now().plusSeconds(30);
        while (alertRows(incident) == 0 && Instant.now().isBefore(giveUp)) {
            applicationAlerts.awaitIdle(1_000);
            Thread.sleep(50);
        }
        assertThat(alertRows(incident)).isEqualTo(1);
        assertThat(monitor().get("/api/alerts?limit=500").body()).contains(incident);
    }
}
