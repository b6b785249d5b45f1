package org.truce.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.truce.testing.Api;

import tools.jackson.databind.JsonNode;

/** Fresh incidents for the assessment tests: a party's claim at a random place and day, alone in its incident. */
public final class AssessmentFixtures {

    private AssessmentFixtures() {
    }

    /** A claim's place and day, far enough from every other test's that it forms its own incident. */
    public record Spot(double latitude, double longitude, LocalDate day) {
        public static Spot random() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            // central Ukraine, inside the demo moratorium's scope; a day inside its window
            return new Spot(48.30 + random.nextDouble() * 1.0, 30.00 + random.nextDouble() * 3.0,
                    LocalDate.of(2025, 3, 20).plusDays(random.nextInt(20)));
        }

        /**
         * A box around the spot wide enough to hold any incident the claim may have joined: two site-precision claims
         * (2 km each) link up to 4 km apart, and the incident is then placed at the older one (0.1° is 7 km east-west
         * here). A box of the spot alone missed the claim when another test's random claim lay within those 4 km.
         */
        String bbox() {
            return String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", longitude - 0.1, latitude - 0.1, longitude + 0.1,
                    latitude + 0.1);
        }
    }

    /** A drone hit on a substation, claimed by {@code claimant} (UA or RU, as that party) against {@code accused}. */
    public static Map<String, Object> claim(String claimant, String accused, Spot spot) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("when", Map.of("date", spot.day().toString(), "precision", "day"));
        report.put("where", Map.of("latitude", spot.latitude(), "longitude", spot.longitude(), "precision", "site"));
        report.put("target", Map.of("category", "substation", "description", "transformer hit"));
        report.put("means", "drone");
        report.put("outcome", "hit");
        report.put("allegedPerpetrator", accused);
        report.put("source", Map.of("kind", "party", "party", claimant, "name", "Test ministry of " + claimant,
                "address", "https://example.org/claims/" + UUID.randomUUID(), "publishedOn", spot.day().plusDays(1).toString()));
        report.put("externalRef", "asm-test-" + UUID.randomUUID());
        return report;
    }

    /** Submits the claim and returns its report id. */
    public static String submit(Api party, String claimant, String accused, Spot spot) {
        Api.Response created = party.post("/api/reports", claim(claimant, accused, spot));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** The incident holding the report, as the monitor finds it by the report's place. */
    public static String incidentOf(Api monitor, Spot spot, String reportId) {
        Api.Response list = monitor.get("/api/incidents?limit=1000&bbox=" + spot.bbox());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode summary : list.json().get("incidents")) {
            String id = summary.get("id").asString();
            JsonNode incident = monitor.get("/api/incidents/" + id).json();
            for (JsonNode claim : incident.get("claims")) {
                if (claim.get("reportId").asString().equals(reportId)) {
                    return id;
                }
            }
        }
        throw new AssertionError("no incident holds report " + reportId + " near " + spot);
    }

    /** A new incident of one UA claim against RU; returns {incidentId, reportId}. */
    public static String[] newIncident(Api ua, Api monitor) {
        Spot spot = Spot.random();
        String report = submit(ua, "UA", "RU", spot);
        return new String[] {incidentOf(monitor, spot, report), report};
    }

    public static Map<String, Object> assessment(String grade, String attribution, String supersedes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grade", grade);
        body.put("attribution", attribution);
        body.put("confidence", "medium");
        body.put("rationale", "Two sources agree on the time and the place; test rationale.");
        body.put("evidence", List.of());
        if (supersedes != null) {
            body.put("supersedes", supersedes);
        }
        return body;
    }

    /** A draft assessment of the incident by the monitor; returns its id. */
    public static String assess(Api monitor, String incidentId, String supersedes) {
        Api.Response created = monitor.post("/api/incidents/" + incidentId + "/assessments",
                assessment("probable_violation", "RU", supersedes));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    public static Api.Response putTo(Api mediator, String incidentId, String party, Instant replyBy) {
        return mediator.post("/api/incidents/" + incidentId + "/put", Map.of("party", party, "replyBy", replyBy.toString()));
    }
}
