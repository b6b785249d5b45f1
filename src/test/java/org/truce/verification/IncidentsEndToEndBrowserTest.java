package org.truce.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.truce.reports.ReportsFixtures;
import org.truce.testing.Api;
import org.truce.testing.BrowserTest;

import tools.jackson.databind.JsonNode;

/**
 * The end-to-end path in a real browser: a delegation reports a strike through the form
 * with a click on the map; a monitor finds its incident in the queue, takes it and assesses it;
 * the mediator publishes the assessment; signed out, anyone sees the finding. And a delegation's
 * incident pages, dashboard and map carry none of the other party's protected sites' coordinates.
 */
class IncidentsEndToEndBrowserTest extends BrowserTest {

    /** A point in Ukraine, in Kirovohrad Oblast (as the report form's own test clicks). */
    private static final double CLICK_LATITUDE = 48.5;
    private static final double CLICK_LONGITUDE = 32.3;

    @Autowired
    Incidents incidents;

    @Test
    void aReportBecomesAnIncidentThatIsQueuedAssessedPublishedAndSeenByThePublic() {
        String agreement = demoAgreement();

        // ua reports a strike through the form, the place by a click on the map
        signIn("ua", "demo-ua");
        String reportId = submitReportThroughTheForm("Substation hit by a drone, e2e " + UUID.randomUUID().toString().substring(0, 8));
        String incidentId = incidentOf(reportId);

        open("/dashboard/" + agreement);
        waitFor(driver -> driver.findElements(By.cssSelector("canvas[data-daily-chart]")).stream()
                .allMatch(c -> c.getAttribute("data-drawn") != null));
        assertThat(browser.findElement(By.cssSelector("#party-figures tr[data-party='RU'] [data-figure='incidents']"))
                .getAttribute("data-count")).as("the incident against RU is counted on ua's dashboard").isNotEqualTo("0");
        screenshotPage("dashboard-ua");

        // the monitor finds it in the queue, takes it and assesses it
        forgetCookiesNow();
        signIn("monitor", "demo-monitor");
        open("/queue");
        WebElement row = visible(By.cssSelector("#queue-table tr[data-id='" + incidentId + "']"));
        screenshotPage("queue");
        row.findElement(By.cssSelector(".take-form button")).click();
        waitFor(driver -> path().equals("/incidents/" + incidentId));
        waitUntilReady();
        assertThat(browser.findElements(By.cssSelector("#claims [data-report-id='" + reportId + "']"))).hasSize(1);

        browser.findElement(By.id("assess-submit")).click();
        assertThat(visible(By.cssSelector("#assess-form [data-error-for='grade']")).getText())
                .as("a refusal is shown next to its field").isNotBlank();
        new Select(browser.findElement(By.id("assess-grade"))).selectByValue("probable_violation");
        new Select(browser.findElement(By.id("assess-attribution"))).selectByValue("RU");
        new Select(browser.findElement(By.id("assess-confidence"))).selectByValue("medium");
        browser.findElement(By.id("assess-rationale")).sendKeys("The delegation's report with its point; no other source yet.");
        browser.findElement(By.id("assess-evidence")).sendKeys(reportId);
        browser.findElement(By.id("assess-submit")).click();
        WebElement assessment = visible(By.cssSelector("article.assessment[data-published='false']"));
        String assessmentId = assessment.getAttribute("data-assessment-id");
        assertThat(assessmentId).startsWith("asm_");
        screenshotPage("incident-assessed");

        // the mediator puts it to the accused with a deadline; RU reads it and replies
        forgetCookiesNow();
        signIn("mediator", "demo-mediator");
        open("/incidents/" + incidentId);
        new Select(browser.findElement(By.id("put-party"))).selectByValue("RU");
        String deadline = java.time.LocalDateTime.now().plusDays(3).withSecond(0).withNano(0).toString().substring(0, 16);
        script("document.getElementById('put-deadline').value = arguments[0];", deadline);
        browser.findElement(By.id("put-submit")).click();
        assertThat(visible(By.id("incident-put-to")).getText()).contains("Russian Federation");

        forgetCookiesNow();
        signIn("ru", "demo-ru");
        open("/incidents/" + incidentId);
        browser.findElement(By.id("reply-submit")).click();
        assertThat(visible(By.cssSelector("#reply-form [data-error-for='text']")).getText()).as("the empty reply refused at its field")
                .isNotBlank();
        browser.findElement(By.id("reply-text")).sendKeys("No Russian drone operated near Kirovohrad that morning.");
        browser.findElement(By.id("reply-submit")).click();
        visible(By.cssSelector("article.reply"));
        assertThat(browser.findElements(By.id("assess-form"))).as("a party does not assess").isEmpty();

        // the mediator publishes the assessment
        forgetCookiesNow();
        signIn("mediator", "demo-mediator");
        open("/incidents/" + incidentId);
        assertThat(browser.findElement(By.cssSelector("article.reply")).getText()).contains("No Russian drone");
        browser.findElement(By.cssSelector("article.assessment[data-assessment-id='" + assessmentId + "'] .publish-form button")).click();
        visible(By.cssSelector("article.assessment[data-assessment-id='" + assessmentId + "'][data-published='true']"));
        WebElement inclusion = browser.findElement(By.cssSelector("[data-ledger-inclusion]"));
        waitFor(driver -> "verified".equals(inclusion.getAttribute("data-state")));
        assertThat(browser.findElements(By.cssSelector("#incident-ledger a[data-seq]"))).as("the claim's, the assessment's, the reply's")
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(link -> assertThat(link.getAttribute("href")).contains("/ledger?record="));
        screenshotPage("incident");

        // signed out, the finding is on the public page, and its incident opens
        forgetCookiesNow();
        open("/findings");
        WebElement finding = visible(By.cssSelector("#findings-table tr[data-assessment='" + assessmentId + "']"));
        assertThat(finding.getAttribute("data-incident")).isEqualTo(incidentId);
        assertThat(finding.findElement(By.cssSelector("[data-grade]")).getAttribute("data-grade")).isEqualTo("probable_violation");
        screenshotPage("findings");
        finding.findElement(By.cssSelector("a")).click();
        waitFor(driver -> path().equals("/incidents/" + incidentId));
        assertThat(browser.findElements(By.cssSelector("article.assessment[data-published='true']"))).hasSize(1);
        assertThat(browser.findElements(By.id("assess-form"))).as("no form for the public").isEmpty();

        // and the compliance report, printable, lists it with the aggregates
        open("/compliance/" + agreement);
        waitFor(driver -> driver.findElements(By.cssSelector("canvas[data-daily-chart]")).stream()
                .allMatch(c -> c.getAttribute("data-drawn") != null));
        assertThat(browser.findElement(By.id("main")).getAttribute("data-scope")).isEqualTo("published");
        assertThat(browser.findElements(By.cssSelector("article[data-assessment='" + assessmentId + "']"))).hasSize(1);
        waitFor(driver -> driver.findElement(By.id("compliance-map")).getAttribute("data-clusters-shown") != null);
        assertThat(Integer.parseInt(browser.findElement(By.id("compliance-map")).getAttribute("data-clusters-shown")))
                .as("the public's map shows the published incidents only")
                .isEqualTo(Integer.parseInt(browser.findElement(By.id("compliance-map")).getAttribute("data-mapped")))
                .isPositive();
        screenshotPage("compliance");

        // printed: no navigation, no controls; the figures, the charts and the map stay
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.id("main-nav")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("print-report")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("compliance-figures")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("compliance-map")).isDisplayed()).isTrue();
            assertThat(browser.findElements(By.cssSelector("canvas[data-daily-chart]"))).allMatch(WebElement::isDisplayed);
            screenshotPage("compliance-print");
            Map<String, Object> pdf = chrome.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
            byte[] bytes = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            java.nio.file.Files.createDirectories(SCREENSHOTS);
            java.nio.file.Files.write(SCREENSHOTS.resolve("compliance.pdf"), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aDelegationsIncidentPagesDashboardAndMapCarryNoneOfTheOtherPartysSiteCoordinates() {
        // a Russian protected site, hit (says RU) by a Ukrainian drone; ua reports the same event nearby
        double lat = 51.3 + Math.random() * 0.2;
        double lon = 36.0 + Math.random() * 0.3;
        String site = ru().post("/api/sites", Map.of("name", "E2E substation " + UUID.randomUUID(), "category", "substation",
                "latitude", lat, "longitude", lon, "source", "Test register")).json().get("id").asString();
        Map<String, Object> russian = ReportsFixtures.report();
        russian.put("when", Map.of("date", "2025-03-26", "precision", "day"));
        russian.put("where", new LinkedHashMap<>(Map.of("latitude", lat, "longitude", lon, "precision", "site")));
        russian.put("target", new LinkedHashMap<>(Map.of("category", "substation", "siteId", site)));
        russian.put("allegedPerpetrator", "UA");
        russian.put("source", Map.of("kind", "party", "party", "RU", "name", "Ministry of Defence"));
        Api.Response ruReport = ru().post("/api/reports", russian);
        assertThat(ruReport.status()).as(ruReport.toString()).isEqualTo(201);
        Map<String, Object> ukrainian = ReportsFixtures.report();
        ukrainian.put("when", Map.of("date", "2025-03-26", "precision", "day"));
        ukrainian.put("where", new LinkedHashMap<>(Map.of("latitude", lat + 0.003, "longitude", lon + 0.003, "precision", "town")));
        ukrainian.put("allegedPerpetrator", "RU");
        ukrainian.put("source", Map.of("kind", "party", "party", "UA", "name", "General Staff"));
        Api.Response uaReport = ua().post("/api/reports", ukrainian);
        assertThat(uaReport.status()).as(uaReport.toString()).isEqualTo(201);
        String incidentId = incidentOf(uaReport.json().get("id").asString());
        waitFor(driver -> incidents.facts(incidentId).map(f -> f.reportIds().contains(ruReport.json().get("id").asString()))
                .orElse(false));

        List<double[]> russianSites = new ArrayList<>(points(monitor().get("/api/sites?owner=RU&limit=10000&format=geojson").json()));
        assertThat(russianSites).anyMatch(p -> p[0] == lon && p[1] == lat);

        signIn("ua", "demo-ua");
        List<String> bodies = new ArrayList<>();
        open("/incidents/" + incidentId);
        assertThat(browser.findElements(By.cssSelector("#claims [data-report-id]"))).as("ua reads its own claim only").hasSize(1);
        open("/incidents/" + incidentId + "?lang=uk");
        assertThat(browser.findElement(By.id("claims-heading")).getText()).isEqualTo("Заяви поруч");
        screenshotPage("incident-ua");
        bodies.add(browser.getPageSource());
        bodies.add(fetchBody("/api/incidents/" + incidentId));
        open("/incidents");
        bodies.add(browser.getPageSource());
        open("/dashboard/" + demoAgreement());
        bodies.add(browser.getPageSource());
        open("/map");
        bodies.add(browser.getPageSource());
        bodies.add(fetchBody("/api/incidents/clusters?bbox=-180,-85,180,85&zoom=2"));
        bodies.add(fetchBody("/api/incidents/clusters?bbox=" + (lon - 0.01) + "," + (lat - 0.01) + "," + (lon + 0.01) + "," + (lat + 0.01) + "&zoom=17"));
        for (String body : bodies) {
            String compact = body.replaceAll("\\s", "");
            for (double[] point : russianSites) {
                String x = Double.toString(point[0]);
                String y = Double.toString(point[1]);
                assertThat(compact).as("RU site at %s,%s", y, x).doesNotContain(x + "," + y).doesNotContain(y + "," + x)
                        .doesNotContain(y + ", " + x);
            }
            assertThat(body).doesNotContain(Double.toString(lat)).doesNotContain(Double.toString(lon)).doesNotContain(site);
        }
    }

    @Test
    void theMapShowsTheIncidentsLayerWithItsLegendFiltersAndTimeSlider() {
        signIn("monitor", "demo-monitor");
        open("/map");
        int all = incidentsOnMap();
        assertThat(all).as("the demo incidents in the first view").isPositive();
        assertThat(browser.findElements(By.cssSelector("[data-overlay='incidents']"))).hasSize(1);
        assertThat(browser.findElement(By.id("map")).getAttribute("data-layers")).contains("potential_violation")
                .contains("probable_violation");
        assertThat(browser.findElements(By.id("slider-to"))).as("the time slider over the agreements' windows").hasSize(1);
        screenshot("map-incidents");

        browser.findElement(By.cssSelector("#filters input[name='incidentVerdict'][value='not_covered']")).click();
        waitFor(driver -> incidentsOnMap() < all);
        browser.findElement(By.cssSelector("#filters button[type='reset']")).click();
        waitFor(driver -> incidentsOnMap() == all);
    }

    private int incidentsOnMap() {
        waitFor(driver -> driver.findElement(By.id("map")).getAttribute("data-overlay-loading") == null
                && driver.findElement(By.id("map")).getAttribute("data-overlay_incidents") != null);
        return Integer.parseInt(browser.findElement(By.id("map")).getAttribute("data-overlay_incidents"));
    }

    // ---- helpers ----

    private String demoAgreement() {
        for (JsonNode agreement : api.get("/api/agreements").json()) {
            String parties = agreement.get("parties").toString();
            if (parties.contains("\"UA\"") && parties.contains("\"RU\"")) {
                return agreement.get("id").asString();
            }
        }
        throw new AssertionError("no demo agreement between UA and RU");
    }

    /** The report form as ReportFormBrowserTest drives it: a click on the map, a time in Kyiv, what was hit, by what. */
    private String submitReportThroughTheForm(String description) {
        open("/reports/new");
        waitFor(driver -> "true".equals(script("return !!(window.Truce && Truce.reportMap)") + ""));
        clickOnMap("Truce.reportMap", CLICK_LATITUDE, CLICK_LONGITUDE);
        waitFor(driver -> !browser.findElement(By.id("where-latitude")).getDomProperty("value").isEmpty());
        script("var input = document.getElementById('when-local'); input.value = '2025-03-25T09:30';"
                + "input.dispatchEvent(new Event('input', {bubbles: true}));");
        new Select(browser.findElement(By.id("target-category"))).selectByValue("substation");
        browser.findElement(By.id("target-description")).sendKeys(description);
        new Select(browser.findElement(By.id("means"))).selectByValue("drone");
        new Select(browser.findElement(By.id("outcome"))).selectByValue("hit");
        new Select(browser.findElement(By.id("alleged"))).selectByValue("RU");
        browser.findElement(By.id("source-name")).sendKeys("Kirovohrad Regional Military Administration");
        browser.findElement(By.id("report-submit")).click();
        waitFor(driver -> path().startsWith("/reports/rep_"));
        waitUntilReady();
        return path().substring("/reports/".length());
    }

    private String incidentOf(String reportId) {
        return IncidentApiFixtures.incidentHolding(incidents, reportId);
    }

    private void forgetCookiesNow() {
        browser.get(url("/images/truce.svg"));
        browser.manage().deleteAllCookies();
    }

    private static List<double[]> points(JsonNode collection) {
        List<double[]> points = new ArrayList<>();
        collection.get("features").forEach(feature -> points.addAll(numberPairs(feature.get("geometry"))));
        return points;
    }

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
