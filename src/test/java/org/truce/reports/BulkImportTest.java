package org.truce.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.truce.reports.ReportsFixtures.Counts;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Bulk intake: every row validated first, then all written or none. */
class BulkImportTest extends IntegrationTest {

    private static final String HEADER = "claim_id,event_date,place,country,latitude,longitude,location_precision,"
            + "facility_type,alleged_attacker,claimant,claimant_side,means,outcome,source_address,published_on,note";

    @Autowired
    JdbcTemplate jdbc;

    private static String csvRow(String id, double latitude, double longitude, String category) {
        return id + ",2025-03-2" + (id.hashCode() & 7) + ",,UA," + latitude + "," + longitude + ",town," + category
                + ",RU,Regional administration,UA,drone,hit,https://example.org/" + id + ",2025-03-29,generated";
    }

    @Test
    void aCsvWithOneBadRowAmongTenThousandIsRefusedNamingTheRowAndNothingIsWritten() {
        long seed = 20250318L;
        Random random = new Random(seed);
        int bad = 1 + random.nextInt(10_000);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int row = 1; row <= 10_000; row++) {
            double latitude = row == bad ? 91 : 45 + random.nextDouble() * 7;
            csv.append(csvRow("b" + seed + "-" + row, latitude, 23 + random.nextDouble() * 16, "substation")).append('\n');
        }
        Counts before = Counts.of(jdbc);
        Api.Response refused = monitor().post("/api/reports/bulk?format=csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("field").asString()).as("seed " + seed).isEqualTo("row " + bad + ": latitude");
        assertThat(refused.json().get("detail").asString()).contains("91");
        assertThat(Counts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void theClaimsFileImportsAsItIsForAMonitor() throws IOException {
        byte[] claims;
        try (InputStream in = getClass().getResourceAsStream("/data/claims-2025-moratorium.csv")) {
            claims = in.readAllBytes();
        }
        Counts before = Counts.of(jdbc);
        Api.Response imported = monitor().post("/api/reports/bulk", "text/csv; charset=utf-8", claims);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("imported").asLong()).isEqualTo(20);
        assertThat(Counts.of(jdbc).reports()).isEqualTo(before.reports() + 20);
        JsonNode first = monitor().get("/api/reports/" + imported.json().get("firstId").asString()).json();
        assertThat(first.get("externalRef").asString()).isEqualTo("c01");
        assertThat(first.get("owner").isNull()).as("a monitor's import belongs to no party").isTrue();
        assertThat(first.get("source").get("party").asString()).isEqualTo("RU");
        assertThat(ru().get("/api/reports/" + first.get("id").asString()).status()).isEqualTo(404);
    }

    @Test
    void aPartyMayNotImportTheOtherSidesClaims() {
        String csv = HEADER + "\n" + csvRow("p1", 50.9, 34.8, "substation").replace(",UA,drone", ",RU,drone") + "\n";
        Counts before = Counts.of(jdbc);
        Api.Response refused = ua().post("/api/reports/bulk?format=csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("row 1: claimant_side");
        assertThat(Counts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void anHxlHashtagRowIsSkipped() {
        String csv = HEADER + "\n#id,#date,#loc,#country,#geo+lat,#geo+lon,#geo+precision,#x_type,#actor,#org,#x_side,"
                + "#x_means,#x_outcome,#meta+url,#date+published,#description\n" + csvRow("h1", 50.9, 34.8, "substation") + "\n";
        Api.Response imported = ua().post("/api/reports/bulk?format=csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("imported").asLong()).isEqualTo(1);
    }

    @Test
    void ndjsonRowsAreReportsAsTheApiTakesThem() {
        String ok = Api.JSON.writeValueAsString(ReportsFixtures.report());
        Api.Response imported = ua().post("/api/reports/bulk", "application/x-ndjson",
                (ok + "\n\n" + Api.JSON.writeValueAsString(ReportsFixtures.report()) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("imported").asLong()).isEqualTo(2);

        Counts before = Counts.of(jdbc);
        String unknownField = ok.replace("\"means\"", "\"meens\"");
        String badCategory = ok.replace("substation", "windmill");
        Api.Response refused = ua().post("/api/reports/bulk?format=ndjson", "application/octet-stream",
                (ok + "\n" + unknownField + "\n" + badCategory + "\n{not json\n").getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.get(0).get("field").asString()).isEqualTo("row 2: meens");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("row 3: target.category");
        assertThat(errors.get(2).get("field").asString()).startsWith("row 4: ");
        assertThat(errors.get(3).get("field").asString()).isEqualTo("rows");
        assertThat(Counts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aGeoJsonFeatureCollectionTakesItsCoordinatesFromTheGeometry() {
        String geojson = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [35.27, 51.19]},
                   "properties": {"event_date": "2025-03-21", "location_precision": "site", "facility_type": "gas_metering",
                     "alleged_attacker": "UA", "source_kind": "open_source", "source_address": "https://example.org/a",
                     "published_on": "2025-03-21", "means": "unknown", "outcome": "hit"}},
                  {"type": "Feature", "geometry": null,
                   "properties": {"event_date": "2025-03-28", "place": "Poltava region", "facility_type": "gas_production",
                     "source_kind": "open_source", "source_address": "https://example.org/b", "published_on": "2025-03-28",
                     "means": "drone", "outcome": "hit"}}
                ]}""";
        Api.Response imported = monitor().post("/api/reports/bulk", "application/geo+json",
                geojson.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode second = monitor().get("/api/reports/" + imported.json().get("lastId").asString()).json();
        assertThat(second.get("where").get("precision").asString()).isEqualTo("region");
        assertThat(second.get("where").get("regionId").asString()).isEqualTo("UA-53");

        Counts before = Counts.of(jdbc);
        Api.Response refused = monitor().post("/api/reports/bulk", "application/geo+json",
                geojson.replace("[35.27, 51.19]", "[35.27, 91]").getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("row 1: geometry.coordinates[1]");
        assertThat(Counts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void anUnknownColumnOrFormatIsRefused() {
        Api.Response column = monitor().post("/api/reports/bulk?format=csv", "text/csv",
                "event_date,colour\n2025-03-21,red\n".getBytes(StandardCharsets.UTF_8));
        assertThat(column.status()).isEqualTo(400);
        assertThat(column.json().get("field").asString()).isEqualTo("header");
        Api.Response format = monitor().post("/api/reports/bulk", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().get("field").asString()).isEqualTo("format");
    }
}
