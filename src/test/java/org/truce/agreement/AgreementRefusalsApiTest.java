package org.truce.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.agreement.AgreementFixtures.asMediator;
import static org.truce.agreement.AgreementFixtures.draft;
import static org.truce.agreement.AgreementFixtures.ledgerSize;
import static org.truce.agreement.AgreementFixtures.newParty;
import static org.truce.agreement.AgreementFixtures.newPartyWithKey;
import static org.truce.agreement.AgreementFixtures.terms;
import static org.truce.agreement.AgreementFixtures.with;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.truce.agreement.AgreementFixtures.TestParty;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The second "done when": bad input gets a problem document naming the field, and changes nothing
 * (neither the agreement nor the ledger).
 */
class AgreementRefusalsApiTest extends IntegrationTest {

    /** Sends the request and checks the refusal: status, problem+json, the field named, nothing written. */
    private JsonNode refused(String agreementId, Supplier<Api.Response> request, int status, String field) {
        JsonNode before = agreementId == null ? null : asMediator(api, agreementId);
        int agreements = mediator().get("/api/agreements").json().size();
        long ledger = ledgerSize();

        Api.Response response = request.get();

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        JsonNode problem = response.json();
        if (field != null) {
            assertThat(problem.get("field").asString()).as(response.toString()).isEqualTo(field);
        }
        assertThat(ledgerSize()).as("nothing recorded in the ledger").isEqualTo(ledger);
        assertThat(mediator().get("/api/agreements").json().size()).as("no agreement added").isEqualTo(agreements);
        if (agreementId != null) {
            assertThat(asMediator(api, agreementId)).as("the agreement is unchanged").isEqualTo(before);
        }
        return problem;
    }

    @Test
    void anUnknownCategoryIsRefusedWhenDraftingAndWhenEditing() {
        TestParty a = newParty(api);
        TestParty b = newParty(api);
        Map<String, Object> bad = with(terms("Unknown category", a.code(), b.code()), "protectedCategories",
                List.of("oil_refinery", "energy_infrastructure"));
        JsonNode problem = refused(null, () -> mediator().post("/api/agreements", Map.of("terms", bad)),
                400, "terms.protectedCategories[1]");
        assertThat(problem.get("errors").get(0).get("reason").asString()).contains("energy_infrastructure", "oil_depot");

        String id = draft(api, terms("Good terms", a.code(), b.code()));
        refused(id, () -> mediator().put("/api/agreements/" + id + "/draft", Map.of("terms", bad)),
                400, "terms.protectedCategories[1]");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        TestParty a = newParty(api);
        TestParty b = newParty(api);
        String id = draft(api, terms("End before start", a.code(), b.code()));
        Map<String, Object> bad = with(terms("End before start", a.code(), b.code()), "until", "2025-03-01T00:00+03:00");
        refused(id, () -> mediator().put("/api/agreements/" + id + "/draft", Map.of("terms", bad)), 400, "terms.until");
        refused(null, () -> mediator().post("/api/agreements", Map.of("terms", bad)), 400, "terms.until");
    }

    @Test
    void aMissingZoneIsRefused() {
        TestParty a = newParty(api);
        TestParty b = newParty(api);
        Map<String, Object> local = with(terms("No zone", a.code(), b.code()), "effectiveFrom", "2025-03-18T00:00");
        JsonNode problem = refused(null, () -> mediator().post("/api/agreements", Map.of("terms", local)),
                400, "terms.effectiveFrom");
        assertThat(problem.get("detail").asString()).contains("no time zone");
    }

    @Test
    void aMalformedIdIsRefusedOnEveryAgreementEndpoint() {
        TestParty a = newPartyWithKey(api);
        refused(null, () -> ua().get("/api/agreements/agr-1"), 400, "id");
        refused(null, () -> ua().get("/api/agreements/rep_0123/versions/1/canonical"), 400, "id");
        refused(null, () -> mediator().put("/api/agreements/DROP TABLE/draft".replace(" ", "%20"),
                Map.of("terms", terms("x", "UA", "RU"))), 400, "id");
        refused(null, () -> a.api().post("/api/agreements/agr_!/versions/1/signatures".replace("!", "%21"),
                Map.of("signature", "AAAA")), 400, "id");
        refused(null, () -> ua().get("/api/agreements/agr_x/versions/first"), 400, "version");
    }

    @Test
    void aPartySigningAnotherPartysAgreementIsToldItDoesNotExist() {
        TestParty a = newPartyWithKey(api);
        TestParty b = newPartyWithKey(api);
        TestParty outsider = newPartyWithKey(api);
        String id = draft(api, terms("Between A and B", a.code(), b.code()));
        byte[] canonical = a.api().get("/api/agreements/" + id + "/versions/1/canonical").body()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        JsonNode problem = refused(id, () -> outsider.api().post("/api/agreements/" + id + "/versions/1/signatures",
                Map.of("signature", outsider.sign(canonical))), 404, null);
        assertThat(problem.toString()).doesNotContain(a.code()).doesNotContain("Between A and B");
        refused(id, () -> ua().post("/api/agreements/" + id + "/versions/1/signatures",
                Map.of("signature", outsider.sign(canonical))), 404, null);
        refused(id, () -> outsider.api().get("/api/agreements/" + id + "/versions/1/canonical"), 404, null);
    }

    @Test
    void aPartyMayReadButNotSignAPublishedAgreementBetweenOthers() {
        TestParty outsider = newPartyWithKey(api);
        String moratorium = null;
        for (JsonNode agreement : outsider.api().get("/api/agreements").json()) {
            if (agreement.get("parties").toString().contains("\"UA\"")) {
                moratorium = agreement.get("id").asString();
            }
        }
        assertThat(moratorium).as("the signed moratorium is published, so any party sees it").isNotNull();
        String id = moratorium;
        refused(id, () -> outsider.api().post("/api/agreements/" + id + "/versions/1/signatures",
                Map.of("signature", Base64.getEncoder().encodeToString(new byte[64]))), 403, null);
    }

    @Test
    void aSecondSignatureOnASignedVersionIsRefused() {
        TestParty a = newPartyWithKey(api);
        TestParty b = newPartyWithKey(api);
        String id = draft(api, terms("Signed twice", a.code(), b.code()));
        assertThat(a.signVersion(id, 1).status()).isEqualTo(201);
        refused(id, () -> a.signVersion(id, 1), 409, "version");
        assertThat(b.signVersion(id, 1).status()).isEqualTo(201);
        JsonNode problem = refused(id, () -> b.signVersion(id, 1), 409, "version");
        assertThat(problem.get("detail").asString()).contains("already");
    }

    @Test
    void aSignatureThatDoesNotVerifyIsRefused() {
        TestParty a = newPartyWithKey(api);
        TestParty b = newPartyWithKey(api);
        String id = draft(api, terms("Bad signatures", a.code(), b.code()));
        byte[] canonical = a.api().get("/api/agreements/" + id + "/versions/1/canonical").body()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String path = "/api/agreements/" + id + "/versions/1/signatures";
        refused(id, () -> a.api().post(path, Map.of("signature", b.sign(canonical))), 400, "signature");
        refused(id, () -> a.api().post(path, Map.of("signature", "not base64!")), 400, "signature");
        refused(id, () -> a.api().post(path, Map.of("signature", "AAAA")), 400, "signature");
        refused(id, () -> a.api().post(path, Map.of()), 400, "signature");
        refused(id, () -> a.api().post(path, Map.of("signature", a.sign("{}".getBytes()))), 400, "signature");
    }

    @Test
    void aPartyWithoutARegisteredKeyCannotSign() {
        TestParty keyless = newParty(api);
        TestParty b = newPartyWithKey(api);
        String id = draft(api, terms("No key", keyless.code(), b.code()));
        refused(id, () -> keyless.signVersion(id, 1), 409, "publicKey");
    }

    @Test
    void aVagueVersionCannotBeSignedAndTheRefusalListsTheFindings() {
        TestParty a = newPartyWithKey(api);
        TestParty b = newPartyWithKey(api);
        Map<String, Object> vague = with(with(terms("Vague", a.code(), b.code()), "until", null), "clauses", null);
        String id = draft(api, vague);
        JsonNode findings = asMediator(api, id).get("versions").get(0).get("findings");
        assertThat(findings.get(0).get("code").asString()).isEqualTo("no_end");
        JsonNode problem = refused(id, () -> a.signVersion(id, 1), 400, "terms.until");
        assertThat(problem.get("errors").get(0).get("reason").asString()).contains("until", "reviewDate");
    }

    @Test
    void aSignatureOnASupersededVersionIsRefused() {
        TestParty a = newPartyWithKey(api);
        TestParty b = newPartyWithKey(api);
        Map<String, Object> terms = terms("Superseded", a.code(), b.code());
        String id = draft(api, terms);
        assertThat(a.signVersion(id, 1).status()).isEqualTo(201);
        Api.Response amended = mediator().put("/api/agreements/" + id + "/draft",
                Map.of("terms", with(terms, "title", "Superseded, revised")));
        assertThat(amended.json().get("latestVersion").asInt()).isEqualTo(2);
        JsonNode problem = refused(id, () -> b.signVersion(id, 1), 409, "version");
        assertThat(problem.get("detail").asString()).contains("superseded by version 2");
    }

    @Test
    void onlyThePartyItselfRegistersItsKey() {
        TestParty a = newPartyWithKey(api);
        String key = PartyKeys.base64(PartyKeys.rawPublicKey(PartyKeys.generate().getPublic()));
        refused(null, () -> mediator().put("/api/parties/" + a.code() + "/public-key", Map.of("publicKey", key)), 403, null);
        refused(null, () -> ua().put("/api/parties/" + a.code() + "/public-key", Map.of("publicKey", key)), 403, null);
        refused(null, () -> a.api().put("/api/parties/" + a.code() + "/public-key", Map.of("publicKey", "xyz")),
                400, "publicKey");
        refused(null, () -> a.api().put("/api/parties/" + a.code() + "/public-key",
                Map.of("publicKey", PartyKeys.privateKeyPem(a.keys().getPrivate()))), 400, "publicKey");
        TestParty b = newParty(api);
        refused(null, () -> b.api().put("/api/parties/" + b.code() + "/public-key", Map.of("publicKey", a.publicKeyBase64())),
                409, "publicKey");
        assertThat(api.get("/api/parties/" + a.code() + "/public-key").json().get("publicKey").asString())
                .isEqualTo(a.publicKeyBase64());
    }

    @Test
    void onlyTheMediatorDrafts() {
        TestParty a = newParty(api);
        TestParty b = newParty(api);
        refused(null, () -> ua().post("/api/agreements", Map.of("terms", terms("By a party", a.code(), b.code()))), 403, null);
        refused(null, () -> monitor().post("/api/agreements", Map.of("terms", terms("By a monitor", a.code(), b.code()))), 403, null);
        refused(null, () -> mediator().post("/api/agreements", Map.of("terms", Map.of("title", "x", "colour", "red"))),
                400, "terms.colour");
    }
}
