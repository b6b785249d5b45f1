package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.truce.TruceApplication;
import org.truce.shared.Role;
import org.truce.testing.Api;
import org.truce.testing.TestApplications;
import org.truce.testing.TestDatabase;

/**
 * A party cosigns with its party key. The agreement feature registers those keys and provides
 * them through {@link CosignerKeys}; here a stand-in source plays its part, as the lead will wire
 * the real one.
 */
class PartyCosignatureTest {

    private static final String DATABASE = "truce_party_cosign";
    private static final NoteSigner UA_KEY = NoteSigner.generate("truce.local/ledger/cosigner/UA");
    private static ConfigurableApplicationContext app;
    private static Api api;

    @BeforeAll
    static void start() {
        CosignerKeys partyKeys = viewer -> viewer.is(Role.PARTY) && "UA".equals(viewer.party())
                ? Optional.of(UA_KEY.publicKey()) : Optional.empty();
        List<String> args = new ArrayList<>();
        TestDatabase.fresh(DATABASE).forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--server.port=0");
        args.add("--truce.data-dir=target/test-data/" + DATABASE);
        args.add("--truce.demo.seed=true");
        app = new SpringApplicationBuilder(TruceApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("partyCosignerKeys", partyKeys))
                .run(args.toArray(String[]::new));
        api = TestApplications.api(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aPartysCosignatureIsCheckedWithItsPartyKeyAndRefusedWhenWrong() {
        long size = api.as("demo-mediator").post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
        String note = api.get("/api/ledger/checkpoint?size=" + size).body();
        String text = note.substring(0, note.indexOf("\n\n") + 1);

        NoteSigner notUa = NoteSigner.generate(UA_KEY.name());
        Cosignature wrong = new Cosignature(UA_KEY.name(), UA_KEY.cosignerVerifier().keyId(), 1_700_000_000L,
                Cosignature.create(notUa, text, 1_700_000_000L).signature());
        Api.Response refused = api.as("demo-ua").post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "cosignature", wrong.toNoteSignature().line()));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("cosignature");
        assertThat(refused.json().get("detail").asString()).contains("does not verify with the public key registered for UA");

        Cosignature right = Cosignature.create(UA_KEY, text, Instant.now().getEpochSecond());
        Api.Response accepted = api.as("demo-ua").post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "cosignature", right.toNoteSignature().line()));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().get("cosigner").asString()).isEqualTo("UA");

        Api.Response ruHasNoKey = api.as("demo-ru").post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "cosignature", right.toNoteSignature().line()));
        assertThat(ruHasNoKey.status()).isEqualTo(409);
        assertThat(ruHasNoKey.json().get("field").asString()).isEqualTo("cosigner");

        NoteVerifier logKey = NoteVerifier.parse(api.get("/api/ledger/public-key", "text/plain").body().strip());
        OpenedNote opened = SignedNote.open(api.get("/api/ledger/checkpoint?size=" + size).body(),
                List.of(logKey, UA_KEY.cosignerVerifier()));
        assertThat(opened.isVerifiedBy(UA_KEY.cosignerVerifier())).isTrue();
    }
}
