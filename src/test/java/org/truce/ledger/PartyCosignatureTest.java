package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.truce.TruceApplication;
import org.truce.agreement.KeyFiles;
import org.truce.agreement.PartyKeys;
import org.truce.testing.Api;
import org.truce.testing.TestApplications;
import org.truce.testing.TestDatabase;

/**
 * A party cosigns with its party key, the one it registered to sign agreements: the demo's UA key
 * file in the data folder. RU's demo key signs nothing it did not make.
 */
class PartyCosignatureTest {

    private static final String DATABASE = "truce_party_cosign";
    private static final Path DATA = Path.of("target", "test-data", DATABASE);
    private static NoteSigner uaKey;
    private static ConfigurableApplicationContext app;
    private static Api api;

    @BeforeAll
    static void start() {
        FileSystemUtils.deleteRecursively(DATA.toFile());
        List<String> args = new ArrayList<>();
        TestDatabase.fresh(DATABASE).forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add("--server.port=0");
        args.add("--truce.data-dir=" + DATA);
        args.add("--truce.demo.seed=true");
        app = new SpringApplicationBuilder(TruceApplication.class).run(args.toArray(String[]::new));
        api = TestApplications.api(app);
        KeyPair ua = PartyKeys.keyPair(KeyFiles.readPrivateKey(DATA.resolve("keys").resolve("ua-private.pem")));
        uaKey = NoteSigner.of("truce.local/ledger/cosigner/UA", ua);
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

        NoteSigner notUa = NoteSigner.generate(uaKey.name());
        Cosignature wrong = new Cosignature(uaKey.name(), uaKey.cosignerVerifier().keyId(), 1_700_000_000L,
                Cosignature.create(notUa, text, 1_700_000_000L).signature());
        Api.Response refused = api.as("demo-ua").post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "cosignature", wrong.toNoteSignature().line()));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("cosignature");
        assertThat(refused.json().get("detail").asString()).contains("does not verify with the public key registered for UA");

        Cosignature right = Cosignature.create(uaKey, text, Instant.now().getEpochSecond());
        Api.Response accepted = api.as("demo-ua").post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "cosignature", right.toNoteSignature().line()));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().get("cosigner").asString()).isEqualTo("UA");

        Api.Response uaLineSentByRu = api.as("demo-ru").post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "cosignature", right.toNoteSignature().line()));
        assertThat(uaLineSentByRu.status()).as("RU's key did not make UA's cosignature").isEqualTo(400);
        assertThat(uaLineSentByRu.json().get("field").asString()).isEqualTo("cosignature");

        Api.Response monitorWithoutKey = api.as("demo-monitor").post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "cosignature", right.toNoteSignature().line()));
        assertThat(monitorWithoutKey.status()).isEqualTo(409);
        assertThat(monitorWithoutKey.json().get("field").asString()).isEqualTo("cosigner");

        NoteVerifier logKey = NoteVerifier.parse(api.get("/api/ledger/public-key", "text/plain").body().strip());
        OpenedNote opened = SignedNote.open(api.get("/api/ledger/checkpoint?size=" + size).body(),
                List.of(logKey, uaKey.cosignerVerifier()));
        assertThat(opened.isVerifiedBy(uaKey.cosignerVerifier())).isTrue();
    }
}
