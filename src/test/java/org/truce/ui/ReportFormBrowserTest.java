package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.truce.testing.BrowserTest;

import tools.jackson.databind.JsonNode;

/**
 * The report form in a real browser, as a delegation uses it: the place by a click on the map and
 * by a search of the gazetteer, the time in a zone, an evidence file, the report accepted and
 * listed; and a refused form, each refusal shown next to its field in the reader's language.
 */
class ReportFormBrowserTest extends BrowserTest {

    /** A point in Ukraine, in Kirovohrad Oblast. */
    private static final double CLICK_LATITUDE = 48.5;
    private static final double CLICK_LONGITUDE = 32.3;

    @Test
    void aDelegationReportsAStrikeWithAMapClickAPlaceFromTheGazetteerAndEvidence() throws IOException {
        signIn("ua", "demo-ua");
        open("/reports/new");
        waitFor(driver -> "true".equals(script("return !!(window.Truce && Truce.reportMap)") + ""));

        clickOnMap("Truce.reportMap", CLICK_LATITUDE, CLICK_LONGITUDE);
        waitFor(driver -> !value("where-latitude").isEmpty());
        assertThat(Double.parseDouble(value("where-latitude"))).as("the click set the latitude").isCloseTo(CLICK_LATITUDE, within(0.1));
        assertThat(Double.parseDouble(value("where-longitude"))).isCloseTo(CLICK_LONGITUDE, within(0.1));
        assertThat(browser.findElement(By.id("report-map")).getAttribute("data-picked-point")).as("a marker is shown").isNotNull();

        browser.findElement(By.id("place-query")).sendKeys("Kherson");
        browser.findElement(By.id("place-search")).click();
        WebElement town = visible(By.cssSelector("#place-results button[data-precision='town']"));
        assertThat(town.getText()).contains("Kherson");
        town.click();
        assertThat(value("where-place")).isEqualTo("Kherson");
        assertThat(Double.parseDouble(value("where-latitude"))).as("the place moved the point").isCloseTo(46.637, within(0.01));
        assertThat(new Select(browser.findElement(By.id("where-precision"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("town");
        assertThat(new Select(browser.findElement(By.id("when-zone"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("Europe/Kyiv");

        // 25 March 2025, 09:30 in Kyiv, still winter time there (UTC+2)
        script("var input = document.getElementById('when-local'); input.value = '2025-03-25T09:30';"
                + "input.dispatchEvent(new Event('input', {bubbles: true}));");
        new Select(browser.findElement(By.id("target-category"))).selectByValue("heating_plant");
        browser.findElement(By.id("target-description")).sendKeys("Boiler house of the Kherson thermal power plant");
        new Select(browser.findElement(By.id("means"))).selectByValue("drone");
        new Select(browser.findElement(By.id("outcome"))).selectByValue("hit");
        new Select(browser.findElement(By.id("alleged"))).selectByValue("RU");
        browser.findElement(By.id("damage")).sendKeys("Boiler house damaged");
        browser.findElement(By.id("injured")).sendKeys("2");
        browser.findElement(By.id("source-name")).sendKeys("Kherson Regional Military Administration");

        String content = "evidence " + UUID.randomUUID() + "\n";
        Path file = Files.createTempFile("evidence-", ".txt");
        Files.writeString(file, content);
        String sha256 = sha256(content.getBytes(StandardCharsets.UTF_8));
        browser.findElement(By.id("evidence-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("evidence-upload")).click();
        WebElement uploaded = visible(By.cssSelector("#evidence-list li[data-sha256='" + sha256 + "']"));
        assertThat(uploaded.getText()).as("the file's SHA-256 is shown").contains(sha256);
        screenshotPage("report-form");

        browser.findElement(By.id("report-submit")).click();
        waitFor(driver -> path().startsWith("/reports/rep_"));
        waitUntilReady();
        String id = path().substring("/reports/".length());
        assertThat(browser.findElement(By.id("submitted")).getText()).contains(id).contains("#");

        JsonNode report = ua().get("/api/reports/" + id).json();
        assertThat(report.at("/when/instant").asString()).as("09:30 in Kyiv").isEqualTo("2025-03-25T07:30:00Z");
        assertThat(report.at("/where/latitude").asDouble()).isCloseTo(46.637, within(0.01));
        assertThat(report.at("/where/precision").asString()).isEqualTo("town");
        assertThat(report.get("place").asString()).isEqualTo("Kherson");
        assertThat(report.at("/target/category").asString()).isEqualTo("heating_plant");
        assertThat(report.get("means").asString()).isEqualTo("drone");
        assertThat(report.get("allegedPerpetrator").asString()).isEqualTo("RU");
        assertThat(report.at("/casualties/injured").asInt()).isEqualTo(2);
        assertThat(report.at("/source/kind").asString()).isEqualTo("party");
        assertThat(report.at("/source/party").asString()).isEqualTo("UA");
        assertThat(report.get("evidence").get(0).asString()).isEqualTo(sha256);

        assertThat(browser.findElement(By.cssSelector("#report-evidence li[data-sha256='" + sha256 + "'] a"))
                .getAttribute("href")).endsWith("/api/evidence/" + sha256);
        assertThat(fetchBody("/api/evidence/" + sha256)).as("the evidence downloads").isEqualTo(content);
        WebElement inclusion = browser.findElement(By.cssSelector("[data-ledger-inclusion]"));
        waitFor(driver -> "verified".equals(inclusion.getAttribute("data-state")));
        assertThat(inclusion.findElement(By.cssSelector("[data-role='proof-link']")).getAttribute("href"))
                .contains("/api/ledger/proof/inclusion?index=" + inclusion.getAttribute("data-seq") + "&size=");
        screenshotPage("report");

        open("/reports?from=2025-03-25&to=2025-03-25");
        WebElement row = browser.findElement(By.cssSelector("#reports-table tr[data-id='" + id + "']"));
        assertThat(row.getText()).as("the event's time in the reader's zone").contains("Mar 25, 2025, 9:30 AM").contains("Kherson");
        assertThat(browser.findElements(By.cssSelector("#reports-table tbody tr")).stream()
                .map(r -> r.getAttribute("data-id")))
                .as("a delegation lists its own reports only")
                .allSatisfy(reportId -> assertThat(ua().get("/api/reports/" + reportId).status()).isEqualTo(200));
        screenshot("reports");
        Files.deleteIfExists(file);
    }

    @Test
    void aRefusedReportShowsEachProblemNextToItsFieldInTheReadersLanguage() {
        signIn("ua", "demo-ua");
        long before = ua().get("/api/reports/count").json().get("count").asLong();
        open("/reports/new?lang=uk");
        browser.findElement(By.id("where-latitude")).sendKeys("91");
        browser.findElement(By.id("where-longitude")).sendKeys("30");
        script("document.getElementById('when-local').value = '2025-03-25T09:30';");
        new Select(browser.findElement(By.id("target-category"))).selectByValue("substation");
        browser.findElement(By.id("report-submit")).click();

        WebElement latitude = visible(By.cssSelector("[data-error-for='where.latitude']"));
        assertThat(latitude.getText()).as("the server's reason, translated").isEqualTo("Широта 91.0 поза межами −90…90.");
        assertThat(latitude.findElement(By.tagName("span")).getAttribute("title")).as("and as the server wrote it")
                .isEqualTo("latitude 91.0 is outside -90..90");
        assertThat(visible(By.cssSelector("[data-error-for='outcome']")).getText()).isEqualTo("Обов’язкове поле.");
        assertThat(browser.findElement(By.id("where-latitude")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("[data-error-for='where.longitude']")).isDisplayed())
                .as("no message next to a field the server accepted").isFalse();
        screenshotPage("report-form-refused");
        assertThat(ua().get("/api/reports/count").json().get("count").asLong()).as("nothing was written").isEqualTo(before);
    }

    @Test
    void aMonitorRelayingAnOpenSourceIsToldItsAddressAndDateAreMissing() {
        signIn("monitor", "demo-monitor");
        open("/reports/new");
        new Select(browser.findElement(By.id("source-kind"))).selectByValue("open_source");
        browser.findElement(By.id("where-place")).sendKeys("Sudzha");
        new Select(browser.findElement(By.id("when-precision"))).selectByValue("day");
        script("document.getElementById('when-date').value = '2025-03-21';");
        new Select(browser.findElement(By.id("target-category"))).selectByValue("gas_metering");
        new Select(browser.findElement(By.id("outcome"))).selectByValue("hit");
        browser.findElement(By.id("report-submit")).click();

        assertThat(visible(By.cssSelector("[data-error-for='source.address']")).getText())
                .isEqualTo("An open source needs the address where it was published.");
        assertThat(visible(By.cssSelector("[data-error-for='source.publishedOn']")).getText())
                .isEqualTo("An open source needs its publication date.");
        assertThat(browser.findElements(By.cssSelector("#source-party")).get(0).isDisplayed())
                .as("the party is asked only for a party's claim").isFalse();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
