package org.truce.verification;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;
import org.truce.testing.TestApplications;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.verification.IncidentApiFixtures.claim;
import static org.truce.verification.IncidentApiFixtures.incidentId;
import static org.truce.verification.IncidentApiFixtures.incidentOf;
import static org.truce.verification.IncidentApiFixtures.place;
import static org.truce.verification.IncidentApiFixtures.submit;

/** The incidents API: blind matching and visibility, monitors' decisions kept across a rebuild, refusals. */
class IncidentsApiTest extends IntegrationTest {

    // ---------------------------------------------------------------- blind matching

    @Test
    void aPartyLearnsOnlyThatItsClaimMatchedASiteRegisteredByTheOtherPartyAndItsCategory() {
        double[] site = place();
        String name = "Secret substation " + UUID.randomUUID();
        Api.Response nominated = ru().post("/api/sites", Map.of("name", name, "category", "substation",
                "latitude", site[0], "longitude", site[1], "source", "RU grid", "sourceRef", UUID.randomUUID().toString()));
        assertThat(nominated.status()).as(nominated.toString()).isEqualTo(201);
        String siteId = nominated.json().get("id").asString();
        // UA's claim, to the town, about 3 km from the site
        double[] at = {site[0] + 0.019, site[1] + 0.031};
        String report = submit(ua(), claim("UA", at, "town", "2025-03-28", "substation", "RU"));

        JsonNode mine = incidentOf(ua(), report, at);
        JsonNode target = DemoVerdictsApiTest.step(mine.get("determinations").get(0), "target");
        JsonNode blind = target.get("facts").get("sites").get(0);
        assertThat(blind.get("site").asString()).isEqualTo("a protected site registered by RU");
        assertThat(blind.get("category").asString()).isEqualTo("substation");
        assertThat(blind.has("siteId")).isFalse();
        assertThat(blind.has("name")).isFalse();
        assertThat(blind.has("distanceMetres")).isFalse();
        String id = mine.get("id").asString();
        // a box of about 2 km around the claim: other tests' random points (3° by 6°) stay out of it
        String bbox = (at[1] - 0.01) + "," + (at[0] - 0.01) + "," + (at[1] + 0.01) + "," + (at[0] + 0.01);
        for (Api.Response answer : List.of(ua().get("/api/incidents/" + id), ua().get("/api/incidents?bbox=" + bbox),
                ua().get("/api/incidents?format=geojson&bbox=" + bbox), ua().get("/api/incidents", "application/geo+json"),
                ua().get("/api/incidents/clusters?zoom=8&bbox=" + bbox))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.body()).doesNotContain(siteId).doesNotContain(name)
                    .doesNotContain(String.valueOf(site[0])).doesNotContain(String.valueOf(site[1]));
        }

        // the monitor sees the site itself, at its distance
        JsonNode full = DemoVerdictsApiTest.step(monitor().get("/api/incidents/" + id).json().get("determinations").get(0),
                "target").get("facts").get("sites").get(0);
        assertThat(full.get("siteId").asString()).isEqualTo(siteId);
        assertThat(full.get("distanceMetres").asDouble()).isBetween(2000.0, 4000.0);
        // and RU, reading its own site, would; but RU may not read UA's incident at all
        assertThat(ru().get("/api/incidents/" + id).status()).isEqualTo(404);
    }

    @Test
    void anotherPartysIncidentIsNotFoundExactlyLikeAnIdThatDoesNotExistAndIsNeverCounted() {
        double[] at = place();
        String report = submit(ru(), claim("RU", at, "site", "2025-03-29", "oil_depot", "UA"));
        String id = incidentId(ru(), report, at);
        Api.Response hidden = ua().get("/api/incidents/" + id);
        String madeUp = "inc_" + "0".repeat(26);
        Api.Response missing = ua().get("/api/incidents/" + madeUp);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(hidden.body().replace(id, "ID")).isEqualTo(missing.body().replace(madeUp, "ID"));
        // a box of about 2 km around the claim: other tests' random points (3° by 6°) stay out of it
        String bbox = (at[1] - 0.01) + "," + (at[0] - 0.01) + "," + (at[1] + 0.01) + "," + (at[0] + 0.01);
        assertThat(ua().get("/api/incidents?bbox=" + bbox).json().get("total").asLong()).isZero();
        assertThat(ua().get("/api/incidents?party=RU&bbox=" + bbox).json().get("total").asLong()).isZero();
        assertThat(api.get("/api/incidents?bbox=" + bbox).json().get("total").asLong()).isZero();
        assertThat(ua().get("/api/incidents?limit=10000").body()).doesNotContain(id);
        assertThat(monitor().get("/api/incidents?bbox=" + bbox).json().get("total").asLong()).isEqualTo(1);
        // a split by a party is refused before anything is looked up
        assertThat(ua().post("/api/incidents/" + id + "/split", Map.of("reports", List.of(report))).status()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- decisions, kept

    @Test
    void splitAndMergeAreKeptByLaterRunsAndByARebuildFromScratch() {
        double[] at = place();
        String a = submit(monitor(), claim(null, at, "site", "2025-03-30", "gas_storage", "UA"));
        String b = submit(monitor(), claim(null, at, "site", "2025-03-30", "gas_storage", "RU"));
        String incident = incidentId(monitor(), a, at);
        assertThat(incident).isEqualTo("inc_" + a.substring(4));
        assertThat(incidentId(monitor(), b, at)).isEqualTo(incident);

        Api.Response split = monitor().post("/api/incidents/" + incident + "/split",
                Map.of("reports", List.of(b), "reason", "two strikes, hours apart"));
        assertThat(split.status()).as(split.toString()).isEqualTo(201);
        assertThat(split.json().size()).isEqualTo(2);
        String other = incidentId(monitor(), b, at);
        assertThat(other).isEqualTo("inc_" + b.substring(4));
        assertThat(incidentId(monitor(), a, at)).isEqualTo(incident);

        // a later claim of the same event joins one side, never both
        String c = submit(monitor(), claim(null, at, "site", "2025-03-30", "gas_storage", null));
        assertThat(incidentId(monitor(), c, at)).isIn(incident, other);
        assertThat(incidentId(monitor(), a, at)).isNotEqualTo(incidentId(monitor(), b, at));
        Set<String> afterSplit = partition(monitor(), at, a, b, c);

        try (ConfigurableApplicationContext second = startAnotherInstance("incidents-rebuild")) {
            Api rebuilt = TestApplications.api(second).as("demo-monitor");
            assertThat(partition(rebuilt, at, a, b, c)).isEqualTo(afterSplit);

            Api.Response merged = monitor().post("/api/incidents/merge", Map.of("incidents", List.of(other, incident)));
            assertThat(merged.status()).as(merged.toString()).isEqualTo(201);
            assertThat(merged.json().get("id").asString()).isEqualTo(incident);
            assertThat(merged.json().get("claims").size()).isEqualTo(3);
            assertThat(merged.json().get("ledgerSeqs").size()).isGreaterThanOrEqualTo(5);
            // the other instance follows the merge through the ledger
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (!incident.equals(incidentIdOrNull(rebuilt, b, at)) && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
            assertThat(incidentId(rebuilt, b, at)).isEqualTo(incident);
        }
        try (ConfigurableApplicationContext third = startAnotherInstance("incidents-rebuild-after-merge")) {
            Api rebuilt = TestApplications.api(third).as("demo-monitor");
            assertThat(incidentId(rebuilt, a, at)).isEqualTo(incident);
            assertThat(incidentId(rebuilt, b, at)).isEqualTo(incident);
            assertThat(incidentId(rebuilt, c, at)).isEqualTo(incident);
        }
    }

    /** Null while the incident is being changed under the reads (another instance following the ledger). */
    private static String incidentIdOrNull(Api as, String report, double[] at) {
        try {
            return incidentId(as, report, at);
        } catch (AssertionError e) {
            return null;
        }
    }

    /** Which of the reports share an incident, as "a=b" pairs. */
    private static Set<String> partition(Api as, double[] at, String... reports) {
        Set<String> pairs = new TreeSet<>();
        for (String x : reports) {
            for (String y : reports) {
                if (x.compareTo(y) < 0) {
                    pairs.add(x + (incidentId(as, x, at).equals(incidentId(as, y, at)) ? "=" : "/") + y);
                }
            }
        }
        return pairs;
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        double[] at = place();
        String a = submit(monitor(), claim(null, at, "site", "2025-04-01", "substation", "UA"));
        String incident = incidentId(monitor(), a, at);
        long before = writes();
        assertField(monitor().post("/api/incidents/" + incident + "/split", Map.of("reports", List.of("rep_nope"))), "reports[0]");
        assertField(monitor().post("/api/incidents/" + incident + "/split", Map.of("reports", List.of(a))), "reports");
        assertField(monitor().post("/api/incidents/" + incident + "/split", Map.of("reports", List.of())), "reports");
        assertField(monitor().post("/api/incidents/merge", Map.of("incidents", List.of(incident))), "incidents");
        assertField(monitor().post("/api/incidents/merge", Map.of("incidents", List.of(incident, "inc_" + "1".repeat(26)))),
                "incidents[1]");
        assertField(monitor().post("/api/incidents/merge", Map.of("incidents", List.of(incident, "nonsense"))), "incidents[1]");
        assertField(monitor().post("/api/incidents/" + incident + "/target", Map.of("reason", "x")), "energyInfrastructure");
        assertField(monitor().get("/api/incidents?verdict=guilty"), "verdict");
        assertField(monitor().get("/api/incidents?grade=bad"), "grade");
        assertField(monitor().get("/api/incidents?bbox=1,2,3"), "bbox");
        assertField(monitor().get("/api/incidents?from=yesterday"), "from");
        assertField(monitor().get("/api/incidents?limit=0"), "limit");
        assertField(monitor().get("/api/incidents?format=xml"), "format");
        assertThat(monitor().post("/api/incidents/inc_" + "2".repeat(26) + "/split", Map.of("reports", List.of(a))).status())
                .isEqualTo(404);
        assertThat(writes()).isEqualTo(before);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Decisions and their ledger entries (other tests write to the same ledger meanwhile, so count ours). */
    private long writes() {
        return jdbc.queryForObject("SELECT count(*) FROM incident_decision", Long.class);
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().get("field").asString()).as(response.toString()).isEqualTo(field);
    }

    // ---------------------------------------------------------------- filters and formats

    @Test
    void theListFiltersByVerdictPartyTimeAndPlaceAndAnswersGeoJson() {
        double[] at = place();
        String a = submit(ua(), claim("UA", at, "site", "2025-03-31", "substation", "RU"));
        String bbox = (at[1] - 0.2) + "," + (at[0] - 0.2) + "," + (at[1] + 0.2) + "," + (at[0] + 0.2);
        JsonNode list = ua().get("/api/incidents?bbox=" + bbox).json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        JsonNode row = list.get("incidents").get(0);
        assertThat(row.get("verdict").asString()).isEqualTo("potential_violation");
        assertThat(ua().get("/api/incidents?verdict=not_covered&bbox=" + bbox).json().get("total").asLong()).isZero();
        assertThat(ua().get("/api/incidents?verdict=potential_violation&party=RU&bbox=" + bbox).json().get("total").asLong())
                .isEqualTo(1);
        assertThat(ua().get("/api/incidents?to=2025-03-01T00:00:00Z&bbox=" + bbox).json().get("total").asLong()).isZero();
        assertThat(ua().get("/api/incidents?from=2025-03-30T00:00:00Z&to=2025-04-02T00:00:00Z&bbox=" + bbox)
                .json().get("total").asLong()).isEqualTo(1);
        Api.Response geo = ua().get("/api/incidents?bbox=" + bbox, "application/geo+json");
        assertThat(geo.contentType()).contains("application/geo+json");
        JsonNode feature = geo.json().get("features").get(0);
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(at[1]);
        assertThat(feature.get("properties").get("verdict").asString()).isEqualTo("potential_violation");
        assertThat(incidentOf(ua(), a, at).get("claims").get(0).get("ledgerSeq").isNumber()).isTrue();
    }
}
