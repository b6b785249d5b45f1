package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.truce.access.Accounts;
import org.truce.access.NewAccount;
import org.truce.shared.Viewer;
import org.truce.testing.IntegrationTest;

/** The log in the C2SP tlog-tiles layout, checked against the entries and hashes served by the API. */
class TlogTilesApiTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    @Test
    void tilesAndEntryBundlesAreTheTreeAndTheEntries() throws Exception {
        ensureAtLeast(300);
        long size = mediator().post("/api/ledger/checkpoint", Map.of()).json().get("size").asLong();
        List<byte[]> bodies = new ArrayList<>();
        api.get("/api/ledger/entries?start=0&end=" + size).json()
                .forEach(e -> bodies.add(e.get("body").asString().getBytes(StandardCharsets.UTF_8)));
        List<byte[]> leaves = bodies.stream().map(MerkleHashes::leafHash).toList();

        HttpResponse<byte[]> full = bytes("/tlog/tile/0/000");
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Cache-Control").orElse("")).contains("immutable").contains("max-age=31536000");
        assertThat(full.body()).isEqualTo(concat(leaves.subList(0, 256)));

        HttpResponse<byte[]> bundle = bytes("/tlog/tile/entries/000");
        assertThat(TlogTiles.parseEntryBundle(bundle.body())).containsExactlyElementsOf(bodies.subList(0, 256));

        HttpResponse<byte[]> level1 = bytes("/tlog/tile/1/000.p/1");
        assertThat(level1.body()).isEqualTo(MerkleHashes.rootOf(leaves.subList(0, 256)));

        // the last tile of level 0: partial unless the log happens to fill it
        long lastTile = (size - 1) / 256;
        int width = (int) (size - lastTile * 256);
        String suffix = width == 256 ? "" : ".p/" + width;
        int from = (int) (lastTile * 256);
        HttpResponse<byte[]> last = bytes("/tlog/tile/0/" + TileAddress.encodeIndex(lastTile) + suffix);
        assertThat(last.statusCode()).isEqualTo(200);
        if (width < 256) {
            assertThat(last.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
        }
        assertThat(last.body()).isEqualTo(concat(leaves.subList(from, from + width)));
        assertThat(TlogTiles.parseEntryBundle(bytes("/tlog/tile/entries/" + TileAddress.encodeIndex(lastTile) + suffix).body()))
                .containsExactlyElementsOf(bodies.subList(from, from + width));

        assertThat(bytes("/tlog/tile/0/" + TileAddress.encodeIndex(lastTile + 1)).statusCode()).as("a tile beyond the log").isEqualTo(404);
        assertThat(bytes("/tlog/tile/0/0").statusCode()).as("a non-canonical path").isEqualTo(404);
        String tlogCheckpoint = api.get("/tlog/checkpoint").body();
        long tlogSize = Checkpoint.parse(SignedNote.parse(tlogCheckpoint).text()).size();
        assertThat(tlogCheckpoint).isEqualTo(api.get("/api/ledger/checkpoint?size=" + tlogSize).body());
    }

    /** Token entries are cheap and confidential, so they do not disturb what other tests see. */
    private void ensureAtLeast(long entries) {
        Viewer system = Viewer.system("test");
        String accountId = accounts.create(system, new NewAccount("tile-filler", "monitor", null, null, null))
                .account().id();
        for (int i = 0; i < entries; i++) {
            accounts.issueToken(system, accountId, "tile " + i);
        }
    }

    private HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(api.request(path).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] concat(List<byte[]> hashes) {
        byte[] out = new byte[hashes.size() * 32];
        for (int i = 0; i < hashes.size(); i++) {
            System.arraycopy(hashes.get(i), 0, out, i * 32, 32);
        }
        return out;
    }
}
