package org.truce.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.reports.ReportsFixtures.report;
import static org.truce.reports.ReportsFixtures.with;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.truce.reports.ReportsFixtures.Counts;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Report intake and reading over HTTP, with the demo's twenty claims loaded. */
class ReportsApiTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private static List<JsonNode> all(Api as, String query) {
        List<JsonNode> reports = new ArrayList<>();
        String after = null;
        do {
            Api.Response page = as.get("/api/reports?limit=1000" + query + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().get("reports").forEach(reports::add);
            JsonNode next = page.json().get("next");
            after = next == null || next.isNull() ? null : next.asString();
        } while (after != null);
        return reports;
    }

    private static JsonNode claim(List<JsonNode> reports, String claimId) {
        return reports.stream().filter(r -> claimId.equals(r.path("externalRef").asString())
                && !r.path("submitterRole").asString().equals("monitor")).findFirst()
                .orElseThrow(() -> new AssertionError("no report of claim " + claimId));
    }

    @Test
    void theMonitorListsTheTwentyDemoClaimsAsReportsOfTheClaimingSide() {
        List<JsonNode> reports = all(monitor(), "");
        Set<String> claims = new HashSet<>();
        for (int i = 1; i <= 20; i++) {
            JsonNode report = claim(reports, String.format("c%02d", i));
            claims.add(report.get("externalRef").asString());
            assertThat(report.get("owner").asString()).isEqualTo(report.get("source").get("party").asString());
            assertThat(report.get("source").get("address").asString()).startsWith("https://");
        }
        assertThat(claims).hasSize(20);
        JsonNode sudzha = claim(reports, "c01");
        assertThat(sudzha.get("owner").asString()).isEqualTo("RU");
        assertThat(sudzha.get("source").get("name").asString()).isEqualTo("Russian media and Telegram channels");
        assertThat(sudzha.get("where").get("regionId").asString()).isEqualTo("RU-KRS");
        assertThat(sudzha.get("target").get("category").asString()).isEqualTo("gas_metering");
        // the local day of a place in Kursk Oblast, read in Moscow time (UTC+3)
        assertThat(sudzha.get("when").get("zone").asString()).isEqualTo("Europe/Moscow");
        assertThat(sudzha.get("when").get("earliest").asString()).isEqualTo("2025-03-20T21:00:00Z");
        // Nikopol, 18 March: Kyiv time was still UTC+2
        JsonNode nikopol = claim(reports, "c06");
        assertThat(nikopol.get("when").get("zone").asString()).isEqualTo("Europe/Kyiv");
        assertThat(nikopol.get("when").get("earliest").asString()).isEqualTo("2025-03-17T22:00:00Z");
        assertThat(nikopol.get("when").get("latest").asString()).isEqualTo("2025-03-18T22:00:00Z");
        JsonNode aggregate = claim(reports, "c14");
        assertThat(aggregate.get("where").isNull()).as("c14 names five regions and no point").isTrue();
        assertThat(aggregate.get("regions")).extracting(JsonNode::asString)
                .containsExactly("RU-BRY", "RU-BEL", "RU-SMO", "RU-LIP", "RU-VOR");
    }

    @Test
    void aPartySeesItsOwnReportsAndNoneOfTheOthers() {
        List<JsonNode> mine = all(ua(), "");
        assertThat(mine).isNotEmpty();
        assertThat(mine).allSatisfy(r -> assertThat(r.get("owner").asString()).isEqualTo("UA"));
        assertThat(mine).extracting(r -> r.get("externalRef").asString()).contains("c03", "c05", "c19");
        assertThat(mine).extracting(r -> r.get("externalRef").asString()).doesNotContain("c01", "c02", "c04");
        assertThat(ua().get("/api/reports/count").json().get("count").asLong()).isEqualTo(mine.size());

        String russian = claim(all(monitor(), ""), "c02").get("id").asString();
        Api.Response hidden = ua().get("/api/reports/" + russian);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.isProblem()).isTrue();
        assertThat(ua().get("/api/reports/rep_doesnotexist00000000000000").body())
                .as("an unknown id and another party's report answer alike")
                .isEqualTo(hidden.body().replace(russian, "rep_doesnotexist00000000000000"));
        assertThat(ru().get("/api/reports/" + russian).status()).isEqualTo(200);
        assertThat(api.get("/api/reports/" + russian).status()).as("the public").isEqualTo(404);
        // the public reads only the claims of published findings (the demo publishes one)
        Set<String> published = new HashSet<>();
        api.get("/api/findings").json().forEach(f -> f.get("claims").forEach(c -> published.add(c.asString())));
        List<JsonNode> seenByPublic = all(api, "");
        assertThat(seenByPublic).extracting(r -> r.get("id").asString()).isSubsetOf(published).doesNotContain(russian);
        assertThat(api.get("/api/reports/count").json().get("count").asLong()).isEqualTo(seenByPublic.size());
    }

    @Test
    void aPlaceNameAloneIsResolvedWithItsPrecision() {
        Map<String, Object> report = report();
        with(report, "where", Map.of("place", "Klimovsky district, Bryansk Region"));
        Api.Response created = monitor().post("/api/reports", report);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode where = created.json().get("where");
        assertThat(where.get("precision").asString()).isEqualTo("district");
        assertThat(where.get("latitude").asDouble()).isCloseTo(52.38, org.assertj.core.data.Offset.offset(0.05));
        assertThat(where.get("longitude").asDouble()).isCloseTo(32.19, org.assertj.core.data.Offset.offset(0.05));
        assertThat(where.get("regionId").asString()).isEqualTo("RU-BRY");
        assertThat(where.get("uncertaintyMetres").asDouble()).isEqualTo(GeoPrecision.DISTRICT.defaultRadiusMetres());
        assertThat(where.get("resolvedFromPlace").asBoolean()).isTrue();

        Map<String, Object> sudzha = with(report(), "where", Map.of("place", "Суджа"));
        JsonNode town = monitor().post("/api/reports", sudzha).json().get("where");
        assertThat(town.get("precision").asString()).isEqualTo("town");
        assertThat(town.get("regionId").asString()).isEqualTo("RU-KRS");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        assertRefused(with(report(), "where", Map.of("place", "Atlantis, Kursk region")), "where.place");
        assertRefused(with(report(), "where.latitude", 91), "where.latitude");
        assertRefused(with(report(), "target.category", "power_station"), "target.category");
        assertRefused(with(report(), "source", null), "source");
        assertRefused(with(report(), "when", Map.of("date", "2025-02-30")), "when.date");
        assertRefused(with(report(), "outcome", "destroyed"), "outcome");
        assertRefused(with(report(), "evidence", List.of("not-a-hash")), "evidence[0]");
        assertRefused(with(report(), "source", Map.of("kind", "party", "party", "RU")), "source.party");
    }

    private void assertRefused(Map<String, Object> report, String field) {
        Counts before = Counts.of(jdbc);
        Api.Response refused = ua().post("/api/reports", report);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("field").asString()).as(refused.toString()).isEqualTo(field);
        assertThat(Counts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aCorrectionSupersedesAReportAndBothStayReadable() {
        String original = ua().post("/api/reports", report()).json().get("id").asString();
        Map<String, Object> correction = with(report(), "supersedes", original);
        with(correction, "outcome", "debris");
        Api.Response corrected = ua().post("/api/reports", correction);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        String replacement = corrected.json().get("id").asString();

        assertThat(ua().get("/api/reports/" + original).json().get("supersededBy").asString()).isEqualTo(replacement);
        assertThat(ua().get("/api/reports/" + original).json().get("outcome").asString()).isEqualTo("hit");
        assertThat(all(ua(), "")).extracting(r -> r.get("id").asString()).contains(replacement).doesNotContain(original);
        assertThat(all(ua(), "&includeSuperseded=true")).extracting(r -> r.get("id").asString())
                .contains(replacement, original);

        Counts before = Counts.of(jdbc);
        Api.Response again = ua().post("/api/reports", with(report(), "supersedes", original));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("field").asString()).isEqualTo("supersedes");
        Api.Response byOther = ru().post("/api/reports", with(with(report(), "supersedes", replacement),
                "source", Map.of("kind", "party")));
        assertThat(byOther.status()).isEqualTo(400);
        assertThat(byOther.json().get("detail").asString()).doesNotContain("superseded");
        assertThat(Counts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void listsFilterByTimePartyAndBox() {
        List<JsonNode> inKursk = all(monitor(), "&bbox=34.0,50.5,37.5,52.5&party=RU&from=2025-03-20T00:00:00Z"
                + "&to=2025-03-31T00:00:00Z");
        assertThat(inKursk).extracting(r -> r.get("externalRef").asString()).contains("c01", "c02", "c08")
                .doesNotContain("c03", "c04", "c14");
        Api.Response badBox = monitor().get("/api/reports?bbox=1,2,3");
        assertThat(badBox.status()).isEqualTo(400);
        assertThat(badBox.json().get("field").asString()).isEqualTo("bbox");
    }
}
