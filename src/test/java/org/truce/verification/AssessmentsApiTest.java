package org.truce.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.verification.AssessmentFixtures.assess;
import static org.truce.verification.AssessmentFixtures.assessment;
import static org.truce.verification.AssessmentFixtures.putTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;
import org.truce.verification.AssessmentFixtures.Spot;

import tools.jackson.databind.JsonNode;

/** The assessment workflow over the API, with who reads what at each step. */
class AssessmentsApiTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Alerts alerts;

    /**
     * Waits for the alert a new potential violation raises on its own thread, so that the ledger's
     * size measured around a refused request is not moved by it.
     */
    private void alerted(String incident) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (jdbc.queryForObject("SELECT COUNT(*) FROM alert WHERE incident_id = ?", Integer.class, incident) == 0
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
        }
        assertThat(alerts.awaitIdle(30_000)).isTrue();
    }

    private long ledgerSize() {
        return jdbc.queryForObject("SELECT size FROM ledger_head WHERE id = 1", Long.class);
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get(field).asString()));
        return ids;
    }

    @Test
    void monitorAssessesMediatorPutsAccusedRepliesMediatorPublishesPublicReads() {
        Spot spot = Spot.random();
        String claim = AssessmentFixtures.submit(ua(), "UA", "RU", spot);
        String incident = AssessmentFixtures.incidentOf(monitor(), spot, claim);
        // the claimant's other report, in another incident: never shown to RU by putting this one
        String otherClaim = AssessmentFixtures.submit(ua(), "UA", "RU", Spot.random());

        assertThat(ids(monitor().get("/api/queue?limit=1000").json(), "incidentId")).contains(incident);
        assertThat(ru().get("/api/incidents/" + incident).status()).isEqualTo(404);
        assertThat(ru().get("/api/reports/" + claim).status()).isEqualTo(404);

        // the monitor's draft: the queue drops the incident; no party and not the public may read it
        Api.Response drafted = monitor().post("/api/incidents/" + incident + "/assessments",
                Map.of("grade", "probable_violation", "attribution", "RU", "confidence", "medium",
                        "rationale", "The claim names the substation and the day.", "evidence", List.of(claim)));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String draft = drafted.json().get("id").asString();
        assertThat(drafted.json().get("published").asBoolean()).isFalse();
        assertThat(drafted.json().get("evidence").get(0).asString()).isEqualTo(claim);
        assertThat(ids(monitor().get("/api/queue?limit=1000").json(), "incidentId")).doesNotContain(incident);
        assertThat(ru().get("/api/assessments/" + draft).status()).isEqualTo(404);
        assertThat(ua().get("/api/assessments/" + draft).status()).isEqualTo(404);
        assertThat(api.get("/api/assessments/" + draft).status()).isEqualTo(404);
        JsonNode asUa = ua().get("/api/incidents/" + incident).json();
        assertThat(asUa.get("assessments")).as("UA reads its own claim's incident, not the draft").isEmpty();

        // a draft may be edited
        Map<String, Object> edit = assessment("probable_violation", "RU", null);
        edit.put("confidence", "high");
        Api.Response edited = monitor().put("/api/assessments/" + draft, edit);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("confidence").asString()).isEqualTo("high");

        // put to the accused: RU now reads the claim against it, not UA's other report
        Api.Response put = putTo(mediator(), incident, "RU", Instant.now().plus(Duration.ofDays(7)));
        assertThat(put.status()).as(put.toString()).isEqualTo(201);
        assertThat(put.json().get("reports").get(0).asString()).isEqualTo(claim);
        assertThat(ru().get("/api/reports/" + claim).status()).isEqualTo(200);
        assertThat(ru().get("/api/reports/" + otherClaim).status()).isEqualTo(404);
        JsonNode asRu = ru().get("/api/incidents/" + incident).json();
        assertThat(asRu.get("claims")).hasSize(1);
        assertThat(asRu.get("assessments")).as("still a draft").isEmpty();
        assertThat(api.get("/api/reports/" + claim).status()).as("not public yet").isEqualTo(404);

        // the accused replies; the claimant may read the incident but was not asked
        Api.Response reply = ru().post("/api/incidents/" + incident + "/replies",
                Map.of("text", "No strike was made on that day.", "evidence", List.of()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(ua().post("/api/incidents/" + incident + "/replies", Map.of("text", "me too")).status()).isEqualTo(403);
        assertThat(ua().get("/api/incidents/" + incident).json().get("replies")).as("RU's reply is RU's until published").isEmpty();

        // the mediator publishes: a sealed finding the public reads, with its claims and the reply
        Api.Response published = mediator().post("/api/assessments/" + draft + "/publish", Map.of());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("published").asBoolean()).isTrue();
        assertThat(mediator().post("/api/assessments/" + draft + "/publish", Map.of()).status()).isEqualTo(409);
        Api.Response sealed = monitor().put("/api/assessments/" + draft, assessment("confirmed_violation", "RU", null));
        assertThat(sealed.status()).as(sealed.toString()).isEqualTo(409);
        assertThat(api.get("/api/assessments/" + draft).json().get("grade").asString()).isEqualTo("probable_violation");
        assertThat(api.get("/api/reports/" + claim).status()).isEqualTo(200);
        assertThat(api.get("/api/reports/" + otherClaim).status()).isEqualTo(404);
        assertThat(api.get("/api/incidents/" + incident).status()).isEqualTo(200);
        // the ledger's records: the public re-derives the finding as published, never the earlier draft
        long firstRevision = drafted.json().get("seq").asLong();
        long publishedRevision = edited.json().get("seq").asLong();
        long publication = jdbc.queryForObject("SELECT publish_seq FROM assessment WHERE id = ?", Long.class, draft);
        assertThat(record(api, publication)).isEqualTo("disclosed");
        assertThat(record(api, publishedRevision)).isEqualTo("disclosed");
        assertThat(record(api, firstRevision)).as("an earlier draft stays with the monitors").isNull();
        assertThat(record(monitor(), firstRevision)).isEqualTo("disclosed");
        JsonNode finding = findingOf(api.get("/api/findings").json(), draft);
        assertThat(finding.get("incidentId").asString()).isEqualTo(incident);
        assertThat(finding.get("claims").get(0).asString()).isEqualTo(claim);
        assertThat(finding.get("replies").get(0).get("text").asString()).isEqualTo("No strike was made on that day.");

        // a correction is a new assessment that names the finding; both stay readable
        Api.Response unnamed = monitor().post("/api/incidents/" + incident + "/assessments",
                assessment("confirmed_violation", "RU", null));
        assertThat(unnamed.status()).isEqualTo(409);
        assertThat(unnamed.json().get("field").asString()).isEqualTo("supersedes");
        String correction = assess(monitor(), incident, draft);
        assertThat(api.get("/api/assessments/" + draft).json().get("supersededBy").isNull())
                .as("the public is not told of a draft correction").isTrue();
        assertThat(monitor().get("/api/assessments/" + draft).json().get("supersededBy").asString()).isEqualTo(correction);
        assertThat(mediator().post("/api/assessments/" + draft + "/publish", Map.of()).status()).isEqualTo(409);
        assertThat(mediator().post("/api/assessments/" + correction + "/publish", Map.of()).status()).isEqualTo(200);
        assertThat(api.get("/api/assessments/" + draft).json().get("supersededBy").asString()).isEqualTo(correction);
        assertThat(api.get("/api/assessments/" + correction).json().get("supersedes").asString()).isEqualTo(draft);
        assertThat(api.get("/api/incidents/" + incident).json().get("assessments")).hasSize(2);
    }

    /** The status of the ledger record the reader may see at seq, or null when it sees none. */
    private String record(Api reader, long seq) {
        mediator().post("/api/ledger/checkpoint", Map.of());
        JsonNode records = reader.get("/api/ledger/records?start=" + seq + "&end=" + (seq + 1)).json();
        return records.isEmpty() ? null : records.get(0).get("status").asString();
    }

    private static JsonNode findingOf(JsonNode findings, String assessmentId) {
        for (JsonNode finding : findings) {
            if (finding.get("assessment").get("id").asString().equals(assessmentId)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + assessmentId + " in " + findings);
    }

    @Test
    void theAccusedRepliesUntilTheDeadlineThenIsRefusedWithAConflictNamingIt() throws InterruptedException {
        String[] created = AssessmentFixtures.newIncident(ua(), monitor());
        String incident = created[0];
        alerted(incident);
        Api.Response past = putTo(mediator(), incident, "RU", Instant.now().minusSeconds(60));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("field").asString()).isEqualTo("replyBy");
        Api.Response notAccused = putTo(mediator(), incident, "UA", Instant.now().plusSeconds(600));
        assertThat(notAccused.status()).isEqualTo(400);
        assertThat(notAccused.json().get("field").asString()).isEqualTo("party");
        assertThat(ru().post("/api/incidents/" + incident + "/replies", Map.of("text", "not put yet")).status())
                .as("not put to RU: the incident does not exist for it").isEqualTo(404);

        Instant deadline = Instant.now().plusSeconds(6);
        assertThat(putTo(mediator(), incident, "RU", deadline).status()).isEqualTo(201);
        Api.Response inTime = ru().post("/api/incidents/" + incident + "/replies", Map.of("text", "In time."));
        assertThat(inTime.status()).as(inTime.toString()).isEqualTo(201);
        long before = ledgerSize();
        Api.Response blank = ru().post("/api/incidents/" + incident + "/replies", Map.of("text", " ",
                "evidence", List.of("abc")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(ids(blank.json().get("errors"), "field")).containsExactly("text", "evidence[0]");
        assertThat(ledgerSize()).isEqualTo(before);
        while (!Instant.now().isAfter(deadline.plusMillis(200))) {
            Thread.sleep(100);
        }
        Api.Response late = ru().post("/api/incidents/" + incident + "/replies", Map.of("text", "Too late."));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().get("field").asString()).isEqualTo("replyBy");
        assertThat(late.json().get("detail").asString()).contains("has passed");
        assertThat(ledgerSize()).isEqualTo(before);
        // the mediator may give a new deadline
        assertThat(putTo(mediator(), incident, "RU", Instant.now().plusSeconds(600)).status()).isEqualTo(201);
        assertThat(ru().post("/api/incidents/" + incident + "/replies", Map.of("text", "Now.")).status()).isEqualTo(201);
        assertThat(monitor().get("/api/incidents/" + incident).json().get("replies")).hasSize(2);
    }

    @Test
    void theQueueListsPotentialViolationsOldestFirstWithAssignees() throws InterruptedException {
        String incident = AssessmentFixtures.newIncident(ua(), monitor())[0];
        alerted(incident);
        JsonNode queue = monitor().get("/api/queue?limit=1000").json();
        List<Integer> strengths = new ArrayList<>();
        List<String> opened = new ArrayList<>();
        String previousVerdict = null;
        for (JsonNode item : queue) {
            Verdict verdict = Verdict.byCode(item.get("verdict").asString()).orElseThrow();
            strengths.add(-verdict.strength());
            if (item.get("verdict").asString().equals(previousVerdict) && !opened.isEmpty()) {
                assertThat(Instant.parse(item.get("openedAt").asString()))
                        .as("oldest first within a verdict").isAfterOrEqualTo(Instant.parse(opened.get(opened.size() - 1)));
            }
            previousVerdict = item.get("verdict").asString();
            opened.add(item.get("openedAt").asString());
        }
        assertThat(strengths).isSorted();
        assertThat(queue.get(0).get("verdict").asString()).isEqualTo("potential_violation");

        String monitorId = monitor().get("/api/me").json().get("accountId").asString();
        Api.Response assigned = monitor().post("/api/queue/" + incident + "/assignee", Map.of("assignee", "me"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("assignee").asString()).isEqualTo(monitorId);
        assertThat(ids(monitor().get("/api/queue?assignee=me&limit=1000").json(), "incidentId")).contains(incident);

        String uaAccount = ua().get("/api/me").json().get("accountId").asString();
        long before = ledgerSize();
        Api.Response party = monitor().post("/api/queue/" + incident + "/assignee", Map.of("assignee", uaAccount));
        assertThat(party.status()).isEqualTo(400);
        assertThat(party.json().get("field").asString()).isEqualTo("assignee");
        assertThat(ledgerSize()).isEqualTo(before);
        assertThat(ua().get("/api/queue").status()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsWritten() throws InterruptedException {
        String incident = AssessmentFixtures.newIncident(ua(), monitor())[0];
        alerted(incident);
        long before = ledgerSize();
        int assessments = jdbc.queryForObject("SELECT COUNT(*) FROM assessment", Integer.class);

        Api.Response bad = monitor().post("/api/incidents/" + incident + "/assessments",
                Map.of("grade", "awful", "attribution", "XX", "confidence", "certain", "rationale", " ",
                        "evidence", List.of("not-a-hash", "rep_nonexistent0000000000000")));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(ids(bad.json().get("errors"), "field"))
                .contains("grade", "attribution", "confidence", "rationale", "evidence[0]", "evidence[1]");
        assertThat(bad.json().get("field").asString()).isEqualTo("grade");

        Map<String, Object> extra = assessment("inconclusive", "unattributed", null);
        extra.put("severity", "high");
        Api.Response unexpected = monitor().post("/api/incidents/" + incident + "/assessments", extra);
        assertThat(unexpected.status()).as(unexpected.toString()).isEqualTo(400);
        assertThat(unexpected.contentType()).startsWith("application/problem+json");
        assertThat(unexpected.body()).contains("severity");

        Api.Response unknown = monitor().post("/api/incidents/inc_nosuchincident000000000/assessments",
                assessment("inconclusive", "unattributed", null));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(ua().post("/api/incidents/" + incident + "/assessments", assessment("inconclusive", "contested", null))
                .status()).as("parties do not assess").isEqualTo(403);
        assertThat(monitor().post("/api/incidents/" + incident + "/put", Map.of("party", "RU",
                "replyBy", "2030-01-01T00:00:00Z")).status()).as("only the mediator puts").isEqualTo(403);
        assertThat(mediator().post("/api/incidents/" + incident + "/put", Map.of("party", "RU", "replyBy", "tomorrow"))
                .json().get("field").asString()).isEqualTo("replyBy");

        assertThat(ledgerSize()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment", Integer.class)).isEqualTo(assessments);
    }

    @Test
    void aPartyNeverReadsTheOtherPartysUnpublishedClaimsOrAnyDraft() {
        String[] created = AssessmentFixtures.newIncident(ua(), monitor());
        String incident = created[0];
        String claim = created[1];
        String draft = assess(monitor(), incident, null);
        for (Api outsider : List.of(ru(), api)) {
            assertThat(outsider.get("/api/reports/" + claim).status()).isEqualTo(404);
            assertThat(outsider.get("/api/incidents/" + incident).status()).isEqualTo(404);
            assertThat(outsider.get("/api/assessments/" + draft).status()).isEqualTo(404);
            assertThat(outsider.get("/api/findings").body()).doesNotContain(incident).doesNotContain(draft);
            assertThat(outsider.post("/api/assessments/" + draft + "/publish", Map.of()).status()).isIn(401, 403);
        }
        assertThat(ru().get("/api/reports?limit=1000").body()).doesNotContain(claim);
        assertThat(ua().get("/api/assessments/" + draft).status()).as("the claimant does not read drafts either").isEqualTo(404);
        assertThat(ua().get("/api/alerts").status()).isEqualTo(403);
    }

    @Test
    void twoMonitorsAssessingAtOnceGetOneChain() throws Exception {
        String incident = AssessmentFixtures.newIncident(ua(), monitor())[0];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(pool.submit(() -> monitor().post("/api/incidents/" + incident + "/assessments",
                    assessment("inconclusive", "unattributed", null)).status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (java.util.concurrent.Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM assessment WHERE incident_id = ?", Integer.class, incident))
                .isEqualTo(1);
    }
}
