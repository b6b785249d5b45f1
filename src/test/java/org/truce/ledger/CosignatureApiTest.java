package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** Monitors cosign checkpoints with a key registered in the ledger; the log checks every cosignature. */
class CosignatureApiTest extends IntegrationTest {

    private static final String ORIGIN = "truce.local/ledger";

    @Test
    void aMonitorRegistersAKeyAndCosignsAndTheCheckpointCarriesItsCosignature() {
        NoteSigner witness = NoteSigner.generate(ORIGIN + "/cosigner/witness-1");
        Api monitor = newMonitor("witness-1");
        Api.Response registered = monitor.put("/api/ledger/cosigner-key",
                Map.of("publicKey", Ed25519Keys.toPem(witness.publicKey())));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(registered.json().get("vkey").asString()).isEqualTo(witness.cosignerVerifier().format());

        JsonNode checkpoint = mediator().post("/api/ledger/checkpoint", Map.of()).json();
        long size = checkpoint.get("size").asLong();
        String text = checkpointText(size);
        Cosignature cosignature = Cosignature.create(witness, text, Instant.now().getEpochSecond());

        Api.Response accepted = monitor.post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "cosignature", cosignature.toNoteSignature().line()));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().get("keyName").asString()).isEqualTo(witness.name());

        String served = api.get("/api/ledger/checkpoint?size=" + size).body();
        NoteVerifier log = NoteVerifier.parse(api.get("/api/ledger/public-key", "text/plain").body().strip());
        OpenedNote opened = SignedNote.open(served, List.of(log, witness.cosignerVerifier()));
        assertThat(opened.isVerifiedBy(witness.cosignerVerifier())).isTrue();
        JsonNode listed = api.get("/api/ledger/checkpoint?size=" + size, "application/json").json().get("cosignatures");
        assertThat(listed.findValuesAsString("vkey")).contains(witness.cosignerVerifier().format());

        Api.Response again = monitor.post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "cosignature", cosignature.toNoteSignature().line()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("field").asString()).isEqualTo("size");
    }

    @Test
    void aCosignatureThatDoesNotVerifyWithTheRegisteredKeyIsRefusedNamingTheField() {
        NoteSigner witness = NoteSigner.generate(ORIGIN + "/cosigner/witness-2");
        Api monitor = newMonitor("witness-2");
        monitor.put("/api/ledger/cosigner-key", Map.of("publicKey", Base64.getEncoder().encodeToString(witness.publicKey())));
        long size = mediator().post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
        String text = checkpointText(size);
        long before = entryCount();

        NoteSigner impostor = NoteSigner.generate(witness.name());
        Api.Response otherKey = monitor.post("/api/ledger/checkpoint/cosign", Map.of("size", size,
                "cosignature", Cosignature.create(impostor, text, 1_700_000_000L).toNoteSignature().line()));
        assertThat(otherKey.status()).as(otherKey.toString()).isEqualTo(400);
        assertThat(otherKey.json().get("field").asString()).isEqualTo("cosignature");
        assertThat(otherKey.json().get("detail").asString()).contains("key ID");

        Cosignature forged = new Cosignature(witness.name(), witness.cosignerVerifier().keyId(), 1_700_000_000L,
                Cosignature.create(impostor, text, 1_700_000_000L).signature());
        Api.Response badSignature = monitor.post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "cosignature", forged.toNoteSignature().line()));
        assertThat(badSignature.status()).isEqualTo(400);
        assertThat(badSignature.json().get("detail").asString()).contains("does not verify");

        Cosignature otherCheckpoint = Cosignature.create(witness, text.replace("\n" + size + "\n", "\n" + (size + 1) + "\n"),
                1_700_000_000L);
        Api.Response wrongText = monitor.post("/api/ledger/checkpoint/cosign", Map.of("size", size,
                "timestamp", otherCheckpoint.timestamp(), "signature", Base64.getEncoder().encodeToString(otherCheckpoint.signature())));
        assertThat(wrongText.status()).isEqualTo(400);
        assertThat(wrongText.json().get("field").asString()).isEqualTo("signature");

        assertThat(entryCount()).as("a refused cosignature writes nothing").isEqualTo(before);

        Cosignature good = Cosignature.create(witness, text, 1_700_000_000L);
        Api.Response asText = monitor.post("/api/ledger/checkpoint/cosign?size=" + size, "text/plain",
                good.toNoteSignature().line().getBytes(StandardCharsets.UTF_8));
        assertThat(asText.status()).as(asText.toString()).isEqualTo(201);
    }

    @Test
    void cosigningNeedsARegisteredKeyAnExistingCheckpointAndTheRightRole() {
        Api monitor = newMonitor("witness-3");
        long size = mediator().post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
        Api.Response noKey = monitor.post("/api/ledger/checkpoint/cosign",
                Map.of("size", size, "timestamp", 1, "signature", Base64.getEncoder().encodeToString(new byte[64])));
        assertThat(noKey.status()).isEqualTo(409);
        assertThat(noKey.json().get("field").asString()).isEqualTo("cosigner");

        Api.Response badKey = monitor.put("/api/ledger/cosigner-key", Map.of("publicKey", "not a key"));
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.json().get("field").asString()).isEqualTo("publicKey");

        monitor.put("/api/ledger/cosigner-key", Map.of("publicKey",
                Base64.getEncoder().encodeToString(NoteSigner.generate("x").publicKey())));
        Api.Response noCheckpoint = monitor.post("/api/ledger/checkpoint/cosign",
                Map.of("size", size + 1_000_000, "timestamp", 1, "signature", Base64.getEncoder().encodeToString(new byte[64])));
        assertThat(noCheckpoint.json().get("field").asString()).isEqualTo("size");
        Api.Response noSize = monitor.post("/api/ledger/checkpoint/cosign", Map.of("timestamp", 1));
        assertThat(noSize.json().get("field").asString()).isEqualTo("size");

        assertThat(mediator().post("/api/ledger/checkpoint/cosign", Map.of("size", size)).status()).isEqualTo(403);
        assertThat(ua().put("/api/ledger/cosigner-key", Map.of("publicKey", "x")).status()).isEqualTo(403);
        assertThat(api.put("/api/ledger/cosigner-key", Map.of("publicKey", "x")).status()).isEqualTo(401);
    }

    private Api newMonitor(String username) {
        JsonNode created = mediator().post("/api/accounts", Map.of("username", username, "role", "monitor")).json();
        return as(created.get("token").asString());
    }

    private String checkpointText(long size) {
        String note = api.get("/api/ledger/checkpoint?size=" + size).body();
        return note.substring(0, note.indexOf("\n\n") + 1);
    }

    private long entryCount() {
        return mediator().post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
    }
}
