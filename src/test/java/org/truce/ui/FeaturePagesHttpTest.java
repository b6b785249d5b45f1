package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.truce.agreement.AgreementFixtures;
import org.truce.agreement.AgreementFixtures.TestParty;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The feature pages and the sites layer over plain HTTP: who may open which page, a record the
 * viewer may not see is a 404 page like one that does not exist, and the layer's clusters count
 * exactly the sites {@code GET /api/sites} shows the viewer.
 */
class FeaturePagesHttpTest extends IntegrationTest {

    private static final String WORLD = "/api/sites/clusters?bbox=-180,-85,180,85&zoom=2";

    @Test
    void eachPageOpensForItsRolesOnly() {
        assertThat(api.get("/agreements").status()).isEqualTo(200);
        assertThat(api.get("/ledger").status()).isEqualTo(200);
        assertThat(api.send(api.request("/sites").GET()).status()).as("signing in first").isEqualTo(302);
        assertThat(api.send(api.request("/reports").GET()).status()).isEqualTo(302);
        assertThat(ua().get("/reports/new").status()).isEqualTo(200);
        assertThat(monitor().get("/reports/new").status()).isEqualTo(200);
        assertThat(mediator().get("/reports/new").status()).as("the form is for parties and monitors").isEqualTo(403);
        assertThat(mediator().get("/reports").status()).isEqualTo(200);
        assertThat(ua().get("/accounts").status()).isEqualTo(403);
    }

    @Test
    void anotherPartysRecordIsA404PageExactlyLikeOneThatDoesNotExist() {
        String russianSite = ru().post("/api/sites", Map.of("name", "Pages test substation " + UUID.randomUUID(),
                "category", "substation", "latitude", 51.7, "longitude", 36.2, "source", "Test register")).json()
                .get("id").asString();
        Api.Response hidden = ua().get("/sites/" + russianSite, "text/html");
        Api.Response missing = ua().get("/sites/site_00000000000000000000000000", "text/html");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("text/html");
        assertThat(hidden.body()).contains("data-status=\"404\"").doesNotContain(russianSite).doesNotContain("Pages test");
        assertThat(monitor().get("/sites/" + russianSite).body()).contains("Pages test substation");

        String russianReport = ru().get("/api/reports?limit=1").json().at("/reports/0/id").asString();
        assertThat(ua().get("/reports/" + russianReport).status()).isEqualTo(404);
        assertThat(ua().get("/ledger?record=" + russianReport).body()).contains("id=\"lookup-none\"");
        assertThat(ru().get("/reports/" + russianReport).status()).isEqualTo(200);
    }

    @Test
    void theOtherPartysSiteCanBeContestedFromThePagesOnlyWhereTheListsAreExchanged() {
        TestParty a = AgreementFixtures.newPartyWithKey(api);
        TestParty b = AgreementFixtures.newPartyWithKey(api);
        String bSite = b.api().post("/api/sites", Map.of("name", "Exchanged substation", "category", "substation",
                "latitude", 51.7, "longitude", 36.2, "source", "Test register")).json().get("id").asString();
        assertThat(a.api().get("/sites/" + bSite, "text/html").status()).as("not exchanged yet").isEqualTo(404);
        assertThat(a.api().get("/sites", "text/html").body()).doesNotContain(bSite);

        Map<String, Object> terms = AgreementFixtures.with(AgreementFixtures.terms("Exchanged lists", a.code(), b.code()),
                "siteListsExchanged", true);
        String id = AgreementFixtures.draft(api, terms);
        assertThat(a.signVersion(id, 1).status()).isEqualTo(201);
        assertThat(b.signVersion(id, 1).status()).isEqualTo(201);

        String page = a.api().get("/sites/" + bSite, "text/html").body();
        assertThat(page).contains("id=\"contest\"").doesNotContain("id=\"withdraw-form\"").doesNotContain("id=\"accept-form\"");
        assertThat(a.api().get("/sites?owner=" + b.code(), "text/html").body()).contains("class=\"contest-link\"");
        String own = b.api().get("/sites/" + bSite, "text/html").body();
        assertThat(own).as("nobody contests its own site").doesNotContain("id=\"contest\"").contains("id=\"withdraw-form\"");
    }

    @Test
    void theSitesLayerCountsExactlyTheSitesTheApiShowsEachViewer() {
        long uaSites = ua().get("/api/sites?limit=1").json().get("total").asLong();
        long allSites = monitor().get("/api/sites?limit=1").json().get("total").asLong();
        assertThat(ua().get(WORLD).json().get("total").asLong()).isEqualTo(uaSites);
        assertThat(monitor().get(WORLD).json().get("total").asLong()).isEqualTo(allSites);
        assertThat(mediator().get(WORLD).json().get("total").asLong()).isEqualTo(allSites);
        assertThat(api.get(WORLD).status()).as("the public sees no site").isEqualTo(401);

        assertThat(ua().get(WORLD + "&siteOwner=RU").json().get("total").asLong()).isZero();
        assertThat(monitor().get(WORLD + "&siteOwner=UA").json().get("total").asLong()).isEqualTo(uaSites);
        assertThat(monitor().get(WORLD + "&siteCategory=").json().get("total").asLong())
                .as("a filter with nothing checked matches nothing").isZero();
        long nuclear = monitor().get("/api/sites?kind=nuclear&limit=1").json().get("total").asLong();
        long plants = monitor().get("/api/sites?category=power_plant&status=accepted&limit=1").json().get("total").asLong();
        assertThat(monitor().get(WORLD + "&siteCategory=power_plant&siteStatus=accepted").json().get("total").asLong())
                .isEqualTo(plants).isGreaterThan(nuclear);

        JsonNode close = ua().get("/api/sites/clusters?bbox=22,44,41,53&zoom=8").json();
        assertThat(close.get("features")).filteredOn(feature -> !feature.at("/properties/cluster").asBoolean())
                .isNotEmpty().allSatisfy(feature -> {
                    assertThat(feature.at("/properties/owner").asString()).isEqualTo("UA");
                    assertThat(feature.at("/properties/href").asString()).startsWith("/sites/site_");
                });
        assertThat(ua().get("/api/sites/clusters?bbox=30,50,20,60&zoom=5").status()).isEqualTo(400);
    }
}
