package org.truce.verification;

import org.truce.testing.Api;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims at places of their own for tests that share one server: each test draws a random point
 * in western Russia (away from the demo claims) so its incidents are its own.
 */
public final class IncidentApiFixtures {

    private IncidentApiFixtures() {
    }

    /** A random point inside Russia, far from the demo's claims: {latitude, longitude}. */
    public static double[] place() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new double[] {54.0 + r.nextDouble() * 3.0, 39.0 + r.nextDouble() * 6.0};
    }

    /** A claim as JSON for POST /api/reports. {@code party} null: a monitor's claim. */
    public static Map<String, Object> claim(String party, double[] at, String precision, String date, String category,
                                            String accused) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("when", Map.of("date", date, "precision", "day", "timeZone", "Europe/Moscow"));
        report.put("where", new LinkedHashMap<>(Map.of("latitude", at[0], "longitude", at[1], "precision", precision)));
        Map<String, Object> target = new LinkedHashMap<>();
        if (category != null) {
            target.put("category", category);
        }
        target.put("description", "test target");
        report.put("target", target);
        report.put("means", "drone");
        report.put("outcome", "hit");
        if (accused != null) {
            report.put("allegedPerpetrator", accused);
        }
        Map<String, Object> source = new LinkedHashMap<>();
        if (party == null) {
            source.put("kind", "monitor");
            source.put("name", "test monitor");
        } else {
            source.put("kind", "party");
            source.put("party", party);
            source.put("name", "test ministry of " + party);
            source.put("address", "https://example.org/" + party.toLowerCase(Locale.ROOT));
            source.put("publishedOn", date);
        }
        report.put("source", source);
        report.put("externalRef", "it-" + UUID.randomUUID());
        return report;
    }

    public static String submit(Api as, Map<String, Object> claim) {
        Api.Response response = as.post("/api/reports", claim);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** The incident holding the report, as this reader sees it. */
    public static JsonNode incidentOf(Api as, String reportId, double[] at) {
        String bbox = (at[1] - 0.5) + "," + (at[0] - 0.5) + "," + (at[1] + 0.5) + "," + (at[0] + 0.5);
        Api.Response list = as.get("/api/incidents?bbox=" + bbox);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode summary : list.json().get("incidents")) {
            Api.Response one = as.get("/api/incidents/" + summary.get("id").asString());
            if (one.status() != 200) {
                continue; // merged away between the list and this read (another instance following the ledger)
            }
            JsonNode incident = one.json();
            for (JsonNode claim : incident.get("claims")) {
                if (claim.get("reportId").asString().equals(reportId)) {
                    return incident;
                }
            }
        }
        throw new AssertionError("no incident holds " + reportId + " in " + list);
    }

    public static String incidentId(Api as, String reportId, double[] at) {
        return incidentOf(as, reportId, at).get("id").asString();
    }

    /**
     * The incident the engine formed with the report. No polling: a read of incidents waits for the
     * engine to apply what was committed before it (read-your-writes).
     */
    public static String incidentHolding(Incidents incidents, String reportId) {
        return incidents.all().filter(f -> f.reportIds().contains(reportId)).findFirst().map(IncidentFacts::id)
                .orElseThrow(() -> new AssertionError("no incident holds " + reportId));
    }
}
