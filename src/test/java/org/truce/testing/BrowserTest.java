package org.truce.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Base of the tests that drive the web UI in a real browser: Debian's headless Chromium through
 * its ChromeDriver (STACK.md item 8), one browser per test class against the shared test server,
 * a fresh profile deleted afterwards, nothing downloaded (Selenium Manager stays offline). A
 * missing Chromium fails the tests: {@code ./run-tests} installs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends IntegrationTest {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The browser's own time zone, as a reader in Kyiv would have it. */
    public static final String BROWSER_ZONE = "Europe/Kyiv";

    protected WebDriver browser;
    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        assertThat(CHROMIUM).as("Chromium is needed for the browser tests: apt-get install -y chromium "
                + "chromium-driver (./run-tests installs them)").isExecutable();
        assertThat(CHROMEDRIVER).as("ChromeDriver is needed for the browser tests: apt-get install -y "
                + "chromium-driver (./run-tests installs it)").isExecutable();
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
        profile = Files.createTempDirectory("truce-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", BROWSER_ZONE))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    /** Each test starts signed out, with no language or zone chosen. */
    @BeforeEach
    void forgetCookies() {
        browser.get(url("/images/truce.svg"));
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and waits until its scripts are ready (after the time-zone reload, if any). */
    protected void open(String path) {
        browser.get(url(path));
        waitUntilReady();
    }

    protected void waitUntilReady() {
        waitFor(driver -> "true".equals(((JavascriptExecutor) driver)
                .executeScript("return document.readyState === 'complete' && document.body && document.body.dataset.ready || null")));
    }

    protected void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in-submit")).click();
        waitFor(driver -> !path().equals("/login") || !driver.findElements(By.id("login-error")).isEmpty());
        waitUntilReady();
    }

    /** The path of the page shown. */
    protected String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    protected <T> T waitFor(Function<WebDriver, T> condition) {
        // a page that reloads itself (after a form was accepted) replaces the elements a condition reads
        // and a form sent by script reloads the page when accepted: a look taken while that reload
        // starts is aborted, so the condition is simply asked again on the new page
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
                    try {
                        return condition.apply(driver);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (e.getMessage() != null && e.getMessage().contains("aborted by navigation")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    protected WebElement visible(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(javascript, arguments);
    }

    protected Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) browser).executeAsyncScript(javascript, arguments);
    }

    /** The status a same-origin request from the page gets, with the page's cookies. */
    protected long fetchStatus(String method, String path) {
        return (Long) asyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[1], {method: arguments[0], redirect: 'manual', credentials: 'same-origin'})"
                + ".then(function (r) { done(r.type === 'opaqueredirect' ? 302 : r.status); })"
                + ".catch(function () { done(-1); });", method, path);
    }

    /** The destinations of the main navigation, by path. */
    protected List<String> navigation() {
        return browser.findElements(By.cssSelector("#main-nav a")).stream()
                .map(link -> link.getAttribute("data-path")).toList();
    }

    /** Every URL the page loaded (the document and its resources). */
    @SuppressWarnings("unchecked")
    protected List<String> loadedUrls() {
        return (List<String>) script("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).map(function (e) { return e.name; });");
    }

    /**
     * Clicks a Leaflet map at a latitude and longitude, as a user's mouse would: {@code map} is the
     * script expression of the map ({@code Truce.reportMap}); the point must be in view.
     */
    protected void clickOnMap(String map, double latitude, double longitude) {
        WebElement container = (WebElement) script("var c = " + map + ".getContainer(); c.scrollIntoView({block: 'center'}); return c;");
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) script("var m = " + map + "; var p = m.latLngToContainerPoint([arguments[0], arguments[1]]);"
                + "var r = m.getContainer().getBoundingClientRect(); return {x: p.x, y: p.y, w: r.width, h: r.height};",
                latitude, longitude);
        double x = ((Number) at.get("x")).doubleValue() - ((Number) at.get("w")).doubleValue() / 2;
        double y = ((Number) at.get("y")).doubleValue() - ((Number) at.get("h")).doubleValue() / 2;
        new Actions(browser).moveToElement(container, (int) Math.round(x), (int) Math.round(y)).click().perform();
    }

    /** Centres a Leaflet map on a point at a zoom and waits until it got there. */
    protected void centreMap(String map, double latitude, double longitude, int zoom) {
        asyncScript("var done = arguments[arguments.length - 1]; var m = " + map + ";"
                + "m.once('moveend', function () { setTimeout(function () { done(true); }, 50); });"
                + "m.setView([arguments[0], arguments[1]], arguments[2], {animate: false});", latitude, longitude, zoom);
    }

    /** The body of a same-origin GET from the page, with the page's cookies (what the page's scripts were sent). */
    protected String fetchBody(String url) {
        return (String) asyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: 'application/json, application/geo+json, */*'}})"
                + ".then(function (r) { return r.text(); }).then(done).catch(function (e) { done('ERROR ' + e); });", url);
    }

    /** Writes a PNG of the whole page (up to 4,000 pixels tall) under target/screenshots/. */
    protected Path screenshotPage(String name) {
        org.openqa.selenium.Dimension window = browser.manage().window().getSize();
        long height = ((Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);")).longValue();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(),
                    (int) Math.min(4000, Math.max(window.getHeight(), height + 120))));
            script("window.scrollTo(0, 0);");
            return screenshot(name);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    /** Writes a PNG of the window under target/screenshots/. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
