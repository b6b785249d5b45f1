package org.truce.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.truce.shared.DemoSeed;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The compliance report of the demo moratorium over the API, in every format, for the monitors
 * and for the public (which sees aggregate counts and published findings, never an unpublished
 * incident nor a draft grade).
 */
class ComplianceApiTest extends IntegrationTest {

    @Autowired
    List<DemoSeed> seeds;
    @Autowired
    JdbcTemplate jdbc;

    /** The demo's published finding on the transmission line at Nikopol. */
    private JsonNode demoFinding() {
        for (JsonNode finding : api.get("/api/findings").json()) {
            if (finding.get("assessment").get("rationale").asString().contains("transmission line in Nikopol")) {
                return finding;
            }
        }
        throw new AssertionError("the demo finding is not published");
    }

    private String demoAgreement() {
        return demoFinding().get("agreementIds").get(0).asString();
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        return CSVFormat.DEFAULT.parse(new StringReader(body)).getRecords();
    }

    @Test
    void theDemoHasAPublishedFindingAndTwoDraftsAndSeedingAgainAddsNothing() {
        JsonNode finding = demoFinding();
        assertThat(finding.get("assessment").get("grade").asString()).isEqualTo("probable_violation");
        assertThat(finding.get("assessment").get("attribution").asString()).isEqualTo("RU");
        assertThat(finding.get("verdict").asString()).as("the finding agrees with the engine").isEqualTo("potential_violation");
        List<String> grades = new ArrayList<>();
        monitor().get("/api/incidents?limit=10000").json().get("incidents").forEach(i -> {
            if (i.get("grade") != null && !i.get("grade").isNull()) {
                grades.add(i.get("grade").asString());
            }
        });
        assertThat(grades).contains("probable_violation", "inconclusive", "not_a_violation");
        List<String> publicGrades = new ArrayList<>();
        api.get("/api/incidents?limit=10000").json().get("incidents").forEach(i -> publicGrades.add(
                i.get("grade") == null || i.get("grade").isNull() ? "none" : i.get("grade").asString()));
        assertThat(publicGrades).doesNotContain("inconclusive", "not_a_violation");

        int before = jdbc.queryForObject("SELECT COUNT(*) FROM assessment", Integer.class);
        seeds.stream().filter(s -> s.order() == 600).forEach(s -> s.seed(Path.of("target")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment", Integer.class)).isEqualTo(before);
    }

    @Test
    void monitorsSeeEveryIncidentThePublicOnlyPublishedOnesAndAggregateCounts() {
        String agreement = demoAgreement();
        Api.Response full = monitor().get("/api/compliance/" + agreement + "?format=json");
        assertThat(full.status()).as(full.toString()).isEqualTo(200);
        JsonNode report = full.json();
        assertThat(report.get("scope").asString()).isEqualTo("full");
        assertThat(report.get("from").asString()).isEqualTo("2025-03-18");
        assertThat(report.get("to").asString()).isEqualTo("2025-04-16");

        Set<String> unpublished = new HashSet<>();
        Set<String> published = new HashSet<>();
        for (JsonNode row : report.get("incidents")) {
            (row.get("findingId").isNull() ? unpublished : published).add(row.get("incidentId").asString());
        }
        assertThat(published).contains(demoFinding().get("incidentId").asString());
        assertThat(unpublished).as("the demo's other incidents in the window").isNotEmpty();

        JsonNode perParty = report.get("perParty");
        assertThat(perParty).hasSize(2);
        for (JsonNode party : perParty) {
            assertThat(party.get("publishedGrades").has("inconclusive")).as("a draft never counts").isFalse();
            assertThat(party.get("publishedGrades").has("not_a_violation")).isFalse();
            int daily = 0;
            for (JsonNode day : report.get("daily")) {
                if (day.get("party").asString().equals(party.get("party").asString())) {
                    daily += day.get("incidents").asInt();
                }
            }
            assertThat(daily).as("the daily series adds up").isEqualTo(party.get("incidents").asInt());
        }
        JsonNode ru = perParty.get(0).get("party").asString().equals("RU") ? perParty.get(0) : perParty.get(1);
        assertThat(ru.get("publishedGrades").get("probable_violation").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(ru.get("claimsAgainst").asInt()).isGreaterThanOrEqualTo(ru.get("incidents").asInt());
        assertThat(report.get("daily")).hasSize(30 * 2);

        for (Api outsider : List.of(api, ru(), ua())) {
            Api.Response view = outsider.get("/api/compliance/" + agreement);
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            JsonNode seen = view.json();
            assertThat(seen.get("scope").asString()).isEqualTo("published");
            assertThat(seen.get("perParty")).as("aggregate counts, the same for everyone").isEqualTo(perParty);
            for (JsonNode row : seen.get("incidents")) {
                assertThat(row.get("findingId").isNull()).as("only incidents with a finding").isFalse();
            }
            for (JsonNode finding : seen.get("findings")) {
                assertThat(finding.get("assessment").get("published").asBoolean()).isTrue();
            }
            for (String format : List.of("json", "csv", "hxl", "acled", "geojson", "html")) {
                String body = outsider.get("/api/compliance/" + agreement + "?format=" + format).body();
                for (String hidden : unpublished) {
                    assertThat(body).as(format + " leaks an unpublished incident").doesNotContain(hidden);
                }
            }
        }
    }

    @Test
    void everyFormatParsesBack() throws Exception {
        String agreement = demoAgreement();
        String base = "/api/compliance/" + agreement + "?from=2025-03-18&to=2025-04-16&format=";

        Api.Response plain = monitor().get(base + "csv");
        assertThat(plain.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = csv(plain.body());
        assertThat(rows.get(0).toList()).isEqualTo(ComplianceFormats.COLUMNS.stream().map(c -> c[0]).toList());
        assertThat(rows.size()).isGreaterThan(1);

        List<CSVRecord> hxl = csv(monitor().get(base + "hxl").body());
        assertThat(hxl.get(1).get(0)).isEqualTo("#date");
        assertThat(hxl.get(1).toList()).contains("#adm1+name", "#geo+lat", "#geo+lon");
        assertThat(hxl.size()).isEqualTo(rows.size() + 1);

        List<CSVRecord> acled = csv(monitor().get(base + "acled").body());
        List<String> columns = acled.get(0).toList();
        assertThat(columns).isEqualTo(ComplianceFormats.ACLED_COLUMNS);
        for (CSVRecord row : acled.subList(1, acled.size())) {
            assertThat(row.get(columns.indexOf("event_type"))).isEqualTo("Explosions/Remote violence");
            assertThat(row.get(columns.indexOf("sub_event_type"))).isIn(ComplianceFormats.AIR_DRONE,
                    ComplianceFormats.SHELLING, ComplianceFormats.REMOTE_EXPLOSIVE);
            assertThat(row.get(columns.indexOf("geo_precision"))).isIn("1", "2", "3");
            assertThat(row.get(columns.indexOf("time_precision"))).isIn("1", "2", "3");
        }

        Api.Response geo = monitor().get(base + "geojson");
        assertThat(geo.contentType()).startsWith("application/geo+json");
        JsonNode collection = geo.json();
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        for (JsonNode feature : collection.get("features")) {
            assertThat(feature.get("type").asString()).isEqualTo("Feature");
            JsonNode geometry = feature.get("geometry");
            if (!geometry.isNull()) {
                assertThat(geometry.get("type").asString()).isEqualTo("Point");
                assertThat(geometry.get("coordinates")).hasSize(2);
            }
        }

        Api.Response html = api.get(base + "html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("Per party", "@media print", "transmission line in Nikopol");
    }

    @Test
    void badPeriodsAndFormatsAreRefusedNamingTheField() {
        String agreement = demoAgreement();
        Api.Response badDate = api.get("/api/compliance/" + agreement + "?from=18/03/2025");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("field").asString()).isEqualTo("from");
        Api.Response reversed = api.get("/api/compliance/" + agreement + "?from=2025-04-01&to=2025-03-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("field").asString()).isEqualTo("to");
        Api.Response format = api.get("/api/compliance/" + agreement + "?format=xml");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().get("field").asString()).isEqualTo("format");
        assertThat(api.get("/api/compliance/agr_nosuchagreement0000000000").status()).isEqualTo(404);
        assertThat(monitor().get("/api/compliance/agr_nosuchagreement0000000000?format=csv").status()).isEqualTo(404);
    }
}
