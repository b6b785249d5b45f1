package org.truce.verification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.truce.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.verification.IncidentApiFixtures.claim;
import static org.truce.verification.IncidentApiFixtures.incidentOf;
import static org.truce.verification.IncidentApiFixtures.place;
import static org.truce.verification.IncidentApiFixtures.submit;

/**
 * The engine correlates on its own thread: a party's report is acknowledged while the engine is
 * busy, and a reader of incidents then waits for the engine, so it reads its own write.
 */
class EngineOffTheWriterTest extends IntegrationTest {

    @Autowired
    Incidents incidents;

    @Test
    void aReportIsAcknowledgedWhileTheEngineIsBusyAndTheIncidentIsReadOnceTheEngineHasCaughtUp() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        incidents.follow(() -> {
            held.countDown();
            try {
                busy.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            double[] at = place();
            // answered although the engine cannot correlate anything until it is released
            String report = CompletableFuture.supplyAsync(() -> submit(ua(), claim("UA", at, "site", "2025-03-26",
                    "substation", "RU"))).get(20, TimeUnit.SECONDS);

            CompletableFuture<JsonNode> read = CompletableFuture.supplyAsync(() -> incidentOf(ua(), report, at));
            Thread.sleep(500);
            assertThat(read).as("a read of incidents waits for the engine").isNotDone();
            busy.countDown();
            JsonNode incident = read.get(20, TimeUnit.SECONDS);
            assertThat(incident.get("claims").get(0).get("reportId").asString()).isEqualTo(report);
            assertThat(incident.get("verdict").asString()).isNotBlank();
        } finally {
            busy.countDown();
        }
    }
}
