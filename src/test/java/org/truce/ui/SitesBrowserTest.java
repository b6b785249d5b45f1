package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.truce.testing.Api;
import org.truce.testing.BrowserTest;

import tools.jackson.databind.JsonNode;

/**
 * The protected sites in a real browser: a delegation sees only what the API lets it see (on the
 * map, in the table, in every answer its pages fetched), nominates a site by clicking the map and
 * a file with its upload's progress, and the mediator accepts the nomination.
 */
class SitesBrowserTest extends BrowserTest {

    @Test
    void aDelegationsPagesShowNoneOfTheOtherPartysSitesAnywhere() {
        List<double[]> russian = points(monitor().get("/api/sites?owner=RU&limit=10000&format=geojson").json());
        assertThat(russian).as("RU's demo sites, as the monitor sees them").hasSizeGreaterThan(500);
        long uaTotal = ua().get("/api/sites?limit=1").json().get("total").asLong();
        assertThat(ua().get("/api/sites?owner=RU").json().get("total").asInt()).as("the API's answer").isZero();

        signIn("ua", "demo-ua");
        List<String> sources = new ArrayList<>();
        Set<String> fetched = new LinkedHashSet<>();

        open("/map");
        int onMap = overlayTotal();
        assertThat(onMap).as("UA's sites in the first view of the map").isPositive().isLessThanOrEqualTo((int) uaTotal);
        screenshot("map-sites-ua");
        sources.add(browser.getPageSource());
        fetched.addAll(sameOriginJson());

        open("/sites");
        waitFor(driver -> driver.findElement(By.id("sites-map")).getAttribute("data-overlay_sites") != null
                && driver.findElement(By.id("sites-map")).getAttribute("data-overlay-loading") == null);
        assertThat(browser.findElement(By.id("sites-total")).getText()).contains(String.valueOf(uaTotal));
        assertThat(browser.findElements(By.cssSelector("#sites-table tbody tr")).stream().map(r -> r.getAttribute("data-owner")))
                .as("the table lists UA's sites only").isNotEmpty().containsOnly("UA");
        assertThat(browser.findElements(By.cssSelector(".contest-link"))).as("nothing of the other party's to contest").isEmpty();
        screenshotPage("sites-ua");
        sources.add(browser.getPageSource());
        fetched.addAll(sameOriginJson());
        open("/sites?owner=RU");
        assertThat(browser.findElements(By.cssSelector("#sites-table tbody tr"))).isEmpty();
        sources.add(browser.getPageSource());
        // the whole world at once, as a user zooming out would ask
        fetched.add("/api/sites/clusters?bbox=-180,-85,180,85&zoom=2");

        List<String> bodies = new ArrayList<>(sources);
        for (String url : fetched) {
            bodies.add(fetchBody(url));
        }
        assertThat(fetched).as("the pages fetched the sites layer").anySatisfy(url -> assertThat(url).contains("/api/sites/clusters"));
        for (String body : bodies) {
            // the base map (the shipped regions, the same for everyone) is only searched for pairs of numbers
            boolean baseMap = body.contains("\"detail\"") && body.contains("\"names\"");
            String compact = baseMap ? "" : body.replaceAll("\\s", "");
            for (double[] point : russian) {
                String lon = Double.toString(point[0]);
                String lat = Double.toString(point[1]);
                assertThat(compact).as("RU site at %s,%s", lat, lon)
                        .doesNotContain(lon + "," + lat).doesNotContain(lat + "," + lon);
            }
            if (body.startsWith("{") || body.startsWith("[")) {
                for (double[] pair : numberPairs(Api.JSON.readTree(body))) {
                    assertThat(russian).as("a coordinate pair the page was sent: %s,%s", pair[0], pair[1])
                            .noneMatch(p -> Math.abs(p[0] - pair[0]) < 1e-9 && Math.abs(p[1] - pair[1]) < 1e-9);
                }
            }
        }
    }

    @Test
    void aDelegationNominatesASiteByClickingTheMapAndAFileAndTheMediatorAcceptsIt() throws IOException {
        signIn("ua", "demo-ua");
        open("/sites");
        browser.findElement(By.cssSelector("#add-site > summary")).click();
        String name = "Substation " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("site-name")).sendKeys(name);
        new Select(browser.findElement(By.id("site-category"))).selectByValue("substation");
        assertThat(browser.findElement(By.id("site-kind")).isDisplayed()).as("a kind only for power plants").isFalse();
        centreMap("Truce.sitesMap", 49.9, 33.1, 12);
        clickOnMap("Truce.sitesMap", 49.9, 33.1);
        waitFor(driver -> !value("site-latitude").isEmpty());
        assertThat(Double.parseDouble(value("site-latitude"))).isCloseTo(49.9, within(0.001));
        assertThat(Double.parseDouble(value("site-longitude"))).isCloseTo(33.1, within(0.001));
        browser.findElement(By.id("site-source")).sendKeys("Ukrenergo grid map");
        screenshotPage("sites-add");
        browser.findElement(By.id("site-submit")).click();
        waitFor(driver -> path().startsWith("/sites/site_"));
        waitUntilReady();
        String id = path().substring("/sites/".length());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("site-status")).getAttribute("class")).contains("status-nominated");
        assertThat(browser.findElements(By.id("withdraw-form"))).as("its owner may withdraw it").hasSize(1);
        assertThat(browser.findElements(By.id("contest"))).as("nobody contests its own site").isEmpty();
        assertThat(browser.findElements(By.id("accept-form"))).as("only the mediator accepts").isEmpty();
        JsonNode site = ua().get("/api/sites/" + id).json();
        assertThat(site.at("/geometry/coordinates/1").asDouble()).isCloseTo(49.9, within(0.001));
        assertThat(site.get("owner").asString()).isEqualTo("UA");

        open("/sites");
        browser.findElement(By.cssSelector("#import-sites > summary")).click();
        String ref = UUID.randomUUID().toString().substring(0, 8);
        Path refused = csv("name,category,latitude,longitude,source,source_ref\n"
                + "Bad row,substation,91,30.5,Test grid map," + ref + "-0\n");
        browser.findElement(By.id("import-file")).sendKeys(refused.toString());
        browser.findElement(By.id("import-submit")).click();
        visible(By.cssSelector("#import-problems li"));
        assertThat(browser.findElements(By.cssSelector("#import-problems li")).stream().map(WebElement::getText))
                .as("each problem named by its row").anySatisfy(text -> assertThat(text).startsWith("row 1: latitude").contains("91"));
        assertThat(browser.findElement(By.id("import-form")).getAttribute("data-imported")).isNull();

        Path file = csv("name,category,kind,latitude,longitude,capacity_mw,source,source_ref\n"
                + "Imported substation " + ref + ",substation,,50.2,30.1,,Test grid map," + ref + "-1\n"
                + "Imported plant " + ref + ",power_plant,solar,47.4,35.0,12.5,Test grid map," + ref + "-2\n");
        browser.findElement(By.id("import-file")).sendKeys(file.toString());
        browser.findElement(By.id("import-submit")).click();
        waitFor(driver -> "2".equals(driver.findElement(By.id("import-form")).getAttribute("data-imported")));
        assertThat(browser.findElement(By.id("import-progress")).getDomProperty("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("import-status")).getText()).contains("2");
        assertThat(browser.findElement(By.cssSelector("#import-problems")).isDisplayed()).isFalse();
        script("window.scrollTo(0, 0);");
        screenshot("sites-import");
        assertThat(ua().get("/api/sites?category=power_plant&kind=solar&limit=10000").json().get("sites").findValues("sourceRef")
                .stream().map(JsonNode::asString)).contains(ref + "-2");

        browser.findElement(By.id("sign-out")).click();
        signIn("mediator", "demo-mediator");
        open("/sites/" + id);
        browser.findElement(By.id("accept-reason")).sendKeys("Checked against the grid operator's map");
        browser.findElement(By.id("accept-submit")).click();
        waitFor(driver -> driver.findElement(By.id("site-status")).getAttribute("class").contains("status-accepted"));
        assertThat(browser.findElements(By.cssSelector("#site-history tbody tr")).stream().map(r -> r.getAttribute("data-action")))
                .containsExactly("site.nominated", "site.accepted");
        assertThat(browser.findElements(By.id("control-form"))).as("the mediator marks contested control").hasSize(1);
        screenshotPage("site-mediator");
        assertThat(ua().get("/api/sites/" + id).json().get("status").asString()).isEqualTo("accepted");
    }

    @Test
    void aLineIsDrawnByClickingItsPointsOnTheMap() {
        signIn("ua", "demo-ua");
        open("/sites");
        browser.findElement(By.cssSelector("#add-site > summary")).click();
        browser.findElement(By.cssSelector("input[name='shape'][value='line']")).click();
        assertThat(browser.findElement(By.id("site-latitude")).isDisplayed()).as("a line has no single point").isFalse();
        browser.findElement(By.id("site-name")).sendKeys("Line " + UUID.randomUUID().toString().substring(0, 8));
        new Select(browser.findElement(By.id("site-category"))).selectByValue("transmission_line");
        browser.findElement(By.id("site-source")).sendKeys("Ukrenergo grid map");
        centreMap("Truce.sitesMap", 49.55, 31.0, 10);
        double[][] points = {{49.5, 30.9}, {49.55, 31.0}, {49.6, 31.1}};
        for (double[] point : points) {
            clickOnMap("Truce.sitesMap", point[0], point[1]);
        }
        waitFor(driver -> "3".equals(driver.findElement(By.id("sites-map")).getAttribute("data-vertices")));
        browser.findElement(By.id("site-submit")).click();
        waitFor(driver -> path().startsWith("/sites/site_"));
        JsonNode geometry = ua().get("/api/sites/" + path().substring("/sites/".length())).json().get("geometry");
        assertThat(geometry.get("type").asString()).isEqualTo("LineString");
        assertThat(geometry.get("coordinates")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(geometry.get("coordinates").get(i).get(0).asDouble()).isCloseTo(points[i][1], within(0.01));
            assertThat(geometry.get("coordinates").get(i).get(1).asDouble()).isCloseTo(points[i][0], within(0.01));
        }
    }

    @Test
    void aContestNeedsItsReasonShownNextToTheField() {
        String id = ua().post("/api/sites", java.util.Map.of("name", "To contest " + UUID.randomUUID(), "category", "substation",
                "latitude", 48.1, "longitude", 31.2, "source", "Test grid map")).json().get("id").asString();
        signIn("mediator", "demo-mediator");
        open("/sites/" + id + "?lang=ru");
        browser.findElement(By.id("contest-submit")).click();
        assertThat(visible(By.cssSelector("#contest [data-error-for='reason']")).getText())
                .isEqualTo("Укажите, почему вы оспариваете объект.");
        assertThat(ua().get("/api/sites/" + id).json().get("status").asString()).isEqualTo("nominated");
    }

    private int overlayTotal() {
        waitFor(driver -> driver.findElement(By.id("map")).getAttribute("data-overlay-loading") == null
                && driver.findElement(By.id("map")).getAttribute("data-overlay_sites") != null);
        return Integer.parseInt(browser.findElement(By.id("map")).getAttribute("data-overlay_sites"));
    }

    /** Every same-origin JSON or GeoJSON the page loaded (by the browser's resource timing), as paths. */
    private List<String> sameOriginJson() {
        String origin = "http://localhost:" + port;
        return loadedUrls().stream().filter(url -> url.startsWith(origin + "/api/"))
                .map(url -> url.substring(origin.length())).toList();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private static Path csv(String content) throws IOException {
        Path folder = Files.createTempDirectory("sites-");
        Path file = folder.resolve("substations.csv");
        Files.writeString(file, content);
        file.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        return file.toAbsolutePath();
    }

    /** The points of a FeatureCollection's geometries (every position of lines and polygons too), as {lon, lat}. */
    private static List<double[]> points(JsonNode collection) {
        List<double[]> points = new ArrayList<>();
        collection.get("features").forEach(feature -> points.addAll(numberPairs(feature.get("geometry"))));
        return points;
    }

    /** Every array of two numbers in a JSON tree. */
    private static List<double[]> numberPairs(JsonNode node) {
        List<double[]> pairs = new ArrayList<>();
        if (node == null) {
            return pairs;
        }
        if (node.isArray() && node.size() == 2 && node.get(0).isNumber() && node.get(1).isNumber()) {
            pairs.add(new double[] {node.get(0).asDouble(), node.get(1).asDouble()});
            return pairs;
        }
        node.forEach(child -> pairs.addAll(numberPairs(child)));
        return pairs;
    }
}
