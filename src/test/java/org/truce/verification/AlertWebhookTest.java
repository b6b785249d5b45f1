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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The webhook against a real local HTTP server: the signature a receiver computes matches the header. */
class AlertWebhookTest {

    private static final String SECRET = "s3cret-shared-with-the-receiver";

    record Received(byte[] body, String signature, String alertId) {
    }

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToGo = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(body, exchange.getRequestHeaders().getFirst(AlertWebhook.SIGNATURE_HEADER),
                    exchange.getRequestHeaders().getFirst(AlertWebhook.ALERT_HEADER)));
            int status = failuresToGo.getAndDecrement() > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private AlertWebhook webhook() {
        return new AlertWebhook(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook"), SECRET,
                Duration.ofMillis(1));
    }

    @Test
    void theReceiverVerifiesTheSignatureOverTheExactBody() throws Exception {
        Alert.Raised alert = new Alert.Raised("alr_test1", "inc_test1", Alert.POTENTIAL_VIOLATION,
                Instant.parse("2025-03-20T10:00:00Z"), "Potential violation in UA-DP on 2025-03-20");
        byte[] body = Alerts.body(alert);

        Alert.Delivery delivery = webhook().deliver(alert.alert(), body, Clock.systemUTC());

        assertThat(delivery.outcome()).isEqualTo("delivered");
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(received).hasSize(1);
        Received got = received.get(0);
        assertThat(got.body()).isEqualTo(body);
        assertThat(got.alertId()).isEqualTo("alr_test1");
        // what a receiver does, with nothing but the JDK: HMAC-SHA256(secret, body) in hex after "sha256="
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(got.signature()).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(got.body())));
        assertThat(AlertWebhook.verify(SECRET, got.body(), got.signature())).isTrue();
        assertThat(new String(got.body(), StandardCharsets.UTF_8)).contains("\"incident\":\"inc_test1\"");
    }

    @Test
    void aTamperedBodyOrAnotherSecretFailsVerification() {
        byte[] body = "{\"alert\":\"alr_x\"}".getBytes(StandardCharsets.UTF_8);
        String header = AlertWebhook.signature(SECRET, body);
        assertThat(AlertWebhook.verify(SECRET, body, header)).isTrue();
        assertThat(AlertWebhook.verify(SECRET, "{\"alert\":\"alr_y\"}".getBytes(StandardCharsets.UTF_8), header)).isFalse();
        assertThat(AlertWebhook.verify("another secret", body, header)).isFalse();
        assertThat(AlertWebhook.verify(SECRET, body, null)).isFalse();
    }

    @Test
    void aFailingReceiverIsRetriedThenTheOutcomeSaysFailed() {
        failuresToGo.set(1);
        Alert.Delivery second = webhook().deliver("alr_retry", "{}".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        assertThat(second.outcome()).isEqualTo("delivered");
        assertThat(second.attempts()).isEqualTo(2);

        received.clear();
        failuresToGo.set(10);
        Alert.Delivery failed = webhook().deliver("alr_fail", "{}".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        assertThat(failed.outcome()).isEqualTo("failed");
        assertThat(failed.attempts()).isEqualTo(AlertWebhook.ATTEMPTS);
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(received).hasSize(AlertWebhook.ATTEMPTS).allMatch(r -> r.alertId().equals("alr_fail"));
    }
}
