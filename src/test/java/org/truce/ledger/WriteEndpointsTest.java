package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.truce.agreement.AgreementFixtures;
import org.truce.reports.ReportsFixtures;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;
import org.truce.testing.TestDatabase;
import org.truce.talks.TalksApiFixtures;
import org.truce.verification.AssessmentFixtures;

import tools.jackson.databind.JsonNode;

/**
 * No write can bypass the ledger: every write endpoint of the application is in {@link #TABLE}
 * with a valid call, and each call grows the ledger. An endpoint added without a row fails
 * {@link #theTableNamesEveryWriteEndpoint}. Features add their rows here when they merge.
 */
class WriteEndpointsTest extends IntegrationTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /**
     * One write endpoint, as Spring maps it, and how to call it validly: {@code prepare} sets up
     * what the call needs (its own writes happen there) and returns the call itself.
     */
    record WriteCall(String method, String path, String notRecordedBecause, Function<WriteEndpointsTest, Supplier<Api.Response>> prepare) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static WriteCall write(String method, String path, Function<WriteEndpointsTest, Supplier<Api.Response>> prepare) {
        return new WriteCall(method, path, null, prepare);
    }

    static final List<WriteCall> TABLE = List.of(
            write("POST", "/api/parties", t -> () -> t.mediator().post("/api/parties",
                    Map.of("code", t.uniqueCode(), "name", "Party of the walk"))),
            write("POST", "/api/accounts", t -> () -> t.mediator().post("/api/accounts",
                    Map.of("username", t.unique("walker"), "role", "monitor"))),
            write("POST", "/api/accounts/{id}/tokens", t -> {
                String account = t.newMonitor().get("account").get("id").asString();
                return () -> t.mediator().post("/api/accounts/" + account + "/tokens", Map.of("label", "walk"));
            }),
            write("DELETE", "/api/accounts/{id}/tokens/{tokenId}", t -> {
                String account = t.newMonitor().get("account").get("id").asString();
                String token = t.mediator().get("/api/accounts/" + account + "/tokens").json().get(0).get("id").asString();
                return () -> t.mediator().delete("/api/accounts/" + account + "/tokens/" + token);
            }),
            write("PUT", "/api/ledger/cosigner-key", t -> {
                Api monitor = t.as(t.newMonitor().get("token").asString());
                return () -> monitor.put("/api/ledger/cosigner-key",
                        Map.of("publicKey", Base64.getEncoder().encodeToString(NoteSigner.generate("k").publicKey())));
            }),
            write("POST", "/api/ledger/checkpoint/cosign", t -> {
                JsonNode created = t.newMonitor();
                Api monitor = t.as(created.get("token").asString());
                NoteSigner key = NoteSigner.generate("truce.local/ledger/cosigner/" + created.get("account").get("username").asString());
                monitor.put("/api/ledger/cosigner-key", Map.of("publicKey", Base64.getEncoder().encodeToString(key.publicKey())));
                long size = t.mediator().post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
                String note = t.api.get("/api/ledger/checkpoint?size=" + size).body();
                Cosignature cosignature = Cosignature.create(key, note.substring(0, note.indexOf("\n\n") + 1),
                        Instant.now().getEpochSecond());
                return () -> monitor.post("/api/ledger/checkpoint/cosign",
                        Map.of("size", size, "cosignature", cosignature.toNoteSignature().line()));
            }),
            write("PUT", "/api/parties/{code}/public-key", t -> {
                AgreementFixtures.TestParty party = AgreementFixtures.newParty(t.api);
                return party::registerKey;
            }),
            write("POST", "/api/agreements", t -> () -> t.mediator().post("/api/agreements",
                    Map.of("terms", AgreementFixtures.terms("Walk " + t.unique("agreement"), "UA", "RU")))),
            write("PUT", "/api/agreements/{id}/draft", t -> {
                Map<String, Object> terms = AgreementFixtures.terms("Walk " + t.unique("draft"), "UA", "RU");
                String id = AgreementFixtures.draft(t.api, terms);
                return () -> t.mediator().put("/api/agreements/" + id + "/draft",
                        Map.of("terms", AgreementFixtures.with(terms, "title", "Walk, edited")));
            }),
            write("POST", "/api/agreements/{id}/versions/{version}/signatures", t -> {
                AgreementFixtures.TestParty a = AgreementFixtures.newPartyWithKey(t.api);
                AgreementFixtures.TestParty b = AgreementFixtures.newPartyWithKey(t.api);
                String id = AgreementFixtures.draft(t.api, AgreementFixtures.terms("Walk " + t.unique("signed"), a.code(), b.code()));
                return () -> a.signVersion(id, 1);
            }),
            write("POST", "/api/talks", t -> () -> t.mediator().post("/api/talks", TalksApiFixtures.newTalks(t.unique("Walk talks")))),
            write("PUT", "/api/talks/{id}/delegations/{party}", t -> {
                String id = TalksApiFixtures.open(t.api);
                return () -> t.mediator().put("/api/talks/" + id + "/delegations/UA",
                        Map.of("members", List.of(Map.of("name", "Head of delegation", "role", "head"))));
            }),
            write("POST", "/api/talks/{id}/rounds", t -> {
                String id = TalksApiFixtures.open(t.api);
                return () -> t.mediator().post("/api/talks/" + id + "/rounds",
                        Map.of("titles", Map.of("en", "Walk round"), "format", "proximity", "plannedFor", "2024-08"));
            }),
            write("POST", "/api/talks/{id}/events", t -> {
                String id = TalksApiFixtures.open(t.api);
                return () -> t.mediator().post("/api/talks/" + id + "/events",
                        Map.of("kind", "held", "at", "2024-06", "summaries", Map.of("en", "Walk event")));
            }),
            write("POST", "/api/talks/{id}/channels/{party}/messages", t -> {
                String id = TalksApiFixtures.open(t.api);
                return () -> t.ua().post("/api/talks/" + id + "/channels/UA/messages", Map.of("type", "question", "text", "walk"));
            }),
            write("PUT", "/api/talks/{id}/positions/{party}", t -> {
                String id = TalksApiFixtures.open(t.api);
                return () -> t.ua().put("/api/talks/" + id + "/positions/UA", TalksApiFixtures.uaPosition());
            }),
            write("POST", "/api/talks/{id}/suggestions", t -> {
                String id = TalksApiFixtures.open(t.api);
                return () -> t.mediator().post("/api/talks/" + id + "/suggestions",
                        Map.of("choices", TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h24", "consult")));
            }),
            write("PUT", "/api/talks/{id}/suggestions/{suggestionId}/acceptance", t -> {
                String id = TalksApiFixtures.open(t.api);
                String suggestion = TalksApiFixtures.suggest(t.api, id, TalksApiFixtures.pkg("all", "d60", "h72", "borders", "h72", "release"));
                return () -> t.ru().put("/api/talks/" + id + "/suggestions/" + suggestion + "/acceptance", Map.of("acceptable", true));
            }),
            write("POST", "/api/talks/{id}/text/versions", t -> {
                String id = TalksApiFixtures.open(t.api);
                return () -> t.mediator().post("/api/talks/" + id + "/text/versions", Map.of("clauses",
                        TalksApiFixtures.clauses(TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h24", "consult"), "agreed")));
            }),
            write("POST", "/api/talks/{id}/text/versions/{version}/shares", t -> {
                String id = TalksApiFixtures.open(t.api);
                t.mediator().post("/api/talks/" + id + "/text/versions", Map.of("clauses",
                        TalksApiFixtures.clauses(TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h24", "consult"), "agreed")));
                return () -> t.mediator().post("/api/talks/" + id + "/text/versions/1/shares", Map.of("parties", List.of("UA")));
            }),
            write("POST", "/api/talks/{id}/text/versions/{version}/comments", t -> {
                String id = TalksApiFixtures.open(t.api);
                int version = TalksApiFixtures.writeShared(t.api, id,
                        TalksApiFixtures.clauses(TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h24", "consult"), "agreed"));
                return () -> t.ru().post("/api/talks/" + id + "/text/versions/" + version + "/comments", Map.of("text", "walk"));
            }),
            write("POST", "/api/talks/{id}/text/proposals", t -> {
                String id = TalksApiFixtures.open(t.api);
                TalksApiFixtures.writeShared(t.api, id,
                        TalksApiFixtures.clauses(TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h24", "consult"), "agreed"));
                return () -> t.mediator().post("/api/talks/" + id + "/text/proposals", Map.of("clauses",
                        TalksApiFixtures.clauses(TalksApiFixtures.pkg("grid", "d60", "fixed", "borders", "h24", "consult"), "agreed")));
            }),
            write("PUT", "/api/talks/{id}/text/proposals/{proposalId}/vote", t -> {
                String id = TalksApiFixtures.open(t.api);
                TalksApiFixtures.writeShared(t.api, id,
                        TalksApiFixtures.clauses(TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h24", "consult"), "agreed"));
                String proposal = t.mediator().post("/api/talks/" + id + "/text/proposals", Map.of("clauses",
                        TalksApiFixtures.clauses(TalksApiFixtures.pkg("grid", "d60", "fixed", "borders", "h24", "consult"), "agreed")))
                        .json().at("/proposal/id").asString();
                return () -> t.ua().put("/api/talks/" + id + "/text/proposals/" + proposal + "/vote", Map.of("answer", "better"));
            }),
            write("PUT", "/api/talks/{id}/text/versions/{version}/final-answer", t -> {
                String id = TalksApiFixtures.open(t.api);
                int version = TalksApiFixtures.writeShared(t.api, id,
                        TalksApiFixtures.clauses(TalksApiFixtures.pkg("grid", "d30", "fixed", "borders", "h24", "consult"), "agreed"));
                return () -> t.ua().put("/api/talks/" + id + "/text/versions/" + version + "/final-answer", Map.of("answer", "yes"));
            }),
            write("POST", "/api/sites", t -> () -> t.ua().post("/api/sites", t.site("substation"))),
            write("POST", "/api/sites/import", t -> () -> t.ua().post("/api/sites/import", "text/csv",
                    ("name,category,latitude,longitude,source\n" + t.unique("Walk") + ",substation,50.31,30.41,walk\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))),
            write("POST", "/api/sites/{id}/status", t -> {
                String id = t.ua().post("/api/sites", t.site("oil_depot")).json().get("id").asString();
                return () -> t.mediator().post("/api/sites/" + id + "/status", Map.of("status", "accepted"));
            }),
            write("POST", "/api/sites/{id}/control", t -> {
                String id = t.ua().post("/api/sites", t.site("gas_storage")).json().get("id").asString();
                return () -> t.mediator().post("/api/sites/" + id + "/control",
                        Map.of("contested", true, "reason", "front line moved"));
            }),
            write("POST", "/api/reports", t -> () -> t.ua().post("/api/reports", ReportsFixtures.report())),
            write("POST", "/api/reports/bulk", t -> {
                String ndjson = Api.JSON.writeValueAsString(ReportsFixtures.report()) + "\n"
                        + Api.JSON.writeValueAsString(ReportsFixtures.report()) + "\n";
                return () -> t.monitor().post("/api/reports/bulk", "application/x-ndjson",
                        ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }),
            write("POST", "/api/evidence", t -> () -> ReportsFixtures.upload(t.ua(),
                    ReportsFixtures.png(UNIQUE.incrementAndGet() + System.nanoTime()), "image/png")),
            write("POST", "/api/incidents/{id}/assessments", t -> {
                String incident = AssessmentFixtures.newIncident(t.ua(), t.monitor())[0];
                return () -> t.monitor().post("/api/incidents/" + incident + "/assessments",
                        AssessmentFixtures.assessment("probable_violation", "RU", null));
            }),
            write("PUT", "/api/assessments/{id}", t -> {
                String draft = AssessmentFixtures.assess(t.monitor(), AssessmentFixtures.newIncident(t.ua(), t.monitor())[0], null);
                return () -> t.monitor().put("/api/assessments/" + draft,
                        AssessmentFixtures.assessment("confirmed_violation", "RU", null));
            }),
            write("POST", "/api/assessments/{id}/publish", t -> {
                String draft = AssessmentFixtures.assess(t.monitor(), AssessmentFixtures.newIncident(t.ua(), t.monitor())[0], null);
                return () -> t.mediator().post("/api/assessments/" + draft + "/publish", Map.of());
            }),
            write("POST", "/api/incidents/{id}/put", t -> {
                String incident = AssessmentFixtures.newIncident(t.ua(), t.monitor())[0];
                return () -> AssessmentFixtures.putTo(t.mediator(), incident, "RU", Instant.now().plusSeconds(3600));
            }),
            write("POST", "/api/incidents/{id}/replies", t -> {
                String incident = AssessmentFixtures.newIncident(t.ua(), t.monitor())[0];
                AssessmentFixtures.putTo(t.mediator(), incident, "RU", Instant.now().plusSeconds(3600));
                return () -> t.ru().post("/api/incidents/" + incident + "/replies", Map.of("text", "walk reply"));
            }),
            write("POST", "/api/queue/{incidentId}/assignee", t -> {
                String incident = AssessmentFixtures.newIncident(t.ua(), t.monitor())[0];
                return () -> t.monitor().post("/api/queue/" + incident + "/assignee", Map.of("assignee", "me"));
            }),
            write("POST", "/api/incidents/{id}/split", t -> {
                double[] at = org.truce.verification.IncidentApiFixtures.place();
                String first = org.truce.verification.IncidentApiFixtures.submit(t.monitor(),
                        org.truce.verification.IncidentApiFixtures.claim(null, at, "site", "2025-03-25", "substation", "UA"));
                String second = org.truce.verification.IncidentApiFixtures.submit(t.monitor(),
                        org.truce.verification.IncidentApiFixtures.claim(null, at, "site", "2025-03-25", "substation", "UA"));
                String id = org.truce.verification.IncidentApiFixtures.incidentId(t.monitor(), first, at);
                return () -> t.monitor().post("/api/incidents/" + id + "/split", Map.of("reports", List.of(second)));
            }),
            write("POST", "/api/incidents/merge", t -> {
                double[] a = org.truce.verification.IncidentApiFixtures.place();
                double[] b = {a[0] + 1, a[1]};
                String first = org.truce.verification.IncidentApiFixtures.submit(t.monitor(),
                        org.truce.verification.IncidentApiFixtures.claim(null, a, "site", "2025-03-26", "oil_depot", "UA"));
                String second = org.truce.verification.IncidentApiFixtures.submit(t.monitor(),
                        org.truce.verification.IncidentApiFixtures.claim(null, b, "site", "2025-03-26", "oil_depot", "UA"));
                List<String> ids = List.of(org.truce.verification.IncidentApiFixtures.incidentId(t.monitor(), first, a),
                        org.truce.verification.IncidentApiFixtures.incidentId(t.monitor(), second, b));
                return () -> t.monitor().post("/api/incidents/merge", Map.of("incidents", ids));
            }),
            write("POST", "/api/incidents/{id}/target", t -> {
                double[] at = org.truce.verification.IncidentApiFixtures.place();
                String report = org.truce.verification.IncidentApiFixtures.submit(t.monitor(),
                        org.truce.verification.IncidentApiFixtures.claim(null, at, "site", "2025-03-27", null, "UA"));
                String id = org.truce.verification.IncidentApiFixtures.incidentId(t.monitor(), report, at);
                return () -> t.monitor().post("/api/incidents/" + id + "/target",
                        Map.of("energyInfrastructure", false, "reason", "a school"));
            }),
            new WriteCall("POST", "/api/ledger/checkpoint",
                    "a checkpoint signs the ledger's tree, so it can never be an entry of that tree",
                    t -> () -> t.mediator().post("/api/ledger/checkpoint", Map.of()))
    );

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Stream<WriteCall> table() {
        return TABLE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyWriteGrowsTheLedger(WriteCall row) {
        Supplier<Api.Response> call = row.prepare().apply(this);
        long before = ledgerSize();
        Api.Response response = call.get();
        assertThat(response.status()).as(row + " answered " + response).isBetween(200, 299);
        if (row.notRecordedBecause() == null) {
            assertThat(ledgerSize()).as(row + " must record its change in the ledger").isGreaterThan(before);
        } else {
            assertThat(ledgerSize()).as(row + ": " + row.notRecordedBecause()).isEqualTo(before);
        }
    }

    @Test
    void theTableNamesEveryWriteEndpoint() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/"))
                .forEach(path -> info.getMethodsCondition().getMethods().stream()
                        .filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
                        .forEach(m -> served.add(m + " " + path))));
        Set<String> tabled = new TreeSet<>();
        TABLE.forEach(row -> tabled.add(row.method() + " " + row.path()));
        assertThat(tabled).as("write endpoints in WriteEndpointsTest.TABLE vs those the application serves: add a row"
                + " with a valid call for every new POST/PUT/PATCH/DELETE endpoint").isEqualTo(served);
    }

    Map<String, Object> site(String category) {
        return Map.of("name", unique("Walk site"), "category", category, "latitude", 50.3, "longitude", 30.4,
                "source", "walk");
    }

    JsonNode newMonitor() {
        return mediator().post("/api/accounts", Map.of("username", unique("walk-monitor"), "role", "monitor")).json();
    }

    String unique(String prefix) {
        return prefix + "-" + UNIQUE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    String uniqueCode() {
        StringBuilder code = new StringBuilder("WK");
        long n = System.nanoTime() / 1000 + UNIQUE.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            code.append((char) ('A' + n % 26));
            n /= 26;
        }
        return code.toString();
    }

    private static long ledgerSize() {
        try (Connection db = TestDatabase.connect(DATABASE); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT size FROM ledger_head WHERE id = 1")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
