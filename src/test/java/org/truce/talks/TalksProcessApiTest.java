package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.talks.TalksApiFixtures.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.truce.agreement.AgreementFixtures;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The talks as a process: who may open and record them, what a bad request is told (every field
 * named, nothing written), the timeline with its causes, who sees which talks, and the disclosure
 * log: every time the mediator tells a party something, who was told what and when.
 */
class TalksProcessApiTest extends IntegrationTest {

    @Test
    void badTalksAreRefusedNamingEveryFieldAndOnlyTheMediatorOpensTalks() {
        List<Map<String, Object>> agenda = new ArrayList<>(TalksApiFixtures.agenda());
        agenda.add(TalksApiFixtures.issue("scope", "Again", List.of(TalksApiFixtures.option("only", "One option",
                Map.of("protectedCategories", List.of("oil_well"))))));
        agenda.add(TalksApiFixtures.issue("extra", "Extra", List.of(TalksApiFixtures.option("a", "A", Map.of("durationDays", 0)),
                TalksApiFixtures.option("a", "A again", Map.of()))));
        Api.Response refused = mediator().post("/api/talks", Map.of("title", "", "mediator", "M", "parties", List.of("UA", "XX"),
                "zone", "+03:00", "agenda", agenda));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asString()).contains("title", "parties[1]", "zone",
                "agenda[6].id", "agenda[6].options", "agenda[7].options[0].terms.durationDays", "agenda[7].options[1].id");
        int before = mediator().get("/api/talks").json().size();
        assertThat(ua().post("/api/talks", TalksApiFixtures.newTalks("By a party")).status()).isEqualTo(403);
        assertThat(monitor().post("/api/talks", TalksApiFixtures.newTalks("By a monitor")).status()).isEqualTo(403);
        assertThat(mediator().get("/api/talks").json().size()).as("nothing written").isEqualTo(before);
    }

    @Test
    void theTimelineKeepsEachEventWithItsCauseAndPrecision() {
        String talks = TalksApiFixtures.open(api);
        String base = "/api/talks/" + talks;
        Api.Response noCause = mediator().post(base + "/events", Map.of("kind", "suspended", "at", "2024-08-06",
                "summaries", Map.of("en", "Suspended")));
        assertThat(noCause.status()).isEqualTo(400);
        assertThat(noCause.json().get("field").asString()).isEqualTo("causes");
        check(mediator().post(base + "/rounds", Map.of("titles", Map.of("en", "Doha"), "format", "proximity", "venue", "Doha",
                "plannedFor", "2024-08")), 201);
        check(mediator().post(base + "/events", Map.of("kind", "suspended", "at", "2024-08-06", "round", 1,
                "summaries", Map.of("en", "Suspended"), "causes", Map.of("en", "escalation: cross-border offensive"))), 201);
        check(mediator().post(base + "/events", Map.of("kind", "held", "at", "2024-06", "precision", "about_month",
                "summaries", Map.of("en", "Consultations"))), 201);
        check(mediator().put(base + "/delegations/UA", Map.of("members", List.of(Map.of("name", "A. B.", "role", "head")))), 200);
        assertThat(ua().post(base + "/events", Map.of("kind", "held", "at", "2024-06", "summaries", Map.of("en", "x"))).status())
                .isEqualTo(403);

        JsonNode overview = check(monitor().get(base), 200);
        JsonNode timeline = overview.get("timeline");
        assertThat(timeline).extracting(e -> e.get("kind").asString()).containsExactly("held", "suspended");
        assertThat(timeline.get(0).get("precision").asString()).isEqualTo("about_month");
        assertThat(timeline.get(0).get("at").asString()).as("the first of the month in Kyiv").isEqualTo("2024-05-31T21:00:00Z");
        assertThat(timeline.get(1).at("/causes/en").asString()).startsWith("escalation");
        assertThat(timeline.get(1).get("round").asInt()).isEqualTo(1);
        assertThat(overview.get("status").asString()).isEqualTo("suspended");
        assertThat(overview.at("/delegations/0/members/0/role").asString()).isEqualTo("head");
    }

    @Test
    void aPartyOnlySeesTalksItIsPartyTo() {
        AgreementFixtures.TestParty third = AgreementFixtures.newParty(api);
        Api.Response opened = mediator().post("/api/talks", Map.of("title", "UA and a third party", "mediator", "M",
                "parties", List.of("UA", third.code()), "zone", "Europe/Kyiv", "agenda", List.of(TalksApiFixtures.agenda().get(1))));
        String talks = check(opened, 201).at("/talks/id").asString();
        assertThat(ua().get("/api/talks/" + talks).status()).isEqualTo(200);
        assertThat(third.api().get("/api/talks/" + talks).status()).isEqualTo(200);
        assertThat(ru().get("/api/talks/" + talks).status()).as("RU is no party to these talks").isEqualTo(404);
        assertThat(ru().get("/api/talks").json()).noneSatisfy(t -> assertThat(t.get("id").asString()).isEqualTo(talks));
        assertThat(ru().get("/api/talks/" + talks + "/text").status()).isEqualTo(404);
        assertThat(ru().get("/api/talks/tlk_doesnotexist").status()).as("the same answer as for talks that do not exist")
                .isEqualTo(404);
    }

    @Test
    void theDisclosureLogSaysWhoWasToldWhatAndWhen() {
        String talks = TalksApiFixtures.open(api);
        String base = "/api/talks/" + talks;
        String mediatorAccount = mediator().get("/api/me").json().get("accountId").asString();
        String toUa = check(mediator().post(base + "/channels/UA/messages", Map.of("type", "proposal", "text", "A first step?")), 201)
                .get("id").asString();
        check(ua().post(base + "/channels/UA/messages", Map.of("type", "information", "text", "Our answer")), 201);
        check(mediator().post(base + "/text/versions", Map.of("clauses", TalksApiFixtures.clauses(
                TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h24", "consult"), "agreed"))), 201);
        JsonNode shared = check(mediator().post(base + "/text/versions/1/shares", Map.of("parties", List.of("RU"))), 200);
        String version = shared.at("/version/id").asString();
        check(mediator().post(base + "/text/versions/1/shares", Map.of("parties", List.of("RU", "UA"))), 200);

        List<String> log = new ArrayList<>();
        for (JsonNode d : check(mediator().get(base + "/disclosures"), 200)) {
            log.add(d.get("party").asString() + " " + d.get("kind").asString() + " " + d.get("reference").asString());
            assertThat(d.get("by").asString()).isEqualTo(mediatorAccount);
            assertThat(d.get("disclosedAt").asString()).endsWith("Z");
        }
        assertThat(log).as("a message the party sends is no disclosure; a version is shared once with each")
                .containsExactly("UA message_sent " + toUa, "RU text_shared " + version, "UA text_shared " + version);
        assertThat(check(ua().get(base + "/disclosures"), 200)).extracting(d -> d.get("kind").asString())
                .containsExactly("message_sent", "text_shared");
        assertThat(check(ru().get(base + "/disclosures"), 200)).extracting(d -> d.get("kind").asString())
                .containsExactly("text_shared");
        assertThat(check(monitor().get(base + "/disclosures"), 200)).isEmpty();
    }
}
