package org.truce.verification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts an alert to the configured webhook, signed so the receiver can tell it came from this
 * instance: header {@value #SIGNATURE_HEADER} is {@code sha256=} and the lower-case hex of
 * HMAC-SHA256 over the exact bytes of the body, keyed with the shared secret's UTF-8 bytes
 * (the scheme GitHub uses). {@value #ALERT_HEADER} carries the alert id: a receiver that sees
 * an id twice (a retry after a lost answer) should ignore the second.
 */
public final class AlertWebhook {

    public static final String SIGNATURE_HEADER = "X-Truce-Signature-256";
    public static final String ALERT_HEADER = "X-Truce-Alert";
    static final int ATTEMPTS = 3;

    private final URI url;
    private final byte[] secret;
    private final HttpClient client;
    private final Duration backoff;

    public AlertWebhook(URI url, String secret, Duration backoff) {
        this.url = url;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.backoff = backoff;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** {@code sha256=<hex>} of HMAC-SHA256(secret, body). */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** How a receiver checks a delivery: in constant time, against the header as received. */
    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        return MessageDigest.isEqual(signature(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /** Posts with up to {@link #ATTEMPTS} attempts (a 2xx answer ends them); never throws. */
    public Alert.Delivery deliver(String alertId, byte[] body, java.time.Clock clock) {
        String signature = signature(new String(secret, StandardCharsets.UTF_8), body);
        Integer status = null;
        String detail = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header(SIGNATURE_HEADER, signature)
                        .header(ALERT_HEADER, alertId)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
                if (status / 100 == 2) {
                    return new Alert.Delivery(alertId, "delivered", attempt, status, null, clock.instant());
                }
                detail = "answered " + status;
            } catch (IOException e) {
                status = null;
                detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Alert.Delivery(alertId, "failed", attempt, null, "interrupted", clock.instant());
            }
            if (attempt < ATTEMPTS) {
                try {
                    Thread.sleep(backoff.toMillis() * attempt * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Alert.Delivery(alertId, "failed", attempt, status, detail, clock.instant());
                }
            }
        }
        String cut = detail != null && detail.length() > 480 ? detail.substring(0, 480) : detail;
        return new Alert.Delivery(alertId, "failed", ATTEMPTS, status, cut, clock.instant());
    }
}
