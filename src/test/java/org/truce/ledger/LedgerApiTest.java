package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.truce.shared.CanonicalJson;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

import tools.jackson.databind.JsonNode;

/** The ledger as anyone reads it over HTTP: signed checkpoints, entries, proofs against them, records. */
class LedgerApiTest extends IntegrationTest {

    @Test
    void theCheckpointIsASignedNoteOverTheEntriesServed() {
        mediator().post("/api/parties", Map.of("code", "CPA", "name", "Checkpoint party"));
        JsonNode issued = mediator().post("/api/ledger/checkpoint", Map.of()).json();
        long size = issued.get("size").asLong();

        NoteVerifier key = NoteVerifier.parse(api.get("/api/ledger/public-key", "text/plain").body().strip());
        Api.Response text = api.get("/api/ledger/checkpoint?size=" + size);
        assertThat(text.contentType()).startsWith("text/plain");
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.open(text.body(), List.of(key)).text());
        assertThat(checkpoint.origin()).isEqualTo("truce.local/ledger").isEqualTo(key.name());
        assertThat(checkpoint.size()).isEqualTo(size);
        assertThat(Base64.getEncoder().encodeToString(checkpoint.rootHash())).isEqualTo(issued.get("rootHash").asString());
        assertThat(MerkleHashes.rootOf(leafHashes(0, size))).isEqualTo(checkpoint.rootHash());

        JsonNode json = api.get("/api/ledger/checkpoint?size=" + size, "application/json").json();
        assertThat(json.get("note").asString()).isEqualTo(text.body());
        assertThat(api.get("/api/ledger/checkpoint").status()).isEqualTo(200);
        JsonNode publicKey = api.get("/api/ledger/public-key").json();
        assertThat(publicKey.get("vkey").asString()).isEqualTo(key.format());
        assertThat(Ed25519Keys.parsePublicKey(publicKey.get("pem").asString())).isEqualTo(key.publicKey());
    }

    @Test
    void onlyTheMediatorIssuesACheckpointOnDemand() {
        assertThat(ua().post("/api/ledger/checkpoint", Map.of()).status()).isEqualTo(403);
        assertThat(monitor().post("/api/ledger/checkpoint", Map.of()).status()).isEqualTo(403);
        assertThat(api.post("/api/ledger/checkpoint", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void everyEntryIsCanonicalJsonWithItsSequenceNumberAndLeafHash() {
        long size = mediator().post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
        JsonNode entries = api.get("/api/ledger/entries?start=0&end=" + size).json();
        assertThat(entries.size()).isEqualTo((int) size);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String body = entry.get("body").asString();
            assertThat(entry.get("seq").asLong()).isEqualTo(i);
            assertThat(CanonicalJson.canonicalize(body)).isEqualTo(body);
            assertThat(Api.JSON.readTree(body).get("seq").asLong()).isEqualTo(i);
            assertThat(Base64.getDecoder().decode(entry.get("leafHash").asString()))
                    .isEqualTo(MerkleHashes.leafHash(body.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(api.get("/api/ledger/entries?start=1&end=3").json().findValues("seq"))
                .extracting(JsonNode::asLong).containsExactly(1L, 2L);
    }

    @Test
    void inclusionAndConsistencyProofsVerifyAgainstSignedCheckpoints() {
        long first = mediator().post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
        mediator().post("/api/parties", Map.of("code", "PRF", "name", "Proof party"));
        JsonNode second = mediator().post("/api/ledger/checkpoint", Map.of()).json();
        long size = second.get("size").asLong();
        byte[] root = Base64.getDecoder().decode(second.get("rootHash").asString());
        assertThat(size).isGreaterThan(first);

        for (long index : new long[] {0, first - 1, size - 1}) {
            JsonNode proof = api.get("/api/ledger/proof/inclusion?index=" + index + "&size=" + size).json();
            byte[] leaf = leafHashes(index, index + 1).get(0);
            assertThat(proof.get("rootHash").asString()).isEqualTo(second.get("rootHash").asString());
            assertThat(MerkleHashes.verifyInclusion(leaf, index, size, hashes(proof), root)).as("entry " + index).isTrue();
        }
        JsonNode consistency = api.get("/api/ledger/proof/consistency?first=" + first + "&second=" + size).json();
        byte[] firstRoot = Base64.getDecoder().decode(
                api.get("/api/ledger/checkpoint?size=" + first, "application/json").json().get("rootHash").asString());
        assertThat(MerkleHashes.verifyConsistency(first, size, firstRoot, root, hashes(consistency))).isTrue();
    }

    @Test
    void badProofAndPagingParametersAreProblemsNamingTheParameter() {
        long size = mediator().post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
        assertField(api.get("/api/ledger/proof/inclusion"), "index");
        assertField(api.get("/api/ledger/proof/inclusion?index=abc"), "index");
        assertField(api.get("/api/ledger/proof/inclusion?index=" + size + "&size=" + size), "index");
        assertField(api.get("/api/ledger/proof/inclusion?index=0&size=" + (size + 1_000_000)), "size");
        assertField(api.get("/api/ledger/proof/consistency?first=2&second=1"), "first");
        assertField(api.get("/api/ledger/proof/consistency?first=1&second=-3"), "second");
        assertField(api.get("/api/ledger/entries?start=-1"), "start");
        assertField(api.get("/api/ledger/entries?start=5&end=2"), "end");
        assertField(api.get("/api/ledger/checkpoint?size=-1"), "size");
        assertThat(api.get("/api/ledger/checkpoint?size=" + (size + 1_000_000)).status()).isEqualTo(404);
    }

    @Test
    void recordsAreDisclosedWithTheirSaltsOnlyToThoseWhoMaySeeThem() {
        JsonNode created = mediator().post("/api/accounts", Map.of("username", "records-probe", "role", "monitor",
                "displayName", "Probe")).json();
        String accountId = created.get("account").get("id").asString();
        long size = mediator().post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();

        List<JsonNode> asMediator = records(mediator(), size);
        assertThat(asMediator).anyMatch(r -> r.get("subject").asString().equals(accountId)
                && r.get("action").asString().equals("account.created") && r.has("salt"));
        assertThat(asMediator).allMatch(r -> r.get("status").asString().equals("disclosed"));
        for (Api party : List.of(ua(), api)) {
            List<JsonNode> seen = records(party, size);
            assertThat(seen).isNotEmpty().allMatch(r -> r.get("status").asString().equals("disclosed"))
                    .noneMatch(r -> r.get("action").asString().startsWith("account.")
                            || r.get("action").asString().startsWith("token."))
                    .anyMatch(r -> r.get("action").asString().equals("party.created"));
        }
        long accountSeq = asMediator.stream().filter(r -> r.get("subject").asString().equals(accountId))
                .findFirst().orElseThrow().get("seq").asLong();
        assertThat(ua().get("/api/ledger/records/" + accountSeq).status()).isEqualTo(404);
        JsonNode one = mediator().get("/api/ledger/records/" + accountSeq).json();
        assertThat(one.get("content").get("displayName").asString()).isEqualTo("Probe");
    }

    private List<JsonNode> records(Api caller, long size) {
        List<JsonNode> all = new ArrayList<>();
        for (long start = 0; start < size; start += 1000) {
            caller.get("/api/ledger/records?start=" + start + "&end=" + Math.min(size, start + 1000)).json()
                    .forEach(all::add);
        }
        return all;
    }

    private List<byte[]> leafHashes(long start, long end) {
        List<byte[]> hashes = new ArrayList<>();
        api.get("/api/ledger/entries?start=" + start + "&end=" + end).json().forEach(e ->
                hashes.add(MerkleHashes.leafHash(e.get("body").asString().getBytes(StandardCharsets.UTF_8))));
        return hashes;
    }

    private static List<byte[]> hashes(JsonNode proof) {
        List<byte[]> hashes = new ArrayList<>();
        proof.get("hashes").forEach(h -> hashes.add(Base64.getDecoder().decode(h.asString())));
        return hashes;
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }
}
