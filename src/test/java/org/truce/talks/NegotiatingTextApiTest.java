package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.talks.TalksApiFixtures.check;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The single negotiating text: versions that never change, shared by decision, compared clause
 * by clause; veto-only mode, where the draft moves only when both parties say better; and the
 * final yes or no, where two yeses draft agreement terms that pass the agreement's vagueness check.
 */
class NegotiatingTextApiTest extends IntegrationTest {

    private static final Map<String, String> AGREED = TalksApiFixtures.pkg("grid", "d60", "fixed", "borders", "h72", "release");

    @Test
    void theDraftMovesOnlyWhenBothPartiesSayBetter() {
        String talks = TalksApiFixtures.open(api);
        String base = "/api/talks/" + talks;
        TalksApiFixtures.writeShared(api, talks, TalksApiFixtures.clauses(AGREED, "agreed"));
        Map<String, String> shorter = TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h72", "release");

        String rejected = propose(base, shorter);
        vote(ua(), base, rejected, "better");
        assertThat(check(ua().get(base + "/text/proposals/" + rejected), 200).get("status").asString())
                .as("UA does not learn RU's answer before RU gives it").isEqualTo("open");
        vote(ru(), base, rejected, "worse");
        assertThat(check(ua().get(base + "/text/proposals/" + rejected), 200).get("status").asString()).isEqualTo("rejected");
        assertThat(versions(ua(), base)).as("one worse: the draft stays").containsExactly(1);

        String adopted = propose(base, shorter);
        vote(ru(), base, adopted, "better");
        assertThat(versions(ru(), base)).containsExactly(1);
        JsonNode moved = vote(ua(), base, adopted, "better");
        assertThat(moved.get("status").asString()).isEqualTo("adopted");
        assertThat(moved.get("adoptedAs").asInt()).isEqualTo(2);
        assertThat(versions(ua(), base)).as("both better: a new version, shared with both").containsExactly(1, 2);
        assertThat(versions(ru(), base)).containsExactly(1, 2);
        JsonNode second = check(ru().get(base + "/text/versions/2"), 200);
        assertThat(second.at("/version/proposalId").asString()).isEqualTo(adopted);
        assertThat(second.at("/settlement/choices/duration").asString()).isEqualTo("d30");
        assertThat(moved.get("votes")).extracting(v -> v.get("party").asString()).containsExactly("UA");

        assertThat(ua().put(base + "/text/proposals/" + adopted + "/vote", Map.of("answer", "worse")).status())
                .as("one answer per party").isEqualTo(409);
        assertThat(ua().put(base + "/text/proposals/" + rejected + "/vote", Map.of("answer", "better")).status()).isEqualTo(409);
        String stale = propose(base, AGREED);
        check(mediator().post(base + "/text/versions", Map.of("clauses", TalksApiFixtures.clauses(AGREED, "agreed"),
                "shareWith", List.of("UA", "RU"))), 201);
        assertThat(ua().put(base + "/text/proposals/" + stale + "/vote", Map.of("answer", "better")).status())
                .as("the draft moved: the proposal is superseded").isEqualTo(409);
        assertThat(check(ua().get(base + "/text/proposals/" + stale), 200).get("status").asString()).isEqualTo("superseded");
    }

    @Test
    void twoYesesDraftAgreementTermsThePartiesCanSign() {
        String talks = TalksApiFixtures.open(api);
        String base = "/api/talks/" + talks;
        TalksApiFixtures.writeShared(api, talks, TalksApiFixtures.clauses(AGREED, "contested"));
        assertThat(ua().put(base + "/text/versions/1/final-answer", Map.of("answer", "yes")).status())
                .as("contested clauses: not the whole text yet").isEqualTo(409);
        int version = TalksApiFixtures.writeShared(api, talks, TalksApiFixtures.clauses(AGREED, "agreed"));
        assertThat(ua().put(base + "/text/versions/1/final-answer", Map.of("answer", "yes")).status())
                .as("only the latest version").isEqualTo(409);

        JsonNode afterUa = check(ua().put(base + "/text/versions/" + version + "/final-answer", Map.of("answer", "yes")), 200);
        assertThat(afterUa.get("outcome").isNull()).isTrue();
        assertThat(check(ru().get(base + "/text/versions/" + version), 200).get("finalAnswers")).as("RU does not see UA's answer")
                .isEmpty();
        assertThat(ua().put(base + "/text/versions/" + version + "/final-answer", Map.of("answer", "no")).status()).isEqualTo(409);
        JsonNode afterRu = check(ru().put(base + "/text/versions/" + version + "/final-answer", Map.of("answer", "yes")), 200);
        assertThat(afterRu.get("outcome").asString()).isEqualTo("agreed");

        JsonNode overview = check(ua().get(base), 200);
        assertThat(overview.get("status").asString()).isEqualTo("concluded");
        String agreement = overview.at("/conclusion/agreementId").asString();
        assertThat(agreement).startsWith("agr_");
        assertThat(overview.at("/conclusion/version").asInt()).isEqualTo(version);
        assertThat(overview.get("timeline")).anySatisfy(e -> assertThat(e.get("kind").asString()).isEqualTo("concluded"));

        JsonNode drafted = check(ua().get("/api/agreements/" + agreement), 200);
        JsonNode v1 = drafted.get("versions").get(0);
        assertThat(v1.get("findings")).as("the agreement's vagueness check finds nothing").isEmpty();
        assertThat(v1.get("signable").asBoolean()).isTrue();
        JsonNode terms = v1.get("terms");
        assertThat(terms.get("parties")).extracting(JsonNode::asString).containsExactly("UA", "RU");
        assertThat(terms.get("effectiveZone").asString()).isEqualTo("Europe/Kyiv");
        assertThat(terms.get("effectiveFrom").asString()).isEqualTo("2029-12-31T22:00:00Z");
        assertThat(terms.get("until").asString()).as("60 calendar days in Kyiv").isEqualTo("2030-03-01T22:00:00Z");
        assertThat(terms.get("protectedCategories")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("power_plant", "substation", "transmission_line");
        assertThat(terms.at("/geographicScope/RU/regions/0").asString()).isEqualTo("RU");
        assertThat(terms.get("obligations").get(0).get("withinHours").asInt()).isEqualTo(72);
        assertThat(terms.get("consequences").get(0).get("kind").asString()).isEqualTo("releases_other_party");
        assertThat(terms.get("clauses")).extracting(c -> c.get("id").asString())
                .containsExactly("preamble", "scope", "duration", "start", "geography", "notification", "violation");
        assertThat(terms.get("clauses").get(2).at("/restates/value").asString()).isEqualTo("P60D");

        assertThat(ru().put(base + "/text/versions/" + version + "/final-answer", Map.of("answer", "no")).status()).isEqualTo(409);
        assertThat(propose(base, AGREED, 409)).isNull();
    }

    @Test
    void aYesAndANoDraftNothing() {
        String talks = TalksApiFixtures.open(api);
        String base = "/api/talks/" + talks;
        int version = TalksApiFixtures.writeShared(api, talks, TalksApiFixtures.clauses(
                TalksApiFixtures.pkg("all", "d30", "h72", "control", "h24", "consult"), "agreed"));
        check(ua().put(base + "/text/versions/" + version + "/final-answer", Map.of("answer", "no")), 200);
        JsonNode afterRu = check(ru().put(base + "/text/versions/" + version + "/final-answer", Map.of("answer", "yes")), 200);
        assertThat(afterRu.get("outcome").asString()).isEqualTo("not_agreed");
        assertThat(check(mediator().get(base), 200).get("conclusion").isNull()).isTrue();
        assertThat(monitor().get(base + "/text/versions/" + version).status()).isEqualTo(404);
    }

    @Test
    void versionsAreComparedClauseByClauseAndCommentedPrivately() {
        String talks = TalksApiFixtures.open(api);
        String base = "/api/talks/" + talks;
        TalksApiFixtures.writeShared(api, talks, TalksApiFixtures.clauses(AGREED, "mediator_proposal"));
        List<Map<String, Object>> changed = new java.util.ArrayList<>(TalksApiFixtures.clauses(
                TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h72", "release"), "mediator_proposal"));
        changed.remove(0);
        changed.add(Map.of("id", "review", "status", "contested", "texts", Map.of("en", "The parties review it after 20 days.")));
        TalksApiFixtures.writeShared(api, talks, changed);
        JsonNode comparison = check(ua().get(base + "/text/compare?from=1&to=2"), 200);
        Map<String, String> changes = new java.util.LinkedHashMap<>();
        comparison.get("clauses").forEach(c -> changes.put(c.get("clause").asString(), c.get("change").asString()));
        assertThat(changes).containsEntry("preamble", "removed").containsEntry("duration", "changed")
                .containsEntry("scope", "unchanged").containsEntry("review", "added");
        assertThat(comparison.get("clauses").get(0).get("clause").asString()).isEqualTo("preamble");
        JsonNode duration = comparison.get("clauses").valueStream().filter(c -> c.get("clause").asString().equals("duration"))
                .findFirst().orElseThrow();
        assertThat(duration.get("changed")).extracting(JsonNode::asString).containsExactly("option", "texts.en", "texts.uk");

        check(ua().post(base + "/text/versions/2/comments", Map.of("clause", "review", "text", "Too short")), 201);
        check(ru().post(base + "/text/versions/2/comments", Map.of("text", "Acceptable as a whole")), 201);
        assertThat(check(ua().get(base + "/text/versions/2/comments"), 200)).extracting(c -> c.get("text").asString())
                .containsExactly("Too short");
        assertThat(check(mediator().get(base + "/text/versions/2/comments"), 200)).hasSize(2);
        Api.Response unknownClause = ua().post(base + "/text/versions/2/comments", Map.of("clause", "nope", "text", "x"));
        assertThat(unknownClause.status()).isEqualTo(400);
        assertThat(unknownClause.json().get("field").asString()).isEqualTo("clause");
    }

    @Test
    void aBadTextIsRefusedNamingTheFieldAndWritesNothing() {
        String talks = TalksApiFixtures.open(api);
        String base = "/api/talks/" + talks;
        Api.Response refused = mediator().post(base + "/text/versions", Map.of("clauses", List.of(
                Map.of("id", "duration", "issue", "duration", "option", "d45", "status", "agreed", "texts", Map.of("en", "45 days")),
                Map.of("id", "duration", "status", "agreed", "texts", Map.of("uk", "без англійської")))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("clauses[0].option", "clauses[1].id", "clauses[1].texts.en");
        assertThat(check(mediator().get(base + "/text"), 200).get("versions")).isEmpty();
        assertThat(ua().post(base + "/text/versions", Map.of("clauses", TalksApiFixtures.clauses(AGREED, "agreed"))).status())
                .as("a party does not write the text").isEqualTo(403);
    }

    private String propose(String base, Map<String, String> pkg) {
        return propose(base, pkg, 201);
    }

    private String propose(String base, Map<String, String> pkg, int status) {
        Api.Response proposed = mediator().post(base + "/text/proposals", Map.of("clauses",
                TalksApiFixtures.clauses(pkg, "agreed"), "note", "a change"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(status);
        return status == 201 ? proposed.json().at("/proposal/id").asString() : null;
    }

    private JsonNode vote(Api party, String base, String proposal, String answer) {
        return check(party.put(base + "/text/proposals/" + proposal + "/vote", Map.of("answer", answer)), 200);
    }

    private List<Integer> versions(Api party, String base) {
        return check(party.get(base + "/text"), 200).get("versions").valueStream().map(v -> v.at("/version/number").asInt()).toList();
    }
}
