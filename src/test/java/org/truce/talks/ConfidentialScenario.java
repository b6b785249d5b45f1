package org.truce.talks;

import static org.truce.talks.TalksApiFixtures.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.truce.testing.Api;

import tools.jackson.databind.JsonNode;

/**
 * Talks in which each party has something the other must never see: a position, messages in its
 * channel (both ways), comments, answers to suggested packages, a veto vote and a final answer;
 * and text versions shared with one party only or with none. Each party's secrets are recorded
 * by their ids and by words only they wrote, so that any answer can be searched for a leak.
 */
final class ConfidentialScenario {

    final String talks;
    final Map<String, Secrets> secrets = new HashMap<>();
    final String suggestionBothSaw;
    final String proposal;

    /** What belongs to one party: ids and distinctive words. */
    static final class Secrets {
        final String party;
        final List<String> ids = new ArrayList<>();
        final List<String> words = new ArrayList<>();
        String positionId;
        final List<String> messageIds = new ArrayList<>();
        final List<String> commentIds = new ArrayList<>();
        final List<String> acceptanceIds = new ArrayList<>();

        Secrets(String party) {
            this.party = party;
        }
    }

    ConfidentialScenario(Api api) {
        Api mediator = api.as("demo-mediator");
        Map<String, Api> parties = Map.of("UA", api.as("demo-ua"), "RU", api.as("demo-ru"));
        talks = TalksApiFixtures.open(api, "Confidential talks " + UUID.randomUUID());
        String base = "/api/talks/" + talks;
        for (String party : List.of("UA", "RU")) {
            secrets.put(party, new Secrets(party));
        }
        Map<String, Object> ua = TalksApiFixtures.uaPosition();
        Map<String, Object> ru = TalksApiFixtures.ruPosition();
        secrets.get("UA").positionId = check(parties.get("UA").put(base + "/positions/UA", ua), 200).at("/position/id").asString();
        secrets.get("RU").positionId = check(parties.get("RU").put(base + "/positions/RU", ru), 200).at("/position/id").asString();
        for (String party : List.of("UA", "RU")) {
            Secrets s = secrets.get(party);
            s.ids.add(s.positionId);
            String toParty = party + "-channel-from-mediator-" + UUID.randomUUID();
            String toMediator = party + "-channel-to-mediator-" + UUID.randomUUID();
            s.words.add(toParty);
            s.words.add(toMediator);
            s.messageIds.add(check(mediator.post(base + "/channels/" + party + "/messages",
                    Map.of("type", "question", "text", toParty)), 201).get("id").asString());
            s.messageIds.add(check(parties.get(party).post(base + "/channels/" + party + "/messages",
                    Map.of("type", "binding_statement", "text", toMediator)), 201).get("id").asString());
            s.ids.addAll(s.messageIds);
        }
        Map<String, String> agreed = TalksApiFixtures.pkg("grid", "d60", "fixed", "borders", "h72", "release");
        TalksApiFixtures.writeShared(api, talks, TalksApiFixtures.clauses(agreed, "agreed"));
        for (String party : List.of("UA", "RU")) {
            Secrets s = secrets.get(party);
            String words = party + "-comment-" + UUID.randomUUID();
            s.words.add(words);
            String id = check(parties.get(party).post(base + "/text/versions/1/comments", Map.of("clause", "duration",
                    "text", words)), 201).get("id").asString();
            s.commentIds.add(id);
            s.ids.add(id);
        }
        suggestionBothSaw = TalksApiFixtures.suggest(api, talks, agreed);
        String second = TalksApiFixtures.suggest(api, talks, TalksApiFixtures.pkg("all", "d30", "h72", "borders", "h72", "consult"));
        answer(parties.get("UA"), "UA", suggestionBothSaw, true);
        answer(parties.get("RU"), "RU", suggestionBothSaw, false);
        answer(parties.get("RU"), "RU", second, true);
        proposal = check(mediator.post(base + "/text/proposals", Map.of("clauses",
                TalksApiFixtures.clauses(TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h72", "release"), "agreed"),
                "note", "shorter")), 201).at("/proposal/id").asString();
        vote(parties.get("UA"), "UA", "better");
        vote(parties.get("RU"), "RU", "worse");
        for (String party : List.of("UA", "RU")) {
            JsonNode answered = check(parties.get(party).put(base + "/text/versions/1/final-answer",
                    Map.of("answer", party.equals("UA") ? "yes" : "no")), 200);
            secrets.get(party).ids.add(answered.at("/finalAnswers/0/id").asString());
        }
        check(mediator.post(base + "/text/versions", Map.of("clauses", TalksApiFixtures.clauses(agreed, "contested"),
                "note", "for UA only", "shareWith", List.of("UA"))), 201);
        check(mediator.post(base + "/text/versions", Map.of("clauses", TalksApiFixtures.clauses(agreed, "mediator_proposal"),
                "note", "not shared")), 201);
    }

    private void answer(Api party, String code, String suggestion, boolean acceptable) {
        JsonNode answered = check(party.put("/api/talks/" + talks + "/suggestions/" + suggestion + "/acceptance",
                Map.of("acceptable", acceptable)), 200);
        String id = answered.at("/answers/0/id").asString();
        secrets.get(code).acceptanceIds.add(id);
        secrets.get(code).ids.add(id);
    }

    private void vote(Api party, String code, String answer) {
        JsonNode voted = check(party.put("/api/talks/" + talks + "/text/proposals/" + proposal + "/vote",
                Map.of("answer", answer)), 200);
        secrets.get(code).ids.add(voted.at("/votes/0/id").asString());
    }

    static String other(String party) {
        return party.equals("UA") ? "RU" : "UA";
    }
}
