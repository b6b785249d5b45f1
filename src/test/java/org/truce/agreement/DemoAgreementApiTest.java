package org.truce.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.truce.cli.TruceCommand;
import org.truce.shared.DemoSeed;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** The first "done when": the demo's moratorium, signed by both parties, verifiable with their public keys. */
class DemoAgreementApiTest extends IntegrationTest {

    private static final String TITLE = "Moratorium on strikes against energy infrastructure (March 2025)";

    @Autowired
    List<DemoSeed> seeds;

    @Value("${truce.data-dir}")
    Path dataDir;

    private JsonNode moratorium(Api as, String query) {
        Api.Response response = as.get("/api/agreements" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        for (JsonNode agreement : response.json()) {
            if (TITLE.equals(agreement.get("title").asString())) {
                return agreement;
            }
        }
        throw new AssertionError("no demo moratorium in " + response);
    }

    @Test
    void uaSeesTheMoratoriumSignedByBothPartiesAndEachSignatureVerifiesWithThePublicKeyFromTheApi() {
        JsonNode agreement = moratorium(ua(), "");
        assertThat(agreement.get("parties").valueStream().map(JsonNode::asString)).containsExactly("UA", "RU");
        JsonNode v1 = agreement.get("versions").get(0);
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        JsonNode signatures = v1.get("signatures");
        assertThat(signatures.valueStream().map(s -> s.get("party").asString())).containsExactlyInAnyOrder("UA", "RU");

        byte[] canonical = ua().get("/api/agreements/" + agreement.get("id").asString() + "/versions/1/canonical")
                .body().getBytes(StandardCharsets.UTF_8);
        for (JsonNode signature : signatures) {
            String party = signature.get("party").asString();
            JsonNode keys = api.get("/api/parties/" + party + "/public-key").json();
            byte[] key = null;
            for (JsonNode registered : keys.get("history")) {
                if (registered.get("keyId").asString().equals(signature.get("keyId").asString())) {
                    key = Base64.getDecoder().decode(registered.get("publicKey").asString());
                }
            }
            assertThat(key).as("%s's signing key is among its registered keys", party).isNotNull();
            assertThat(PartyKeys.verify(key, canonical, Base64.getDecoder().decode(signature.get("signature").asString())))
                    .as("%s's signature verifies with its public key from the API", party).isTrue();
            assertThat(signature.get("verifies").asBoolean()).isTrue();
        }
    }

    @Test
    void theTermsAreThoseOfTheMarch2025Moratorium() {
        JsonNode v1 = moratorium(ru(), "").get("versions").get(0);
        JsonNode terms = v1.get("terms");
        assertThat(terms.get("effectiveFrom").asString()).isEqualTo("2025-03-17T21:00:00Z");
        assertThat(terms.get("until").asString()).isEqualTo("2025-04-16T21:00:00Z");
        assertThat(v1.get("effectiveFromLocal").asString()).isEqualTo("2025-03-18T00:00+03:00[Europe/Moscow]");
        assertThat(v1.get("untilLocal").asString()).isEqualTo("2025-04-17T00:00+03:00[Europe/Moscow]");
        assertThat(terms.get("extensionRule").asString()).isEqualTo("by_mutual_agreement");
        assertThat(terms.get("protectedCategories").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(
                "oil_refinery", "oil_pipeline", "gas_pipeline", "oil_depot", "gas_storage", "oil_pumping",
                "gas_compressor", "power_plant", "substation", "transmission_line");
        assertThat(terms.get("protectedPowerPlantKinds")).as("every kind of plant, so nuclear and hydro too").isEmpty();
        assertThat(terms.get("geographicScope").get("UA").get("regions").get(0).asString()).isEqualTo("UA");
        assertThat(terms.get("geographicScope").get("RU").get("regions").get(0).asString()).isEqualTo("RU");
        assertThat(terms.get("consequences").get(0).get("kind").asString()).isEqualTo("releases_other_party");
        assertThat(terms.get("mediator").asString()).isEqualTo("Third-party mediator (demo)");
        assertThat(v1.get("findings")).isEmpty();
    }

    @Test
    void statusAtAnInstantFollowsTheWindowToTheMillisecond() {
        assertThat(moratorium(ua(), "?at=2025-03-17T20:59:59.999Z").get("status").asString()).isEqualTo("signed_not_yet_in_force");
        assertThat(moratorium(ua(), "?at=2025-03-18T00:00%2B03:00").get("status").asString()).isEqualTo("in_force");
        assertThat(moratorium(ua(), "?at=2025-04-16T20:59:59.999Z").get("status").asString()).isEqualTo("in_force");
        assertThat(moratorium(ua(), "?at=2025-04-16T21:00:00Z").get("status").asString()).isEqualTo("expired");
        JsonNode inForce = moratorium(ua(), "?at=2025-03-28T12:00:00Z");
        assertThat(inForce.get("governingVersion").asInt()).isEqualTo(1);
        assertThat(inForce.get("versions").get(0).get("status").asString()).isEqualTo("in_force");
    }

    @Test
    void theSignedMoratoriumIsPublic() {
        JsonNode seenByThePublic = moratorium(api, "?at=2025-03-20T00:00:00Z");
        assertThat(seenByThePublic.get("status").asString()).isEqualTo("in_force");
        assertThat(seenByThePublic.get("versions").get(0).get("signatures")).hasSize(2);
    }

    @Test
    void theDemoKeysAreInTheDataFolderOwnerOnlyAndAreTheRegisteredOnes() throws Exception {
        for (String party : List.of("ua", "ru")) {
            Path file = dataDir.resolve("keys").resolve(party + "-private.pem");
            assertThat(file).exists();
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                assertThat(Files.getPosixFilePermissions(file))
                        .containsExactlyInAnyOrderElementsOf(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            }
            byte[] publicKey = PartyKeys.rawPublicKey(PartyKeys.keyPair(KeyFiles.readPrivateKey(file)).getPublic());
            JsonNode keys = api.get("/api/parties/" + party.toUpperCase() + "/public-key").json();
            assertThat(keys.get("history").valueStream().map(k -> k.get("keyId").asString()))
                    .contains(PartyKeys.keyId(publicKey));
        }
    }

    @Test
    void aSecondDemoOnTheSameDataAddsNothing() throws Exception {
        long before = AgreementFixtures.ledgerSize();
        int agreements = mediator().get("/api/agreements").json().size();
        byte[] uaKey = Files.readAllBytes(dataDir.resolve("keys/ua-private.pem"));
        for (DemoSeed seed : seeds.stream().sorted(java.util.Comparator.comparingInt(DemoSeed::order)).toList()) {
            seed.seed(dataDir);
        }
        assertThat(AgreementFixtures.ledgerSize()).isEqualTo(before);
        assertThat(mediator().get("/api/agreements").json().size()).isEqualTo(agreements);
        assertThat(Files.readAllBytes(dataDir.resolve("keys/ua-private.pem"))).isEqualTo(uaKey);
    }

    @Test
    void anyoneCanVerifyTheSignaturesWithTheCommandLine() {
        String id = moratorium(api, "").get("id").asString();
        int exit = TruceCommand.execute("verify-signature", "--url", api.base(), "--agreement", id, "--version", "1");
        assertThat(exit).isZero();
    }
}
