package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.truce.agreement.AgreementFixtures;
import org.truce.agreement.AgreementFixtures.TestParty;
import org.truce.testing.Api;
import org.truce.testing.BrowserTest;

import tools.jackson.databind.JsonNode;

/**
 * The agreements in a real browser: the terms in words, the signatures and whether each verifies,
 * two versions side by side, the status at an instant, and how a delegation signs.
 */
class AgreementsBrowserTest extends BrowserTest {

    @Test
    void theMediatorSeesBothSignaturesVerifyAndTwoVersionsSideBySide() {
        TestParty a = AgreementFixtures.newPartyWithKey(api);
        TestParty b = AgreementFixtures.newPartyWithKey(api);
        Map<String, Object> terms = AgreementFixtures.terms("Browser test truce", a.code(), b.code());
        String id = AgreementFixtures.draft(api, terms);
        assertThat(a.signVersion(id, 1).status()).isEqualTo(201);
        assertThat(b.signVersion(id, 1).status()).isEqualTo(201);
        Map<String, Object> extended = AgreementFixtures.with(AgreementFixtures.with(terms, "until", "2025-05-17T00:00+03:00"),
                "protectedCategories", List.of("oil_refinery", "substation", "power_plant", "gas_metering"));
        Api.Response amended = mediator().put("/api/agreements/" + id + "/draft", Map.of("terms", extended));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        assertThat(amended.json().get("latestVersion").asInt()).isEqualTo(2);

        signIn("mediator", "demo-mediator");
        open("/agreements/" + id + "?at=2025-03-20T12:00:00Z");
        assertThat(browser.findElement(By.cssSelector("#agreement-status .status")).getText()).isEqualTo("in force");
        List<WebElement> signatures = browser.findElements(By.cssSelector("table.signatures[data-version='1'] tbody tr"));
        assertThat(signatures).extracting(row -> row.getAttribute("data-party")).containsExactlyInAnyOrder(a.code(), b.code());
        assertThat(signatures).extracting(row -> row.getAttribute("data-verifies")).containsOnly("true");
        assertThat(browser.findElement(By.id("signatures")).getText())
                .contains("./truce verify-signature --url http://localhost:" + port + " --agreement " + id + " --version 1");
        assertThat(browser.findElement(By.cssSelector("#terms-list dd[data-term='effectiveFrom']")).getText())
                .as("the window as written and in the reader's zone")
                .contains("Europe/Moscow").contains("UTC+03:00").contains(BROWSER_ZONE);

        WebElement comparison = browser.findElement(By.id("comparison"));
        assertThat(comparison.getAttribute("data-left")).isEqualTo("1");
        assertThat(comparison.getAttribute("data-right")).isEqualTo("2");
        assertThat(changed("until")).isTrue();
        assertThat(changed("protectedCategories")).isTrue();
        assertThat(changed("title")).isFalse();
        assertThat(changed("prohibitedMeans")).isFalse();
        assertThat(comparison.findElement(By.cssSelector("tr[data-term='protectedCategories'] td:last-child")).getText())
                .contains("Gas metering station");
        assertThat(comparison.findElement(By.cssSelector("tr[data-term='protectedCategories'] td:nth-child(2)")).getText())
                .doesNotContain("Gas metering station");
        screenshotPage("agreement-mediator");
        assertThat(browser.findElements(By.cssSelector("#versions-table tbody tr")).stream().map(r -> r.getAttribute("data-version")))
                .containsExactly("1", "2");
    }

    @Test
    void aDelegationReadsTheDemoMoratoriumInItsLanguageAndIsShownHowToSignADraft() {
        String demo = demoMoratorium();
        Map<String, Object> draft = AgreementFixtures.terms("Browser test extension", "UA", "RU");
        String pending = AgreementFixtures.draft(api, draft);

        signIn("ua", "demo-ua");
        open("/agreements/" + demo + "?at=2025-03-20T12:00:00Z&lang=uk");
        assertThat(browser.findElement(By.cssSelector("#agreement-status .status")).getText()).isEqualTo("чинна");
        assertThat(browser.findElements(By.cssSelector("table.signatures[data-version='1'] tbody tr")))
                .extracting(row -> row.getAttribute("data-verifies")).containsExactly("true", "true");
        assertThat(browser.findElement(By.cssSelector("#terms-list dd[data-term='protectedCategories']")).getText())
                .contains("Нафтопереробний завод").contains("Підстанція");
        assertThat(browser.findElement(By.cssSelector("#terms-list dd[data-term='clause:duration']")).getText())
                .as("the clause in the reader's language").startsWith("Сторони утримуються");
        assertThat(browser.findElements(By.id("how-to-sign"))).as("signed already").isEmpty();
        screenshotPage("agreement-ua");

        open("/agreements/" + pending + "?lang=en");
        assertThat(browser.findElement(By.id("sign-command")).getText())
                .isEqualTo("./truce sign --key ua-private.pem --url http://localhost:" + port
                        + " --token $TRUCE_TOKEN --agreement " + pending + " --version 1");

        open("/agreements");
        assertThat(browser.findElements(By.cssSelector("#agreements-table tbody tr")).stream().map(r -> r.getAttribute("data-id")))
                .contains(demo, pending);
    }

    @Test
    void thePublicSeesOnlyWhatEveryPartySigned() {
        String draft = AgreementFixtures.draft(api, AgreementFixtures.terms("Unsigned draft", "UA", "RU"));
        open("/agreements");
        assertThat(browser.findElements(By.cssSelector("#agreements-table tbody tr")).stream().map(r -> r.getAttribute("data-id")))
                .contains(demoMoratorium()).doesNotContain(draft);
        screenshot("agreements-public");
        assertThat(fetchStatus("GET", "/agreements/" + draft)).as("a draft is not found, as in the API").isEqualTo(404);
    }

    private boolean changed(String term) {
        return Boolean.parseBoolean(browser.findElement(By.cssSelector("#comparison tr[data-term='" + term + "']"))
                .getAttribute("data-changed"));
    }

    private String demoMoratorium() {
        for (JsonNode agreement : api.get("/api/agreements").json()) {
            if (agreement.get("title").asString().startsWith("Moratorium on strikes against energy infrastructure")) {
                return agreement.get("id").asString();
            }
        }
        throw new AssertionError("no demo moratorium");
    }
}
