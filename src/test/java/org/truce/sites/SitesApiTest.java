package org.truce.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;
import org.truce.testing.TestApplications;
import org.truce.testing.TestDatabase;

import tools.jackson.databind.JsonNode;

/** The "done when" of the protected-site registry, as users see it over HTTP after the demo data. */
class SitesApiTest extends IntegrationTest {

    private static final String SUDZHA = "51.19,35.27";

    @Test
    void theMonitorListsTheShippedPlantsAndTheClaimedFacilities() {
        JsonNode sites = monitor().get("/api/sites?limit=10000").json().get("sites");
        Set<String> plantRefs = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (JsonNode site : sites) {
            names.add(site.get("name").asString());
            if (site.get("source").asString().equals(PowerPlants.SOURCE)) {
                plantRefs.add(site.get("sourceRef").asString());
                assertThat(site.get("status").asString()).as(site.toString()).isEqualTo("accepted");
                assertThat(site.get("category").asString()).isEqualTo("power_plant");
            }
        }
        assertThat(plantRefs).containsExactlyInAnyOrderElementsOf(
                PowerPlants.shipped().stream().map(SiteInput::sourceRef).toList());
        assertThat(names).contains("Sudzha gas metering station", "Kavkazskaya oil pumping station",
                "Kherson thermal power plant", "Glebovskoye gas storage", "Zaporozhye", "Burshtyn power station");

        JsonNode sudzha = onlySite(monitor().get("/api/sites?near=" + SUDZHA + "&radius=100&category=gas_metering"));
        assertThat(sudzha.get("owner").asString()).isEqualTo("RU");
        assertThat(sudzha.get("status").asString()).isEqualTo("nominated");
        assertThat(sudzha.get("controlContested").asBoolean()).isTrue();
        assertThat(sudzha.get("nominatedBy").get("party").asString()).isEqualTo("RU");

        JsonNode geoJson = monitor().get("/api/sites?limit=10000", "application/geo+json").json();
        assertThat(geoJson.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geoJson.get("features").size()).isEqualTo(sites.size());
    }

    @Test
    void aPartySeesItsOwnSitesAndNothingOfTheOthersInAnyListFilterCountOrQuery() {
        int uaTotal = total(monitor().get("/api/sites?owner=UA&limit=1"));
        assertThat(total(monitor().get("/api/sites?owner=RU&limit=1"))).isGreaterThan(500);
        assertThat(total(monitor().get("/api/sites?near=" + SUDZHA + "&radius=10000"))).isPositive();
        assertThat(total(monitor().get("/api/sites?bbox=36,54,40,57"))).isPositive();

        Api.Response all = ua().get("/api/sites?limit=10000");
        assertThat(all.status()).isEqualTo(200);
        assertThat(total(all)).isEqualTo(uaTotal);
        assertThat(all.json().get("sites").findValuesAsString("owner")).hasSize(uaTotal).containsOnly("UA");
        assertThat(all.body()).doesNotContain("Sudzha", "Kavkazskaya");

        for (String query : List.of("owner=RU", "owner=RU,UA&category=gas_metering", "near=" + SUDZHA + "&radius=10000",
                "bbox=36,54,40,57", "category=oil_pumping", "status=nominated&owner=RU", "kind=nuclear&owner=RU")) {
            Api.Response filtered = ua().get("/api/sites?" + query);
            assertThat(filtered.json().get("sites").findValuesAsString("owner")).as(query).doesNotContain("RU");
            assertThat(filtered.body()).as(query).doesNotContain("Sudzha");
        }
        assertThat(total(ua().get("/api/sites?owner=RU"))).isZero();
        assertThat(total(ua().get("/api/sites?near=" + SUDZHA + "&radius=10000"))).isZero();

        JsonNode geoJson = ua().get("/api/sites?limit=10000&format=geojson").json();
        assertThat(geoJson.get("total").asInt()).isEqualTo(uaTotal);
        assertThat(geoJson.get("features").findValuesAsString("owner")).containsOnly("UA");

        String sudzhaId = onlySite(monitor().get("/api/sites?near=" + SUDZHA + "&radius=100&category=gas_metering"))
                .get("id").asString();
        Api.Response hidden = ua().get("/api/sites/" + sudzhaId);
        Api.Response missing = ua().get("/api/sites/site_0000000000000000000000000");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.isProblem()).isTrue();
        assertThat(hidden.json().get("title")).isEqualTo(missing.json().get("title"));
        assertThat(hidden.json().get("detail").asString()).isEqualTo("no site '" + sudzhaId + "'");
        assertThat(ua().post("/api/sites/" + sudzhaId + "/status", Map.of("status", "contested", "reason", "ours"))
                .status()).isEqualTo(404);
        assertThat(monitor().get("/api/sites/" + sudzhaId).status()).isEqualTo(200);
        assertThat(api.get("/api/sites").status()).isEqualTo(401);
    }

    @Test
    void badInputsAreRefusedWithAProblemNamingWhatIsWrongAndWriteNothing() {
        int before = total(mediator().get("/api/sites?limit=1"));
        Runnable unchanged = () -> assertThat(total(mediator().get("/api/sites?limit=1"))).as("nothing was written")
                .isEqualTo(before);

        refused(ua().post("/api/sites", Map.of("name", "Trypilska substation", "category", "substation",
                "latitude", 91, "longitude", 30.5, "source", "grid map")), "latitude", "outside -90..90");
        unchanged.run();
        refused(ua().post("/api/sites", Map.of("name", "Trypilska substation", "category", "substation",
                "geometry", Map.of("type", "Point", "coordinates", List.of(30.5, 91)), "source", "grid map")),
                "geometry.coordinates[1]", "outside -90..90");
        unchanged.run();
        refused(ua().post("/api/sites", Map.of("name", "Bakery", "category", "bakery", "latitude", 50.1,
                "longitude", 30.5, "source", "grid map")), "category", "unknown category 'bakery'");
        unchanged.run();
        refused(ua().post("/api/sites", Map.of("name", "Trypilska substation", "category", "substation",
                "latitude", 50.1, "longitude", 30.5)), "source", "required");
        unchanged.run();
        refused(ua().post("/api/sites", Map.of("name", "Moscow substation", "category", "substation",
                "latitude", 55.7, "longitude", 37.6, "source", "map", "owner", "RU")), "owner", "its own sites");
        unchanged.run();

        String csv = "name,category,latitude,longitude,source\n"
                + "Kyiv North,substation,50.51,30.49,grid map\n"
                + "Kyiv South,substation,91,30.52,grid map\n"
                + "Kyiv East,substation,50.45,30.62,grid map\n";
        refused(ua().post("/api/sites/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
                "row 2: latitude", "latitude 91 is outside -90..90");
        unchanged.run();

        String features = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.5, 50.4]},
                   "properties": {"name": "Good", "category": "substation", "source": "survey"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.6, 50.4]},
                   "properties": {"name": "Bad", "category": "bakery", "source": "survey"}}]}""";
        refused(ua().post("/api/sites/import", "application/geo+json", features.getBytes(StandardCharsets.UTF_8)),
                "features[1].properties.category", "unknown category");
        unchanged.run();
        refused(ua().post("/api/sites/import", "text/plain", csv.getBytes(StandardCharsets.UTF_8)),
                "Content-Type", "text/csv");
        unchanged.run();
        refused(ua().get("/api/sites?near=91,30&radius=10"), "near", "outside");
        refused(ua().get("/api/sites?near=50,30"), "radius", "required");
    }

    @Test
    void aNominatedSiteIsFoundByQueriesRightAfterIts201() {
        Api.Response created = ua().post("/api/sites", Map.of("name", "Darnytsia substation", "category", "substation",
                "latitude", 50.4461, "longitude", 30.6264, "source", "Ukrenergo grid map", "capacityMw", 0.5));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(id).startsWith("site_");
        assertThat(created.json().get("country").asString()).as("derived from the shipped regions").isEqualTo("UA");
        assertThat(ids(ua().get("/api/sites?near=50.4461,30.6264&radius=1"))).contains(id);
        assertThat(ids(monitor().get("/api/sites?near=50.4461,30.6264&radius=1"))).contains(id);
        assertThat(ru().get("/api/sites/" + id).status()).isEqualTo(404);
        assertThat(ids(ru().get("/api/sites?near=50.4461,30.6264&radius=1000"))).doesNotContain(id);

        Api.Response line = ua().post("/api/sites", Map.of("name", "Kyiv-Chernihiv 330 kV line",
                "category", "transmission_line", "source", "Ukrenergo grid map",
                "geometry", Map.of("type", "LineString", "coordinates", List.of(List.of(30.9, 50.6), List.of(31.3, 51.4)))));
        assertThat(line.status()).as(line.toString()).isEqualTo(201);
        // the line's middle, with no vertex anywhere near
        assertThat(ids(ua().get("/api/sites?near=51.0,31.1&radius=1000"))).contains(line.json().get("id").asString());

        String features = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates":
                     [[[31.20, 46.90], [31.22, 46.90], [31.22, 46.92], [31.20, 46.92], [31.20, 46.90]]]},
                   "properties": {"name": "Mykolaiv CHP yard", "category": "heating_plant", "source": "survey"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [31.25, 46.95]},
                   "properties": {"name": "Mykolaiv depot", "category": "oil_depot", "source": "survey",
                                  "control_contested": true, "control_reason": "shelled front line"}}]}""";
        Api.Response imported = ua().post("/api/sites/import", "application/geo+json",
                features.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("nominated").asInt()).isEqualTo(2);
        assertThat(ids(ua().get("/api/sites?bbox=31.19,46.89,31.26,46.96"))).containsAll(
                imported.json().get("ids").valueStream().map(JsonNode::asString).toList());
        assertThat(onlySite(ua().get("/api/sites?near=46.91,31.21&radius=0")).get("distanceMetres").asDouble()).isZero();
    }

    @Test
    void theIndexIsRebuiltFromTheDatabaseWhenAnotherInstanceStarts() {
        Api.Response created = ua().post("/api/sites", Map.of("name", "Bila Tserkva CHP", "category", "heating_plant",
                "latitude", 49.7826, "longitude", 30.1478, "source", "city heating register"));
        String id = created.json().get("id").asString();
        assertThat(mediator().post("/api/sites/" + id + "/status", Map.of("status", "accepted")).status()).isEqualTo(200);

        try (ConfigurableApplicationContext second = startAnotherInstance("sites-second-instance")) {
            Api other = TestApplications.api(second);
            JsonNode found = onlySite(other.as("demo-monitor").get("/api/sites?near=49.7826,30.1478&radius=1"));
            assertThat(found.get("id").asString()).isEqualTo(id);
            assertThat(found.get("status").asString()).isEqualTo("accepted");
            assertThat(total(other.as("demo-ru").get("/api/sites?near=49.7826,30.1478&radius=1"))).isZero();
            assertThat(total(other.as("demo-monitor").get("/api/sites?limit=1")))
                    .isEqualTo(total(monitor().get("/api/sites?limit=1")));
        }
    }

    static void refused(Api.Response response, String field, String reasonContains) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.get("field").asString()).as(response.toString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("reason").asString()).contains(reasonContains);
    }

    static int total(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("total").asInt();
    }

    static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("sites").findValuesAsString("id");
    }

    static JsonNode onlySite(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode sites = response.json().get("sites");
        assertThat(sites.size()).as(response.toString()).isEqualTo(1);
        return sites.get(0);
    }
}
