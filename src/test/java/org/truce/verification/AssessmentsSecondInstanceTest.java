package org.truce.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;
import org.truce.testing.TestApplications;

/**
 * Two instances on one database: what one instance records (an assessment, an incident put to
 * the accused, a publication) changes what the other shows, through the ledger it follows; and a
 * new potential violation, heard by both, is alerted once.
 */
class AssessmentsSecondInstanceTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private static void within(Duration deadline, BooleanSupplier condition, String what) throws InterruptedException {
        Instant giveUp = Instant.now().plus(deadline);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(giveUp);
            Thread.sleep(50);
        }
    }

    @Test
    void theOtherInstanceFollowsAssessmentsPutsAndPublicationsAndAlertsOnce() throws Exception {
        try (ConfigurableApplicationContext second = startAnotherInstance("assessments-second-instance")) {
            Api other = TestApplications.api(second);
            String[] created = AssessmentFixtures.newIncident(ua(), monitor());
            String incident = created[0];
            String claim = created[1];
            within(Duration.ofSeconds(10), () -> other.as("demo-monitor").get("/api/incidents/" + incident).status() == 200,
                    "the other instance's engine has the incident");

            String draft = AssessmentFixtures.assess(monitor(), incident, null);
            assertThat(AssessmentFixtures.putTo(mediator(), incident, "RU", Instant.now().plusSeconds(3600)).status())
                    .isEqualTo(201);
            within(Duration.ofSeconds(5), () -> other.as("demo-ru").get("/api/reports/" + claim).status() == 200,
                    "the other instance shares the claim put to RU");
            within(Duration.ofSeconds(5), () -> !other.as("demo-monitor").get("/api/queue?limit=1000").body()
                    .contains(incident), "the other instance's queue drops the assessed incident");

            // the second instance publishes; the first shows the finding to the public
            Api.Response published = other.as("demo-mediator").post("/api/assessments/" + draft + "/publish", Map.of());
            assertThat(published.status()).as(published.toString()).isEqualTo(200);
            within(Duration.ofSeconds(5), () -> api.get("/api/reports/" + claim).status() == 200,
                    "this instance publishes the claim with the finding");
            assertThat(api.get("/api/findings").body()).contains(draft);

            // both instances heard of the potential violation: one alert
            within(Duration.ofSeconds(30), () -> jdbc.queryForObject("SELECT COUNT(*) FROM alert WHERE incident_id = ?",
                    Integer.class, incident) > 0, "the incident is alerted");
            second.getBean(Alerts.class).awaitIdle(10_000);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert WHERE incident_id = ?", Integer.class, incident))
                    .isEqualTo(1);
        }
    }
}
