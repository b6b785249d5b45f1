package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.truce.testing.BrowserTest;

/**
 * The talks workspace in a real browser: the demo's Doha talks as the mediator and as each
 * delegation sees them, the frontier chart drawn from the analysis, a party's position form with
 * its holistic check, secret acceptance and the negotiating text side by side. Screenshots go to
 * target/screenshots/talks-*.png.
 */
class TalksBrowserTest extends BrowserTest {

    private String doha;

    @BeforeEach
    void findTheDemoTalks() {
        doha = TalksApiFixtures.demoTalks(api);
    }

    @Test
    void theMediatorSeesTheTimelineOfTheDohaTalks() {
        signIn("mediator", "demo-mediator");
        open("/talks");
        assertThat(navigation()).contains("/talks");
        browser.findElement(By.cssSelector("#talks-list a[href='/talks/" + doha + "']")).click();
        waitUntilReady();
        assertThat(browser.findElement(By.id("talks-status")).getText()).isEqualTo("suspended");
        List<WebElement> events = browser.findElements(By.cssSelector(".timeline-event"));
        assertThat(events).extracting(e -> e.getAttribute("data-kind")).containsExactly("held", "scheduled", "suspended", "scheduled");
        assertThat(events.get(0).getText()).contains("about June 2024");
        assertThat(events.get(1).getText()).contains("August 2024");
        assertThat(events.get(2).getText()).contains("6 August 2024")
                .contains("escalation: cross-border offensive into Kursk region, 6 Aug 2024, not notified to the mediator");
        assertThat(events.get(3).getText()).contains("22 August 2024");
        screenshot("talks-overview");
        open("/talks/" + doha + "?lang=uk");
        assertThat(browser.findElement(By.cssSelector(".timeline-event[data-kind='held']")).getText()).contains("близько червня 2024");
        screenshot("talks-overview-uk");
    }

    @Test
    void theAnalysisDrawsTheFrontierWithTheSolutionsMarked() {
        signIn("mediator", "demo-mediator");
        open("/talks/" + doha + "/analysis");
        assertThat(browser.findElement(By.id("illustrative")).getText()).contains("Illustrative, not the parties’ real positions");
        waitFor(driver -> driver.findElement(By.id("frontier-chart")).getAttribute("data-drawn") != null);
        assertThat(Integer.parseInt(browser.findElement(By.id("frontier-chart")).getAttribute("data-drawn"))).isGreaterThan(25);
        assertThat(browser.findElements(By.cssSelector(".frontier-row"))).hasSizeGreaterThan(1);
        assertThat(browser.findElement(By.id("solution-nash")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("solution-ks")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("solution-maximin")).isDisplayed()).isTrue();
        screenshot("talks-analysis");
        browser.findElement(By.id("improve-submit")).click();
        assertThat(visible(By.id("tentative-utilities")).getText()).isNotBlank();
        waitUntilReady();
        assertThat(loadedUrls()).allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + port + "/"));
    }

    @Test
    void aDelegationStatesItsPositionAndSeesItsHolisticCheck() {
        String talks = TalksApiFixtures.open(api);
        signIn("ua", "demo-ua");
        open("/talks/" + talks + "/position");
        Map<String, Object> position = TalksApiFixtures.uaPosition();
        @SuppressWarnings("unchecked")
        Map<String, Integer> weights = (Map<String, Integer>) position.get("weights");
        weights.forEach((issue, weight) -> type(By.id("weight-" + issue), weight));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> ratings = (Map<String, Map<String, Integer>>) position.get("ratings");
        ratings.forEach((issue, byOption) -> byOption.forEach((option, rating) -> type(By.id("rating-" + issue + "-" + option), rating)));
        browser.findElement(By.id("redline-geography-control")).click();
        type(By.id("reservation"), 33);
        type(By.id("holistic-0"), 80);
        type(By.id("holistic-1"), 30);
        type(By.id("holistic-2"), 60);
        browser.findElement(By.id("position-save")).click();
        waitUntilReady();
        assertThat(browser.findElement(By.id("notice")).getText()).contains("saved");
        assertThat(browser.findElements(By.id("illustrative"))).as("a real position is not marked illustrative").isEmpty();
        assertThat(browser.findElement(By.cssSelector(".stated-position .holistic-check")).getText()).contains("Kendall");
        screenshot("talks-position");
        assertThat(api.as("demo-ua").get("/api/talks/" + talks + "/positions/UA").json().at("/position/reservationValue").asInt())
                .isEqualTo(33);
    }

    @Test
    void aDelegationAnswersASuggestionAndComparesTwoVersions() {
        signIn("ru", "demo-ru");
        open("/talks/" + doha + "/suggestions");
        WebElement suggestion = browser.findElement(By.cssSelector(".suggestion"));
        assertThat(suggestion.getText()).doesNotContain("Ukraine:");
        screenshot("talks-suggestions");
        open("/talks/" + doha + "/text?from=1&to=2");
        List<WebElement> rows = browser.findElements(By.cssSelector("#comparison tbody tr"));
        assertThat(rows).extracting(r -> r.getAttribute("data-change")).contains("added", "changed", "unchanged");
        script("document.getElementById('compare').scrollIntoView()");
        screenshot("talks-text-compare");
        open("/talks/" + doha + "/channel");
        assertThat(path()).isEqualTo("/talks/" + doha + "/channel/RU");
        screenshot("talks-channel");
    }

    @Test
    void aDelegationCommentsVotesAndAnswersTheWholeText() {
        String talks = TalksApiFixtures.open(api);
        Map<String, String> agreed = TalksApiFixtures.pkg("grid", "d60", "fixed", "borders", "h72", "release");
        TalksApiFixtures.writeShared(api, talks, TalksApiFixtures.clauses(agreed, "agreed"));
        api.as("demo-mediator").post("/api/talks/" + talks + "/text/proposals", Map.of("clauses",
                TalksApiFixtures.clauses(TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h72", "release"), "agreed")));
        signIn("ua", "demo-ua");
        open("/talks/" + talks + "/text");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("comment-clause"))).selectByValue("duration");
        browser.findElement(By.id("comment-text")).sendKeys("Sixty days are the least we can accept.");
        browser.findElement(By.id("comment-send")).click();
        waitUntilReady();
        // the form reloads the page: the old page may still answer "ready" right after the click, so wait for what it shows
        assertThat(visible(By.cssSelector("#comments li[data-comment-party='UA']")).getText()).contains("Sixty days");
        browser.findElement(By.cssSelector(".proposal .vote-better")).click();
        waitUntilReady();
        assertThat(visible(By.cssSelector(".proposal [data-vote-party='UA']")).getText()).contains("Better");
        assertThat(browser.findElement(By.cssSelector(".proposal .proposal-status")).getText()).isEqualTo("awaiting answers");
        open("/talks/" + talks + "/text");
        browser.findElement(By.id("final-yes")).click();
        waitUntilReady();
        assertThat(visible(By.cssSelector("[data-final-party='UA']")).getText()).isEqualTo("Ukraine: Yes");
        assertThat(browser.findElements(By.id("final-outcome"))).as("RU has not answered").isEmpty();
        screenshot("talks-text");
    }

    @Test
    void theMediatorWritesTheNextVersionFromTheForm() {
        String talks = TalksApiFixtures.open(api);
        TalksApiFixtures.writeShared(api, talks, TalksApiFixtures.clauses(
                TalksApiFixtures.pkg("grid", "d60", "fixed", "borders", "h72", "release"), "contested"));
        signIn("mediator", "demo-mediator");
        open("/talks/" + talks + "/text");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("clause.2.status"))).selectByValue("agreed");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("clause.2.binding"))).selectByValue("duration:d30");
        browser.findElement(By.id("write-note")).sendKeys("Duration agreed");
        browser.findElement(By.id("write-version")).click();
        waitUntilReady();
        assertThat(browser.findElement(By.cssSelector("#version")).getAttribute("data-version")).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("#clauses tr[data-clause='duration']")).getText()).contains("30 days", "agreed");
        assertThat(browser.findElement(By.id("shared-with")).getText()).contains("UA", "RU");
        script("document.getElementById('terms-preview').scrollIntoView()");
        screenshot("talks-text-mediator");
    }

    private void type(By field, int value) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(String.valueOf(value));
    }
}
