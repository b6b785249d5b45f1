package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;
import org.truce.testing.RegionCentresLayer;

import tools.jackson.databind.JsonNode;

/** The web UI over plain HTTP: what a browser is sent, before any script runs. */
class WebUiHttpTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void theBaseMapIsEveryShippedRegionSimplifiedToTheZoom() {
        Api.Response coarse = api.get("/api/regions?zoom=3");
        Api.Response fine = api.get("/api/regions?zoom=10");
        assertThat(coarse.status()).isEqualTo(200);
        assertThat(coarse.contentType()).startsWith("application/geo+json");
        JsonNode regions = coarse.json();
        assertThat(regions.get("features")).hasSize(85);
        JsonNode kyiv = find(regions, "UA-30");
        assertThat(kyiv.at("/properties/names/uk").asString()).isEqualTo("Київ");
        assertThat(kyiv.at("/properties/level").asString()).isEqualTo("admin1");
        assertThat(find(regions, "RU").at("/properties/names/ru").asString()).isEqualTo("Россия");
        assertThat(positions(coarse.json())).as("a coarse map sends fewer positions than a close one")
                .isLessThan(positions(fine.json()) / 3);
        assertThat(fine.body().length()).isLessThan(2_100_000);
    }

    @Test
    void aZoomOutOfRangeIsRefusedNamingTheParameter() {
        Api.Response refused = api.get("/api/regions?zoom=40");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("zoom");
        Api.Response badBox = api.get(RegionCentresLayer.URL + "?bbox=30,50,20,60&zoom=5");
        assertThat(badBox.status()).isEqualTo(400);
        assertThat(badBox.json().get("field").asString()).isEqualTo("bbox");
    }

    @Test
    void theLanguageComesFromAcceptLanguageUntilOneIsChosen() {
        assertThat(page("/", "uk-UA,uk;q=0.9,en;q=0.5", null)).contains("<html lang=\"uk\"").contains("Увійти");
        assertThat(page("/", "ru", null)).contains("<html lang=\"ru\"").contains("Войти");
        assertThat(page("/", "de-DE,de;q=0.9", null)).contains("<html lang=\"en\"").contains("Sign in");
        assertThat(page("/", "ru", "truce-lang=uk")).contains("<html lang=\"uk\"");
    }

    @Test
    void pagesLoadNothingFromOutsideAndTheApiKeepsItsProblems() throws Exception {
        HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/")).GET());
        assertThat(home.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'").contains("script-src 'self'");
        assertThat(home.body()).doesNotContain("http://").doesNotContain("https://");
        Api.Response anonymous = api.get("/api/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(ua().get("/api/accounts").status()).isEqualTo(403);
        assertThat(ua().get("/api/me").json().get("username").asString()).isEqualTo("ua");
    }

    @Test
    void signingInSetsAnHttpOnlyLaxSessionCookieAndNeedsTheFormsToken() throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login")).GET());
        String session = cookie(form, "JSESSIONID");
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();

        HttpResponse<String> withoutToken = send(post("/login", session, "username=ua&password=demo-ua"));
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        HttpResponse<String> signedIn = send(post("/login", session, "username=ua&password=demo-ua&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/home");
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

        String newSession = setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';'));
        HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/home")).header("Cookie", "JSESSIONID=" + newSession).GET());
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/dashboard");
        HttpResponse<String> logoutWithoutToken = send(post("/logout", newSession, ""));
        assertThat(logoutWithoutToken.statusCode()).isEqualTo(403);
        assertThat(logoutWithoutToken.body()).contains("data-status=\"403\"");
    }

    @Test
    void anAnonymousPageRequestIsSentToSignInButAnApiRequestIsNot() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/accounts")).GET());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(api.get("/api/accounts").status()).isEqualTo(401);
    }

    private static JsonNode find(JsonNode collection, String id) {
        for (JsonNode feature : collection.get("features")) {
            if (id.equals(feature.get("id").asString())) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + id);
    }

    private static int positions(JsonNode node) {
        if (node.isArray() && node.size() >= 2 && node.get(0).isNumber()) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : node) {
            count += positions(child);
        }
        return count;
    }

    private String page(String path, String acceptLanguage, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", acceptLanguage).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request).body();
    }

    private HttpRequest.Builder post(String path, String session, String form) {
        return HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + session)
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private static String cookie(HttpResponse<?> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).orElseThrow();
    }

    private java.net.URI uri(String path) {
        return java.net.URI.create(api.base() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
