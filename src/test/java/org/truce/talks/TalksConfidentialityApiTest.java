package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;
import org.truce.testing.TestDatabase;

import tools.jackson.databind.JsonNode;

/**
 * Every talks endpoint, called as one party, answers nothing of the other party's profile,
 * messages, comments or answers (searched by their ids and their words), and "not found" for
 * the other party's resources asked for by id; a monitor sees the talks and their timeline and
 * nothing else. The ledger's records API, which discloses committed contents, holds to the same.
 */
class TalksConfidentialityApiTest extends IntegrationTest {

    private static ConfidentialScenario scenario;

    /** Fields that belong to a party's private resources; an object holding one may only be the reader's own. */
    private static final Set<String> PRIVATE_FIELDS = Set.of("weights", "ratings", "reservationValue", "redLines", "holistic",
            "acceptable", "answer");

    @BeforeEach
    void buildTheTalksOnce() {
        if (scenario == null) {
            scenario = new ConfidentialScenario(api);
        }
    }

    @ParameterizedTest(name = "{0} never receives the other party's secrets")
    @ValueSource(strings = {"UA", "RU"})
    void noEndpointGivesAPartyTheOtherPartysSecrets(String party) {
        Api reader = api.as("demo-" + party.toLowerCase());
        String other = ConfidentialScenario.other(party);
        List<String> answered = new ArrayList<>();
        for (String path : readPaths()) {
            Api.Response response = reader.get(path);
            answered.add(path + " -> " + response.status());
            assertNoLeak(path, response, scenario.secrets.get(other), party);
        }
        assertThat(answered).as("the party reads its own side").contains(
                base() + "/positions/" + party + " -> 200", base() + "/channels/" + party + "/messages -> 200",
                base() + "/text -> 200", base() + "/suggestions -> 200");
    }

    @ParameterizedTest(name = "{0} is told the other party's resources do not exist")
    @ValueSource(strings = {"UA", "RU"})
    void theOtherPartysResourcesAnswerNotFound(String party) {
        Api reader = api.as("demo-" + party.toLowerCase());
        ConfidentialScenario.Secrets theirs = scenario.secrets.get(ConfidentialScenario.other(party));
        List<String> paths = new ArrayList<>(List.of(
                base() + "/positions/" + theirs.party,
                base() + "/channels/" + theirs.party + "/messages",
                base() + "/analysis",
                base() + "/analysis/improvements?package=scope:grid,duration:d60,start:fixed,geography:borders,notification:h72,violation:release",
                base() + "/text/versions/1/terms",
                base() + "/text/versions/3")); // written but shared with nobody
        theirs.messageIds.forEach(id -> paths.add(base() + "/messages/" + id));
        theirs.commentIds.forEach(id -> paths.add(base() + "/text/comments/" + id));
        theirs.acceptanceIds.forEach(id -> paths.add(base() + "/acceptances/" + id));
        if (party.equals("RU")) {
            paths.add(base() + "/text/versions/2"); // shared with UA only
            paths.add(base() + "/text/compare?from=1&to=2");
        }
        for (String path : paths) {
            Api.Response response = reader.get(path);
            assertThat(response.status()).as(party + " GET " + path + " answered " + response).isEqualTo(404);
            assertNoLeak(path, response, theirs, party);
        }
        ConfidentialScenario.Secrets own = scenario.secrets.get(party);
        for (String id : own.messageIds) {
            assertThat(reader.get(base() + "/messages/" + id).status()).as("its own message " + id).isEqualTo(200);
        }
        for (String id : own.commentIds) {
            assertThat(reader.get(base() + "/text/comments/" + id).status()).as("its own comment " + id).isEqualTo(200);
        }
        for (String id : own.acceptanceIds) {
            assertThat(reader.get(base() + "/acceptances/" + id).status()).as("its own answer " + id).isEqualTo(200);
        }
    }

    @Test
    void theSearchFindsAPartysSecretsWhereTheyAreShown() {
        ConfidentialScenario.Secrets ua = scenario.secrets.get("UA");
        for (String path : List.of(base() + "/positions/UA", base() + "/channels/UA/messages", base() + "/text/versions/1/comments",
                base() + "/suggestions/" + scenario.suggestionBothSaw)) {
            Api.Response own = ua().get(path);
            assertThat(own.status()).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertNoLeak(path, own, ua, "UA"))
                    .as("UA's own " + path + " holds UA's secrets, so the search must find them").isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void aPartyCannotWriteIntoTheOtherPartysPositionOrChannel() {
        Api ua = ua();
        assertThat(ua.put(base() + "/positions/RU", TalksApiFixtures.ruPosition()).status()).isEqualTo(404);
        assertThat(ua.post(base() + "/channels/RU/messages", java.util.Map.of("type", "question", "text", "hello")).status())
                .isEqualTo(404);
        assertThat(mediator().put(base() + "/positions/UA", TalksApiFixtures.uaPosition()).status())
                .as("the mediator never states a party's position").isEqualTo(403);
        assertThat(ru().get(base() + "/positions/RU").json().at("/position/id").asString())
                .isEqualTo(scenario.secrets.get("RU").positionId);
    }

    @Test
    void aMonitorSeesTheTalksButNoPositionMessageCommentOrAnswer() {
        Api monitor = monitor();
        for (String path : readPaths()) {
            Api.Response response = monitor.get(path);
            for (String party : List.of("UA", "RU")) {
                assertNoLeak(path, response, scenario.secrets.get(party), null);
            }
            if (path.equals("/api/talks") || path.equals(base())) {
                assertThat(response.status()).as(path).isEqualTo(200);
            } else if (response.status() == 200) {
                JsonNode body = response.json();
                boolean empty = body.isArray() && body.isEmpty()
                        || body.has("versions") && body.get("versions").isEmpty() && body.get("proposals").isEmpty();
                assertThat(empty).as("a monitor reading " + path + " is shown nothing: " + response).isTrue();
            } else {
                assertThat(response.status()).as(path).isEqualTo(404);
            }
        }
        assertThat(monitor.get(base()).json().at("/talks/title").asString()).startsWith("Confidential talks");
    }

    @ParameterizedTest(name = "the ledger discloses to {0} only its own and shared talks records")
    @ValueSource(strings = {"UA", "RU"})
    void theLedgerRecordsHoldToTheSameRules(String party) throws Exception {
        long[] range = seqRange();
        Api reader = api.as("demo-" + party.toLowerCase());
        Api.Response records = reader.get("/api/ledger/records?start=" + range[0] + "&end=" + (range[1] + 1));
        assertThat(records.status()).isEqualTo(200);
        assertNoLeak("/api/ledger/records", records, scenario.secrets.get(ConfidentialScenario.other(party)), party);
        List<String> actions = new ArrayList<>();
        records.json().forEach(r -> actions.add(r.get("action").asString()));
        assertThat(actions).as("its own position and messages are disclosed to it")
                .contains("talks.position_stated", "talks.message_sent", "talks.text_commented");
        Api.Response all = mediator().get("/api/ledger/records?start=" + range[0] + "&end=" + (range[1] + 1));
        assertThat(all.json().size()).as("the mediator sees more of them").isGreaterThan(records.json().size());
    }

    private List<String> readPaths() {
        String b = base();
        List<String> paths = new ArrayList<>(List.of("/api/talks", b, b + "/channels/UA/messages", b + "/channels/RU/messages",
                b + "/disclosures", b + "/positions/UA", b + "/positions/RU", b + "/analysis",
                b + "/analysis/improvements?package=scope:grid,duration:d30,start:fixed,geography:borders,notification:h72,violation:release",
                b + "/suggestions", b + "/suggestions/" + scenario.suggestionBothSaw, b + "/text", b + "/text/versions/1",
                b + "/text/versions/2", b + "/text/versions/3", b + "/text/compare?from=1&to=2", b + "/text/versions/1/comments",
                b + "/text/versions/1/terms", b + "/text/proposals/" + scenario.proposal));
        for (ConfidentialScenario.Secrets s : scenario.secrets.values()) {
            s.messageIds.forEach(id -> paths.add(b + "/messages/" + id));
            s.commentIds.forEach(id -> paths.add(b + "/text/comments/" + id));
            s.acceptanceIds.forEach(id -> paths.add(b + "/acceptances/" + id));
        }
        return paths;
    }

    /** Neither the other party's ids (beyond one asked for) nor its words, nor any private field of an object of its. */
    static void assertNoLeak(String path, Api.Response response, ConfidentialScenario.Secrets theirs, String reader) {
        for (String id : theirs.ids) {
            if (path.contains(id)) {
                continue; // a "not found" names the id it was asked for, which the reader already had
            }
            assertThat(response.body()).as(reader + " GET " + path + " mentions " + theirs.party + "'s " + id).doesNotContain(id);
        }
        for (String words : theirs.words) {
            assertThat(response.body()).as(reader + " GET " + path + " shows " + theirs.party + "'s words").doesNotContain(words);
        }
        if (response.contentType().contains("json")) {
            scan(response.json(), theirs.party, reader + " GET " + path);
        }
    }

    private static void scan(JsonNode node, String party, String where) {
        if (node.isObject()) {
            boolean theirs = party.equals(text(node, "party")) || party.equals(text(node, "channel"));
            if (theirs) {
                for (String field : PRIVATE_FIELDS) {
                    assertThat(node.has(field)).as(where + ": " + party + "'s " + field + " in " + node).isFalse();
                }
                assertThat(node.has("channel")).as(where + ": a message of " + party + "'s channel: " + node).isFalse();
                assertThat(node.has("text") && node.has("version")).as(where + ": a comment of " + party + ": " + node).isFalse();
            }
        }
        node.forEach(child -> scan(child, party, where));
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && node.get(field).isString() ? node.get(field).asString() : null;
    }

    private static String base() {
        return "/api/talks/" + scenario.talks;
    }

    private static long[] seqRange() throws Exception {
        try (Connection db = TestDatabase.connect(DATABASE);
             PreparedStatement sql = db.prepareStatement("SELECT MIN(ledger_seq), MAX(ledger_seq) FROM talks_record WHERE talks_id = ?")) {
            sql.setString(1, scenario.talks);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }
}
