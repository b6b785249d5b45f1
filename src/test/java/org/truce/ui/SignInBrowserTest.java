package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.truce.testing.BrowserTest;

/** Signing in with each demo account, in a real browser: each role's navigation and home, and the refusals. */
class SignInBrowserTest extends BrowserTest {

    /** The pages this branch serves, per role; later features' pages add to these lists. */
    private static final List<String> PUBLIC = List.of("/map", "/incidents", "/agreements", "/findings", "/compliance",
            "/ledger");
    private static final List<String> PARTY = List.of("/dashboard", "/map", "/incidents", "/reports/new", "/reports",
            "/sites", "/agreements", "/findings", "/compliance", "/talks", "/ledger");
    private static final List<String> MONITOR = List.of("/dashboard", "/map", "/queue", "/incidents", "/reports/new",
            "/reports", "/sites", "/agreements", "/findings", "/compliance", "/ledger");
    private static final List<String> MEDIATOR = List.of("/dashboard", "/map", "/queue", "/incidents", "/reports",
            "/sites", "/agreements", "/findings", "/compliance", "/talks", "/ledger", "/accounts");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "mediator, demo-mediator, Mediator, ",
            "monitor,  demo-monitor,  Monitor, ",
            "ua,       demo-ua,       Party delegation, Ukraine",
            "ru,       demo-ru,       Party delegation, Russian Federation"})
    void eachDemoAccountLandsOnItsHomeWithItsRolesNavigation(String username, String password, String role, String party) {
        open("/");
        assertThat(navigation()).as("the public's navigation").containsExactlyElementsOf(PUBLIC);

        signIn(username, password);
        assertThat(path()).isEqualTo("/dashboard");
        assertThat(browser.findElement(By.id("account-role")).getText()).isEqualTo(role);
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(username).contains(role);
        if (party != null) {
            assertThat(browser.findElement(By.id("account-party")).getText()).isEqualTo(party);
        } else {
            assertThat(browser.findElements(By.id("account-party"))).isEmpty();
        }
        List<String> expected = switch (username) {
            case "mediator" -> MEDIATOR;
            case "monitor" -> MONITOR;
            default -> PARTY;
        };
        assertThat(navigation()).containsExactlyElementsOf(expected);
        assertThat(browser.findElement(By.cssSelector("#main-nav a[aria-current='page']")).getAttribute("data-path"))
                .isEqualTo("/dashboard");
        for (String page : expected) {
            assertThat(fetchStatus("GET", page)).as("navigation link " + page + " for " + username).isEqualTo(200);
        }
        screenshot("landing-" + username);

        browser.findElement(By.id("sign-out")).click();
        visible(By.id("signed-out"));
        assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageInTheChosenLanguage() {
        open("/login");
        screenshot("login");
        signIn("ua", "demo-ru");
        assertThat(path()).isEqualTo("/login");
        assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("The username or password is wrong.");
        assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();

        browser.findElement(By.id("lang-uk")).click();
        waitUntilReady();
        signIn("nobody", "demo-ua");
        assertThat(browser.findElement(By.id("login-error")).getText()).isEqualTo("Неправильне ім’я користувача або пароль.");
        assertThat(fetchStatus("GET", "/dashboard")).as("still signed out").isEqualTo(302);
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndThenToThePageAsked() {
        open("/accounts");
        assertThat(path()).isEqualTo("/login");
        browser.findElement(By.id("username")).sendKeys("mediator");
        browser.findElement(By.id("password")).sendKeys("demo-mediator");
        browser.findElement(By.id("sign-in-submit")).click();
        waitFor(driver -> path().equals("/accounts"));
        assertThat(browser.findElement(By.cssSelector("#accounts tr[data-username='ua']")).getText()).contains("ua");
    }

    @Test
    void aSignedInUserWithoutTheRoleGetsAForbiddenPage() {
        signIn("monitor", "demo-monitor");
        open("/accounts");
        assertThat(browser.findElement(By.cssSelector("main")).getAttribute("data-status")).isEqualTo("403");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not for your role");
        assertThat(navigation()).as("the frame stays usable").containsExactlyElementsOf(MONITOR);
        assertThat(browser.getPageSource()).doesNotContain("Exception");
        assertThat(fetchStatus("GET", "/accounts")).isEqualTo(403);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedButHtmxSendsIt() {
        signIn("ua", "demo-ua");
        assertThat(fetchStatus("POST", "/logout")).as("sign-out forged without the token").isEqualTo(403);
        open("/dashboard");
        assertThat(path()).as("still signed in").isEqualTo("/dashboard");

        asyncScript("var done = arguments[arguments.length - 1];"
                + "document.body.addEventListener('htmx:afterRequest', function (e) { done(e.detail.xhr.status); });"
                + "htmx.ajax('POST', '/logout', {target: '#main', swap: 'none'});");
        open("/dashboard");
        assertThat(path()).as("htmx's sign-out carried the token and worked").isEqualTo("/login");
    }
}
