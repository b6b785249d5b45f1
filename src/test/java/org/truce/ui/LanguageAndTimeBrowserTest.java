package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.truce.testing.BrowserTest;

import tools.jackson.databind.JsonNode;

/** The interface's languages and the reader's time zone, in a real browser. */
class LanguageAndTimeBrowserTest extends BrowserTest {

    @Test
    void theReaderSwitchesBetweenEnglishUkrainianAndRussian() {
        open("/");
        assertThat(lang()).isEqualTo("en");
        assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Sign in");
        screenshot("home");

        browser.findElement(By.id("lang-uk")).click();
        waitFor(driver -> "uk".equals(lang()));
        waitUntilReady();
        assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Увійти");
        assertThat(browser.findElement(By.cssSelector("#main-nav a")).getText()).isEqualTo("Мапа");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Відкрито для всіх");
        screenshot("home-uk");

        browser.findElement(By.id("lang-ru")).click();
        waitFor(driver -> "ru".equals(lang()));
        waitUntilReady();
        assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Войти");
        assertThat(browser.findElement(By.cssSelector("#main-nav a")).getText()).isEqualTo("Карта");

        open("/login");
        assertThat(lang()).as("the choice is remembered").isEqualTo("ru");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Вход");
        assertThat(browser.findElement(By.cssSelector("label[for='username']")).getText()).isEqualTo("Имя пользователя");
    }

    @Test
    void theBrowsersTimeZoneIsDetectedAndShown() {
        open("/");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("data-time-zone")).isEqualTo(BROWSER_ZONE);
        assertThat(browser.findElement(By.id("zone-note")).getText()).contains(BROWSER_ZONE);
        assertThat(new Select(browser.findElement(By.id("tz"))).getFirstSelectedOption().getText()).isEqualTo(BROWSER_ZONE);
    }

    @Test
    void anInstantIsShownInTheChosenZone() {
        Instant created = createdAtOf("ua");
        signIn("mediator", "demo-mediator");
        open("/accounts?lang=ru&tz=Asia/Tokyo");
        assertThat(path()).isEqualTo("/accounts");
        assertShownIn(created, "Asia/Tokyo");

        new Select(browser.findElement(By.id("tz"))).selectByVisibleText("Europe/Moscow");
        waitFor(driver -> "Europe/Moscow".equals(driver.findElement(By.tagName("body")).getAttribute("data-time-zone")));
        waitUntilReady();
        assertShownIn(created, "Europe/Moscow");
        assertThat(browser.findElement(By.id("zone-note")).getText()).isEqualTo("Время показано в поясе Europe/Moscow, UTC+03:00");
    }

    private void assertShownIn(Instant instant, String zone) {
        WebElement time = browser.findElement(By.cssSelector("#accounts tr[data-username='ua'] time"));
        assertThat(time.getAttribute("datetime")).isEqualTo(instant.toString());
        String clock = instant.atZone(ZoneId.of(zone)).format(DateTimeFormatter.ofPattern("HH:mm"));
        String day = String.valueOf(instant.atZone(ZoneId.of(zone)).getDayOfMonth());
        assertThat(time.getText()).as("shown in " + zone).contains(clock).startsWith(day);
        assertThat(browser.findElement(By.cssSelector("#accounts thead")).getText()).contains(zone);
    }

    private Instant createdAtOf(String username) {
        for (JsonNode account : mediator().get("/api/accounts").json()) {
            if (username.equals(account.get("username").asString())) {
                return Instant.parse(account.get("createdAt").asString());
            }
        }
        throw new AssertionError("no account " + username);
    }

    private String lang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }
}
