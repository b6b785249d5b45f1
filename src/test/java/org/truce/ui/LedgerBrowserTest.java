package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.truce.testing.BrowserTest;

import tools.jackson.databind.JsonNode;

/**
 * The ledger page in a real browser: the latest checkpoint, its signature checked by the browser
 * itself, how to audit from outside, and the entries of a record with their inclusion proofs;
 * nobody finds the entries of a record it may not see.
 */
class LedgerBrowserTest extends BrowserTest {

    @Test
    void anyoneSeesTheSignedCheckpointVerifiedInTheBrowserAndHowToAudit() {
        open("/ledger");
        WebElement verified = browser.findElement(By.id("checkpoint-verified"));
        waitFor(driver -> verified.getAttribute("data-state") != null);
        assertThat(verified.getAttribute("data-state")).isEqualTo("verified");
        JsonNode checkpoint = api.get("/api/ledger/checkpoint", "application/json").json();
        long shown = Long.parseLong(browser.findElement(By.id("checkpoint-size")).getText());
        assertThat(shown).as("a checkpoint the log signed").isGreaterThan(0).isLessThanOrEqualTo(checkpoint.get("size").asLong());
        assertThat(browser.findElement(By.id("log-vkey")).getText())
                .isEqualTo(api.get("/api/ledger/public-key", "application/json").json().get("vkey").asString());
        assertThat(browser.findElement(By.id("audit-command")).getText())
                .isEqualTo("./truce audit --url http://localhost:" + port + " --state truce-audit.state");
        screenshotPage("ledger");
    }

    @Test
    void aSitesEntriesAreFoundWithTheirProofsButNotByAPartyThatMayNotSeeIt() {
        String id = ru().post("/api/sites", Map.of("name", "Ledger test depot", "category", "oil_depot",
                "latitude", 52.1, "longitude", 39.2, "source", "Test register")).json().get("id").asString();
        assertThat(mediator().post("/api/sites/" + id + "/status", Map.of("status", "accepted")).status()).isEqualTo(200);
        List<Long> seqs = monitor().get("/api/sites/" + id).json().get("history").findValues("ledgerSeq").stream()
                .map(JsonNode::asLong).toList();

        signIn("mediator", "demo-mediator");
        open("/ledger?record=" + id);
        assertThat(browser.findElement(By.id("lookup-result")).getAttribute("data-kind")).isEqualTo("site");
        List<WebElement> entries = browser.findElements(By.cssSelector("#lookup-result [data-ledger-inclusion]"));
        assertThat(entries).extracting(e -> Long.parseLong(e.getAttribute("data-seq"))).containsExactlyElementsOf(seqs);
        // new entries wait for the next signed checkpoint (every few seconds), then verify
        waitFor(driver -> entries.stream().allMatch(e -> "verified".equals(e.getAttribute("data-state"))));
        screenshotPage("ledger-lookup");

        browser.findElement(By.id("sign-out")).click();
        signIn("ua", "demo-ua");
        open("/ledger?record=" + id);
        assertThat(browser.findElement(By.id("lookup-result")).getAttribute("data-kind")).isNull();
        assertThat(browser.findElements(By.id("lookup-none"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#lookup-result [data-ledger-inclusion]"))).isEmpty();
    }
}
