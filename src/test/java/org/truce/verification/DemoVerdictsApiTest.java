package org.truce.verification;

import org.junit.jupiter.api.Test;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's "done when": each verdict of issue 4 reproduced from the demo data, through the API. */
class DemoVerdictsApiTest extends IntegrationTest {

    /** Claim id (c01…) to the incident holding it, as the monitor reads it. */
    private Map<String, JsonNode> incidentsByClaim() {
        Api.Response list = monitor().get("/api/incidents?limit=10000");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        Map<String, JsonNode> byClaim = new HashMap<>();
        for (JsonNode summary : list.json().get("incidents")) {
            Api.Response one = monitor().get("/api/incidents/" + summary.get("id").asString());
            assertThat(one.status()).as(one.toString()).isEqualTo(200);
            for (JsonNode claim : one.json().get("claims")) {
                JsonNode ref = claim.get("externalRef");
                if (ref != null && !ref.isNull() && ref.asString().matches("c\\d\\d")) {
                    byClaim.put(ref.asString(), one.json());
                }
            }
        }
        return byClaim;
    }

    private static JsonNode determination(JsonNode incident) {
        assertThat(incident.get("determinations").size()).as(incident.toString()).isGreaterThanOrEqualTo(1);
        return incident.get("determinations").get(0);
    }

    private static String verdictAndReason(JsonNode incident) {
        JsonNode d = determination(incident);
        return d.get("verdict").asString() + ": " + d.get("reason").asString();
    }

    @Test
    void everyDemoClaimIsInAnIncident() {
        assertThat(incidentsByClaim().keySet()).hasSize(20);
    }

    @Test
    void theTwoSudzhaClaimsOf28MarchAreOneIncidentWithOppositeAttributions() {
        Map<String, JsonNode> byClaim = incidentsByClaim();
        JsonNode c02 = byClaim.get("c02");
        assertThat(c02.get("id").asString()).isEqualTo(byClaim.get("c03").get("id").asString());
        assertThat(c02.get("accused").valueStream().map(JsonNode::asString)).contains("UA", "RU");
        assertThat(c02.get("claimants").valueStream().map(JsonNode::asString)).contains("UA", "RU");
        // the fire of 21 March is another event at the same station
        assertThat(byClaim.get("c01").get("id").asString()).isNotEqualTo(c02.get("id").asString());
    }

    @Test
    void theKhersonClaimOf23AprilIsNotCoveredAfterTheWindow() {
        JsonNode incident = incidentsByClaim().get("c16");
        assertThat(verdictAndReason(incident)).isEqualTo("not_covered: after_window");
        JsonNode time = step(determination(incident), "time");
        assertThat(time.get("outcome").asString()).isEqualTo("after_window");
        assertThat(time.get("facts").get("windowUntil").asString()).isEqualTo("2025-04-16T21:00:00Z");
    }

    @Test
    void engelsSumyAndKryvyiRihAreNotCoveredNotEnergyInfrastructure() {
        Map<String, JsonNode> byClaim = incidentsByClaim();
        for (String claim : List.of("c18", "c19", "c20")) {
            JsonNode incident = byClaim.get(claim);
            assertThat(verdictAndReason(incident)).as(claim).isEqualTo("not_covered: not_energy_infrastructure");
            JsonNode target = step(determination(incident), "target");
            assertThat(target.get("facts").get("energyInfrastructure").asBoolean()).isFalse();
        }
    }

    @Test
    void theAggregateClaimWithNoLocationIsUndeterminedNoLocation() {
        JsonNode incident = incidentsByClaim().get("c14");
        assertThat(verdictAndReason(incident)).isEqualTo("undetermined: no_location");
        assertThat(step(determination(incident), "place").get("outcome").asString()).isEqualTo("no_location");
        assertThat(incident.get("claims").size()).isEqualTo(1);
    }

    @Test
    void everyDeterminationShowsItsFiveStepsWithTheirFacts() {
        for (JsonNode incident : incidentsByClaim().values()) {
            for (JsonNode d : incident.get("determinations")) {
                assertThat(d.get("steps").valueStream().map(s -> s.get("test").asString()))
                        .containsExactly("time", "place", "target", "means_and_outcome", "verdict");
                d.get("steps").forEach(s -> assertThat(s.get("facts").isObject()).isTrue());
            }
        }
    }

    static JsonNode step(JsonNode determination, String test) {
        for (JsonNode step : determination.get("steps")) {
            if (step.get("test").asString().equals(test)) {
                return step;
            }
        }
        throw new AssertionError("no step " + test + " in " + determination);
    }
}
