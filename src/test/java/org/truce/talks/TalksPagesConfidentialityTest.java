package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.truce.testing.IntegrationTest;

/**
 * The talks pages as a signed-in browser gets them (a session from the sign-in form, plain HTTP):
 * a delegation's pages show nothing of the other delegation's position, messages, comments or
 * answers, and the other delegation's pages answer "not found".
 */
class TalksPagesConfidentialityTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static ConfidentialScenario scenario;

    @BeforeEach
    void buildTheTalksOnce() {
        if (scenario == null) {
            scenario = new ConfidentialScenario(api);
        }
    }

    @ParameterizedTest(name = "{0}''s pages show nothing of the other delegation''s")
    @ValueSource(strings = {"UA", "RU"})
    void aDelegationsPagesShowNothingOfTheOthers(String party) throws Exception {
        String session = signIn(party.toLowerCase(), "demo-" + party.toLowerCase());
        String other = ConfidentialScenario.other(party);
        ConfidentialScenario.Secrets theirs = scenario.secrets.get(other);
        List<String> shown = new ArrayList<>();
        for (String path : pages(party)) {
            HttpResponse<String> page = get(path, session);
            shown.add(path + " " + page.statusCode());
            for (String words : theirs.words) {
                assertThat(page.body()).as(party + " " + path + " shows " + other + "'s words").doesNotContain(words);
            }
            for (String id : theirs.ids) {
                assertThat(page.body()).as(party + " " + path + " names " + other + "'s " + id).doesNotContain(id);
            }
            for (String marker : markers(other)) {
                assertThat(page.body()).as(party + " " + path + " shows " + marker).doesNotContain(marker);
            }
        }
        assertThat(shown).contains(base() + "/position 200", base() + "/channel/" + party + " 200", base() + "/text 200");
        ConfidentialScenario.Secrets own = scenario.secrets.get(party);
        assertThat(get(base() + "/channel/" + party, session).body()).as("its own channel shows its messages")
                .contains(own.words.get(0)).contains(own.words.get(1));
        assertThat(get(base() + "/text?version=1", session).body()).as("its own comment").contains(own.words.get(2))
                .contains("data-comment-party=\"" + party + "\"");
    }

    @ParameterizedTest(name = "the other delegation''s pages answer {0} not found")
    @ValueSource(strings = {"UA", "RU"})
    void theOtherDelegationsPagesAreNotFound(String party) throws Exception {
        String session = signIn(party.toLowerCase(), "demo-" + party.toLowerCase());
        String other = ConfidentialScenario.other(party);
        List<String> notFound = new ArrayList<>(List.of(base() + "/channel/" + other, base() + "/analysis",
                base() + "/analysis?package=scope:grid,duration:d60,start:fixed,geography:borders,notification:h72,violation:release",
                base() + "/text?version=3"));
        if (party.equals("RU")) {
            notFound.add(base() + "/text?version=2");
        }
        for (String path : notFound) {
            HttpResponse<String> page = get(path, session);
            assertThat(page.statusCode()).as(party + " " + path).isEqualTo(404);
            assertThat(page.body()).contains("data-status=\"404\"");
        }
        HttpResponse<String> post = post(base() + "/channel/" + other, session, "type=question&text=hello");
        assertThat(post.statusCode()).as("writing into the other channel").isEqualTo(404);
    }

    @Test
    void theMediatorsPagesShowBothDelegationsSides() throws Exception {
        String session = signIn("mediator", "demo-mediator");
        String text = get(base() + "/text?version=1", session).body();
        String suggestions = get(base() + "/suggestions", session).body();
        String positions = get(base() + "/position", session).body();
        for (String party : List.of("UA", "RU")) {
            assertThat(text).contains("data-comment-party=\"" + party + "\"", "data-final-party=\"" + party + "\"");
            assertThat(suggestions).contains("data-answer-party=\"" + party + "\"");
            assertThat(positions).contains("stated-position\" data-party=\"" + party + "\"");
            assertThat(get(base() + "/channel/" + party, session).body()).contains(scenario.secrets.get(party).words.get(0));
        }
        assertThat(get(base() + "/analysis", session).statusCode()).isEqualTo(200);
    }

    /** What a page shows only of a party's private answers and position. */
    private static List<String> markers(String party) {
        return List.of("data-answer-party=\"" + party + "\"", "data-final-party=\"" + party + "\"",
                "data-vote-party=\"" + party + "\"", "data-comment-party=\"" + party + "\"",
                "stated-position\" data-party=\"" + party + "\"");
    }

    private List<String> pages(String party) {
        String b = base();
        return List.of("/talks", b, b + "/channel/" + party, b + "/position", b + "/suggestions", b + "/text",
                b + "/text?version=1", b + "/text?from=1&to=2", "/dashboard");
    }

    private static String base() {
        return "/talks/" + scenario.talks;
    }

    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login")).GET());
        String session = cookie(form);
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login")).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return cookie(signedIn);
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + session).header("Accept", "text/html").GET());
    }

    private HttpResponse<String> post(String path, String session, String form) throws Exception {
        String page = get(base(), session).body();
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the page carries the CSRF token").isTrue();
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    }

    private URI uri(String path) {
        return URI.create(api.base() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
