package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.truce.agreement.KeyFiles;
import org.truce.agreement.PartyKeys;
import org.truce.ledger.Cosignature;
import org.truce.ledger.NoteSigner;
import org.truce.testing.Api;
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
    void theBrowsersChecksRefuseATamperedNoteAndAWrongLeaf() {
        open("/ledger");
        @SuppressWarnings("unchecked")
        Map<String, Object> results = (Map<String, Object>) asyncScript("var done = arguments[arguments.length - 1];"
                + "var c = Truce.ledgerCrypto; var json = function (u) { return fetch(u, {headers: {Accept: 'application/json'}}).then(function (r) { return r.json(); }); };"
                + "var b64 = function (t) { return Uint8Array.from(atob(t), function (ch) { return ch.charCodeAt(0); }); };"
                + "Promise.all([json('/api/ledger/checkpoint'), json('/api/ledger/public-key')]).then(function (both) {"
                + "  var cp = both[0], key = both[1].vkey; var lines = cp.note.split('\\n');"
                + "  lines[1] = String(Number(lines[1]) - 1); var tampered = lines.join('\\n');"
                + "  return Promise.all([c.verifyNote(cp.note, key), c.verifyNote(tampered, key),"
                + "    json('/api/ledger/entries?start=0&end=2'), json('/api/ledger/proof/inclusion?index=0&size=' + cp.size)])"
                + "  .then(function (r) { var entries = r[2], proof = r[3];"
                + "    return Promise.all([c.leafHash(entries[0].body), c.leafHash(entries[1].body)]).then(function (leaves) {"
                + "      var hashes = proof.hashes.map(b64), root = b64(cp.rootHash);"
                + "      return Promise.all([c.verifyInclusion(leaves[0], 0, cp.size, hashes, root),"
                + "        c.verifyInclusion(leaves[1], 0, cp.size, hashes, root)]).then(function (inc) {"
                + "        done({signed: r[0], tampered: r[1], included: inc[0], otherLeaf: inc[1]}); }); }); }); })"
                + ".catch(function (e) { done({error: String(e)}); });");
        assertThat(results).as(String.valueOf(results)).containsEntry("signed", true).containsEntry("tampered", false)
                .containsEntry("included", true).containsEntry("otherLeaf", false);
    }

    @Test
    void aPartysCosignatureOfACheckpointIsVerifiedInTheBrowser() {
        // a write, so that the checkpoint issued now is a new one nobody has cosigned
        assertThat(ua().post("/api/sites", Map.of("name", "Cosigning test substation " + UUID.randomUUID(), "category",
                "substation", "latitude", 49.2, "longitude", 28.4, "source", "Test register")).status()).isEqualTo(201);
        long size = mediator().post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
        String note = api.get("/api/ledger/checkpoint?size=" + size).body();
        KeyPair uaKey = PartyKeys.keyPair(KeyFiles.readPrivateKey(DATA_DIR.resolve("keys").resolve("ua-private.pem")));
        NoteSigner ua = NoteSigner.of("truce.local/ledger/cosigner/UA", uaKey);
        Cosignature cosignature = Cosignature.create(ua, note.substring(0, note.indexOf("\n\n") + 1),
                Instant.now().getEpochSecond());
        Api.Response cosigned = ua().post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "cosignature", cosignature.toNoteSignature().line()));
        assertThat(cosigned.status()).as(cosigned.toString()).isEqualTo(201);

        open("/ledger?size=" + size);
        WebElement verified = browser.findElement(By.id("checkpoint-verified"));
        waitFor(driver -> verified.getAttribute("data-state") != null);
        assertThat(verified.getAttribute("data-state")).isEqualTo("verified");
        assertThat(browser.findElement(By.id("checkpoint-size")).getText()).isEqualTo(String.valueOf(size));
        WebElement row = visible(By.cssSelector("#cosignatures tr[data-cosigner='UA']"));
        WebElement result = row.findElement(By.cssSelector("td:last-child"));
        waitFor(driver -> result.getAttribute("data-state") != null);
        assertThat(result.getAttribute("data-state")).isEqualTo("verified");
        screenshotPage("ledger-cosigned");
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
