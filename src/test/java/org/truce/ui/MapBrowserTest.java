package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.truce.testing.BrowserTest;
import org.truce.testing.RegionCentresLayer;

/**
 * The map in a real browser: the offline base map of the shipped regions, and an overlay with
 * its clusters, time slider and filters (fed by the tests' own layer, {@link RegionCentresLayer}).
 */
class MapBrowserTest extends BrowserTest {

    @Test
    void theRegionsAreDrawnWithoutAnyRequestLeavingTheMachine() {
        open("/map?lang=uk");
        waitFor(driver -> "85".equals(driver.findElement(By.id("map")).getAttribute("data-regions")));
        assertThat(browser.findElements(By.cssSelector("#map path.region-country"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#map path.region-admin1"))).hasSizeGreaterThan(80);
        assertThat(browser.findElements(By.cssSelector(".region-label-country")).stream()
                .map(label -> label.getDomProperty("textContent"))).contains("Україна", "Росія");
        assertThat(browser.findElements(By.cssSelector(".region-label")).stream()
                .map(label -> label.getDomProperty("textContent"))).doesNotContain("Ukraine", "Russia");
        assertThat(browser.findElements(By.cssSelector("#map img.leaflet-tile"))).as("no tile layer by default").isEmpty();
        waitFor(driver -> !driver.findElements(By.cssSelector(".truce-cluster")).isEmpty());
        List<String> urls = loadedUrls();
        assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + port + "/"));
        assertThat(urls).anySatisfy(url -> assertThat(url).matches(".*/webjars/leaflet/.*dist/leaflet.js"))
                .anySatisfy(url -> assertThat(url).contains("/api/regions?zoom="));
        screenshot("map");
    }

    @Test
    void theOverlayClustersItsPointsAndFollowsTheFiltersAndTheTimeSlider() {
        open("/map");
        int all = total();
        assertThat(all).as("points in the first view").isGreaterThan(20);
        List<Integer> counts = clusterCounts();
        assertThat(counts).as("nearby points are drawn as one cluster with their count").anySatisfy(c -> assertThat(c).isGreaterThan(1));
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(all);
        assertThat(browser.findElements(By.cssSelector("#map .leaflet-overlay-pane canvas")))
                .as("single points are drawn on a canvas").isNotEmpty();
        screenshot("map-overlay");

        browser.findElement(By.cssSelector("#filters input[value='RU']")).click();
        waitFor(driver -> total() < all);
        int ukraineOnly = total();
        assertThat(ukraineOnly).isPositive();

        browser.findElement(By.cssSelector("#filters button[type='reset']")).click();
        waitFor(driver -> total() == all);

        WebElement to = browser.findElement(By.id("slider-to"));
        String before = browser.findElement(By.id("slider-to-value")).getText();
        for (int i = 0; i < 24 * 20; i++) {
            to.sendKeys(Keys.ARROW_LEFT);
        }
        waitFor(driver -> total() < all);
        assertThat(browser.findElement(By.id("slider-to-value")).getText()).isNotEqualTo(before);
        screenshot("map-filtered");

        int zoom = zoom();
        total();
        browser.findElement(By.cssSelector(".truce-cluster")).click();
        waitFor(driver -> zoom() > zoom);
    }

    private int total() {
        waitFor(driver -> driver.findElement(By.id("map")).getAttribute("data-overlay-loading") == null
                && driver.findElement(By.id("map")).getAttribute("data-overlay_region_centres") != null);
        return Integer.parseInt(browser.findElement(By.id("map")).getAttribute("data-overlay_region_centres"));
    }

    private List<Integer> clusterCounts() {
        return browser.findElements(By.cssSelector(".truce-cluster")).stream()
                .map(cluster -> Integer.parseInt(cluster.getAttribute("data-count"))).toList();
    }

    private int zoom() {
        return ((Number) script("return window.Truce.map.getZoom();")).intValue();
    }
}
