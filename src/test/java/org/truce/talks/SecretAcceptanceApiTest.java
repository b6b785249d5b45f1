package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.talks.TalksApiFixtures.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * Secret acceptance: each party marks privately which suggested packages it could accept; the
 * overlap is revealed, to both and logged as a disclosure to each, only when both accepted the
 * same package, never before and never for different packages.
 */
class SecretAcceptanceApiTest extends IntegrationTest {

    @Test
    void theOverlapIsRevealedOnlyWhenBothAcceptedTheSamePackage() {
        String talks = TalksApiFixtures.open(api);
        String first = TalksApiFixtures.suggest(api, talks, TalksApiFixtures.pkg("grid", "d60", "fixed", "borders", "h72", "release"));
        String second = TalksApiFixtures.suggest(api, talks, TalksApiFixtures.pkg("all", "d30", "h72", "borders", "h72", "consult"));

        answer(ua(), talks, first, true);
        answer(ru(), talks, second, true);
        for (Api party : List.of(ua(), ru())) {
            for (JsonNode s : check(party.get("/api/talks/" + talks + "/suggestions"), 200)) {
                assertThat(s.get("overlap").asBoolean()).as("each accepted a different package: no overlap").isFalse();
                assertThat(s.get("answers").size()).as("a party sees at most its own answer").isLessThanOrEqualTo(1);
            }
        }
        JsonNode uaView = check(ua().get("/api/talks/" + talks + "/suggestions/" + second), 200);
        assertThat(uaView.get("answers")).as("UA is not told RU accepted the second package").isEmpty();
        assertThat(overlapDisclosures(talks)).isEmpty();

        answer(ru(), talks, first, false);
        assertThat(check(ua().get("/api/talks/" + talks + "/suggestions/" + first), 200).get("overlap").asBoolean()).isFalse();
        JsonNode revealed = answer(ru(), talks, first, true);
        assertThat(revealed.get("overlap").asBoolean()).isTrue();
        assertThat(revealed.get("revealedAt").isNull()).isFalse();
        JsonNode toUa = check(ua().get("/api/talks/" + talks + "/suggestions/" + first), 200);
        assertThat(toUa.get("overlap").asBoolean()).as("UA learns of the overlap").isTrue();
        assertThat(toUa.get("answers")).extracting(a -> a.get("party").asString()).containsExactly("UA");
        assertThat(check(mediator().get("/api/talks/" + talks + "/suggestions/" + first), 200).get("answers"))
                .extracting(a -> a.get("party").asString()).containsExactlyInAnyOrder("UA", "RU");
        assertThat(overlapDisclosures(talks)).as("the reveal is logged for each party")
                .containsExactlyInAnyOrder("UA " + first, "RU " + first);

        Api.Response change = ua().put("/api/talks/" + talks + "/suggestions/" + first + "/acceptance", Map.of("acceptable", false));
        assertThat(change.status()).as("answers stand once the overlap is revealed").isEqualTo(409);
        assertThat(check(ru().get("/api/talks/" + talks + "/suggestions/" + second), 200).get("overlap").asBoolean()).isFalse();
    }

    @Test
    void withdrawingAnAcceptanceBeforeTheOtherAnswersRevealsNothing() {
        String talks = TalksApiFixtures.open(api);
        String offered = TalksApiFixtures.suggest(api, talks, TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h72", "release"));
        answer(ua(), talks, offered, true);
        answer(ua(), talks, offered, false);
        JsonNode afterRu = answer(ru(), talks, offered, true);
        assertThat(afterRu.get("overlap").asBoolean()).as("UA's latest answer counts").isFalse();
        assertThat(overlapDisclosures(talks)).isEmpty();
        Api.Response mediatorAnswers = mediator().put("/api/talks/" + talks + "/suggestions/" + offered + "/acceptance",
                Map.of("acceptable", true));
        assertThat(mediatorAnswers.status()).as("the mediator does not answer for a party").isEqualTo(403);
        assertThat(monitor().get("/api/talks/" + talks + "/suggestions/" + offered).status()).isEqualTo(404);
    }

    @Test
    void aSuggestedPackageIsSharedAsOptionsOnlyAndLoggedForBothParties() {
        String talks = TalksApiFixtures.open(api);
        TalksApiFixtures.statePositions(api, talks);
        Map<String, String> pkg = TalksApiFixtures.pkg("grid", "d60", "fixed", "borders", "h72", "release");
        String offered = TalksApiFixtures.suggest(api, talks, pkg);
        Api.Response shown = ru().get("/api/talks/" + talks + "/suggestions/" + offered);
        assertThat(shown.json().at("/suggestion/choices").toString()).contains("\"scope\":\"grid\"");
        assertThat(shown.body()).as("no utility, rating or weight travels with a suggestion")
                .doesNotContain("utility", "first", "second", "weights", "ratings", "reservation");
        List<String> logged = new ArrayList<>();
        for (JsonNode d : check(mediator().get("/api/talks/" + talks + "/disclosures"), 200)) {
            if (d.get("kind").asString().equals("package_suggested")) {
                logged.add(d.get("party").asString() + " " + d.get("reference").asString() + " " + d.get("summary").asString());
            }
        }
        String summary = "scope=grid, duration=d60, start=fixed, geography=borders, notification=h72, violation=release";
        assertThat(logged).containsExactlyInAnyOrder("UA " + offered + " " + summary, "RU " + offered + " " + summary);
    }

    private JsonNode answer(Api party, String talks, String suggestion, boolean acceptable) {
        return check(party.put("/api/talks/" + talks + "/suggestions/" + suggestion + "/acceptance",
                Map.of("acceptable", acceptable)), 200);
    }

    private List<String> overlapDisclosures(String talks) {
        List<String> found = new ArrayList<>();
        for (JsonNode d : check(mediator().get("/api/talks/" + talks + "/disclosures"), 200)) {
            if (d.get("kind").asString().equals("overlap_revealed")) {
                found.add(d.get("party").asString() + " " + d.get("reference").asString());
                assertThat(d.get("by").asString()).isEqualTo("system");
            }
        }
        return found;
    }
}
