package org.truce.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.agreement.AgreementFixtures.draft;
import static org.truce.agreement.AgreementFixtures.newPartyWithKey;
import static org.truce.agreement.AgreementFixtures.terms;
import static org.truce.agreement.AgreementFixtures.with;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.agreement.AgreementFixtures.TestParty;
import org.truce.cli.TruceCommand;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Draft, edit, sign with `truce sign`, amend: the lifecycle as the mediator and the parties go through it. */
class SigningWorkflowApiTest extends IntegrationTest {

    @TempDir
    Path folder;

    private static String canonical(Api as, String id, int version) {
        Api.Response response = as.get("/api/agreements/" + id + "/versions/" + version + "/canonical");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.body();
    }

    private JsonNode at(Api as, String id, String instant) {
        Api.Response response = as.get("/api/agreements/" + id + "?at=" + instant);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void partiesSignWithTruceSignOfflineAndOnlineAndTheServerAcceptsBoth() throws Exception {
        TestParty a = newPartyWithKey(api);
        TestParty b = newPartyWithKey(api);
        String id = draft(api, terms("Signed with the CLI", a.code(), b.code()));
        Path keyA = folder.resolve("a.pem");
        Path keyB = folder.resolve("b.pem");
        KeyFiles.writePrivateKey(keyA, a.keys().getPrivate());
        KeyFiles.writePrivateKey(keyB, b.keys().getPrivate());

        Path in = folder.resolve("canonical.json");
        Files.write(in, canonical(a.api(), id, 1).getBytes(StandardCharsets.UTF_8));
        Path out = folder.resolve("signature.b64");
        assertThat(TruceCommand.execute("sign", "--key", keyA.toString(), "--in", in.toString(), "--out", out.toString()))
                .isZero();
        Api.Response accepted = a.api().post("/api/agreements/" + id + "/versions/1/signatures",
                Map.of("signature", Files.readString(out).strip()));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().get("verifies").asBoolean()).isTrue();
        assertThat(at(a.api(), id, "2025-03-20T00:00:00Z").get("status").asString()).isEqualTo("awaiting_signatures");

        assertThat(TruceCommand.execute("sign", "--key", keyB.toString(), "--url", api.base(), "--token", b.token(),
                "--agreement", id, "--version", "1")).isZero();
        JsonNode signed = at(b.api(), id, "2025-03-20T00:00:00Z");
        assertThat(signed.get("status").asString()).isEqualTo("in_force");
        assertThat(signed.get("versions").get(0).get("signatures").valueStream().map(s -> s.get("party").asString()))
                .containsExactlyInAnyOrder(a.code(), b.code());
        assertThat(TruceCommand.execute("verify-signature", "--url", api.base(), "--token", a.token(), "--agreement", id,
                "--version", "1")).isZero();
    }

    @Test
    void truceSignRefusesToSignReformattedBytes() throws Exception {
        TestParty a = newPartyWithKey(api);
        Path key = folder.resolve("a.pem");
        KeyFiles.writePrivateKey(key, a.keys().getPrivate());
        Path pretty = folder.resolve("pretty.json");
        Files.writeString(pretty, "{ \"agreementId\": \"agr_x\" }\n");
        assertThat(TruceCommand.execute("sign", "--key", key.toString(), "--in", pretty.toString())).isNotZero();
    }

    @Test
    void editingADraftChangesItsBytesSoASignatureOverTheOldTextFails() {
        TestParty a = newPartyWithKey(api);
        TestParty b = newPartyWithKey(api);
        Map<String, Object> terms = terms("Edited", a.code(), b.code());
        String id = draft(api, terms);
        byte[] before = canonical(a.api(), id, 1).getBytes(StandardCharsets.UTF_8);

        Api.Response edited = mediator().put("/api/agreements/" + id + "/draft",
                Map.of("terms", with(terms, "protectedCategories", List.of("substation", "gas_metering"))));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("latestVersion").asInt()).as("an unsigned draft is edited in place").isEqualTo(1);

        Api.Response stale = a.api().post("/api/agreements/" + id + "/versions/1/signatures", Map.of("signature", a.sign(before)));
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.json().get("detail").asString()).contains("canonical");
        assertThat(a.signVersion(id, 1).status()).isEqualTo(201);
    }

    @Test
    void aSignedVersionNeverChangesAndAnExtensionSupersedesItOnceBothSign() {
        TestParty a = newPartyWithKey(api);
        TestParty b = newPartyWithKey(api);
        Map<String, Object> terms = terms("Extended", a.code(), b.code());
        String id = draft(api, terms);
        a.signVersion(id, 1);
        b.signVersion(id, 1);
        String signedBytes = canonical(mediator(), id, 1);

        Map<String, Object> extension = with(with(terms, "until", "2025-05-17T00:00+03:00"), "clauses", null);
        Api.Response amended = mediator().put("/api/agreements/" + id + "/draft", Map.of("terms", extension));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        assertThat(amended.json().get("latestVersion").asInt()).isEqualTo(2);
        assertThat(canonical(mediator(), id, 1)).as("version 1 as signed").isEqualTo(signedBytes);
        assertThat(at(a.api(), id, "2025-04-20T00:00:00Z").get("status").asString())
                .as("the unsigned extension changes nothing yet").isEqualTo("expired");
        assertThat(at(api, id, "2025-04-20T00:00:00Z").get("versions")).as("the public sees only signed versions").hasSize(1);

        a.signVersion(id, 2);
        assertThat(b.signVersion(id, 2).status()).isEqualTo(201);
        JsonNode extended = at(a.api(), id, "2025-04-20T00:00:00Z");
        assertThat(extended.get("status").asString()).isEqualTo("in_force");
        assertThat(extended.get("governingVersion").asInt()).isEqualTo(2);
        assertThat(extended.get("versions").get(0).get("status").asString()).isEqualTo("superseded");
        assertThat(extended.get("versions").get(0).get("signatures").valueStream().allMatch(s -> s.get("verifies").asBoolean()))
                .isTrue();
        assertThat(canonical(mediator(), id, 1)).isEqualTo(signedBytes);
        assertThat(at(api, id, "2025-05-16T00:00:00Z").get("status").asString()).isEqualTo("in_force");
        assertThat(at(api, id, "2025-05-16T21:00:00Z").get("status").asString()).isEqualTo("expired");
    }

    @Test
    void aReRegisteredKeyLeavesEarlierSignaturesVerifyingWithTheKeyTheyWereMadeWith() {
        TestParty a = newPartyWithKey(api);
        TestParty b = newPartyWithKey(api);
        String id = draft(api, terms("Key rotation", a.code(), b.code()));
        a.signVersion(id, 1);
        String firstKey = api.get("/api/parties/" + a.code() + "/public-key").json().get("keyId").asString();

        TestParty rotated = new TestParty(a.code(), a.api(), a.token(), PartyKeys.generate());
        assertThat(rotated.registerKey().status()).isEqualTo(200);
        JsonNode keys = api.get("/api/parties/" + a.code() + "/public-key").json();
        assertThat(keys.get("history")).hasSize(2);
        assertThat(keys.get("keyId").asString()).isNotEqualTo(firstKey);

        JsonNode signature = at(a.api(), id, "2025-03-20T00:00:00Z").get("versions").get(0).get("signatures").get(0);
        assertThat(signature.get("keyId").asString()).isEqualTo(firstKey);
        assertThat(signature.get("verifies").asBoolean()).isTrue();
    }

    @Test
    void aPartyCannotReadAnAgreementItIsNotPartyToNorCanThePublicReadADraft() {
        TestParty a = newPartyWithKey(api);
        TestParty b = newPartyWithKey(api);
        String id = draft(api, terms("Confidential draft", a.code(), b.code()));
        for (Api outsider : List.of(ua(), api)) {
            assertThat(outsider.get("/api/agreements/" + id).status()).isEqualTo(404);
            assertThat(outsider.get("/api/agreements/" + id + "/versions/1").status()).isEqualTo(404);
            assertThat(outsider.get("/api/agreements/" + id + "/versions/1/canonical").status()).isEqualTo(404);
            assertThat(outsider.get("/api/agreements").body()).doesNotContain(id).doesNotContain("Confidential draft");
        }
        assertThat(a.api().get("/api/agreements/" + id).status()).isEqualTo(200);
        assertThat(monitor().get("/api/agreements/" + id).status()).isEqualTo(200);
        assertThat(ua().get("/api/agreements/agr_0000000000000000000000000").status())
                .as("an unknown id answers the same").isEqualTo(404);
    }

    @Test
    void thePublicKeyCanBeRegisteredAsAPemFile() {
        TestParty a = AgreementFixtures.newParty(api);
        String pem = PartyKeys.publicKeyPem(PartyKeys.rawPublicKey(a.keys().getPublic()));
        Api.Response registered = a.api().send(a.api().request("/api/parties/" + a.code() + "/public-key")
                .header("Content-Type", "application/x-pem-file")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(pem)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(api.get("/api/parties/" + a.code() + "/public-key").json().get("publicKeyPem").asString()).isEqualTo(pem);
        assertThat(a.registerKey().json().get("history")).as("the same key again adds nothing").hasSize(1);
    }
}
