package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TlogTilesTest {

    @Test
    void encodesIndicesAsInTheSpec() {
        assertThat(TileAddress.encodeIndex(1_234_067)).isEqualTo("x001/x234/067");
        assertThat(TileAddress.encodeIndex(0)).isEqualTo("000");
        assertThat(TileAddress.encodeIndex(5)).isEqualTo("005");
        assertThat(TileAddress.encodeIndex(999)).isEqualTo("999");
        assertThat(TileAddress.encodeIndex(1000)).isEqualTo("x001/000");
        assertThat(TileAddress.encodeIndex(Long.MAX_VALUE)).isEqualTo("x009/x223/x372/x036/x854/x775/807");
    }

    @Test
    void writesTileAndEntryBundlePaths() {
        assertThat(TlogTiles.tilePath(0, 1_234_067, 256)).isEqualTo("tile/0/x001/x234/067");
        assertThat(TlogTiles.tilePath(2, 1_234_067, 5)).isEqualTo("tile/2/x001/x234/067.p/5");
        assertThat(TlogTiles.entriesPath(1_234_067, 256)).isEqualTo("tile/entries/x001/x234/067");
        assertThat(TlogTiles.entriesPath(0, 112)).isEqualTo("tile/entries/000.p/112");
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.tilePath(64, 0, 256));
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.tilePath(0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.tilePath(0, 0, 257));
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.entriesPath(-1, 256));
    }

    @Test
    void readsPathsBack() {
        assertThat(TlogTiles.parsePath("tile/0/x001/x234/067")).isEqualTo(new TileAddress.HashTile(0, 1_234_067, 256));
        assertThat(TlogTiles.parsePath("tile/63/x001/x234/067.p/5")).isEqualTo(new TileAddress.HashTile(63, 1_234_067, 5));
        assertThat(TlogTiles.parsePath("tile/entries/000.p/112")).isEqualTo(new TileAddress.EntryBundle(0, 112));
        assertThat(TlogTiles.parsePath("tile/entries/x009/x223/x372/x036/x854/x775/807"))
                .isEqualTo(new TileAddress.EntryBundle(Long.MAX_VALUE, 256));
        TileAddress partial = TlogTiles.parsePath("tile/1/x001/000.p/17");
        assertThat(partial.isPartial()).isTrue();
        assertThat(partial.path()).isEqualTo("tile/1/x001/000.p/17");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tile/0/1234067", "tile/0/x000/005", "tile/0/005.p/256", "tile/0/005.p/0", "tile/0/005.p/", "tile/0/005.p/05",
            "tile/00/005", "tile/64/005", "tile/-1/005", "tile/0/05", "tile/0/0005", "tile/0/x01/000", "tile/0/001/000",
            "tile/0/005/", "tile//005", "tile/0", "tile/entries", "tile/data/005", "tiles/0/005", "/tile/0/005",
            "tile/0/x009/x223/x372/x036/x854/x775/808", "tile/0/xabc/005", "tile/0/005.p/5/6", "tile/entries/005.p"})
    void refusesNonCanonicalOrInvalidPaths(String path) {
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.parsePath(path));
    }

    @Test
    void tileWidthsFollowTheSpecExamples() {
        // "a tree of size 70,000 will be represented by 273 full level 0 tiles, one partial level 0
        // tile of width 112, one full level 1 tile, one partial level 1 tile of width 17, and one
        // partial level 2 tile of width 1"
        for (int n = 0; n < 273; n++) {
            assertThat(TlogTiles.tileWidth(0, n, 70_000)).isEqualTo(256);
        }
        assertThat(TlogTiles.tileWidth(0, 273, 70_000)).isEqualTo(112);
        assertThat(TlogTiles.tileWidth(0, 274, 70_000)).isZero();
        assertThat(TlogTiles.tileWidth(1, 0, 70_000)).isEqualTo(256);
        assertThat(TlogTiles.tileWidth(1, 1, 70_000)).isEqualTo(17);
        assertThat(TlogTiles.tileWidth(1, 2, 70_000)).isZero();
        assertThat(TlogTiles.tileWidth(2, 0, 70_000)).isEqualTo(1);
        assertThat(TlogTiles.tileWidth(3, 0, 70_000)).isZero();
        // "a tree of size 256 will be represented by a full level 0 tile and a partial level 1 tile of width 1"
        assertThat(TlogTiles.tileWidth(0, 0, 256)).isEqualTo(256);
        assertThat(TlogTiles.tileWidth(0, 1, 256)).isZero();
        assertThat(TlogTiles.tileWidth(1, 0, 256)).isEqualTo(1);
        assertThat(TlogTiles.tileWidth(8, 0, Long.MAX_VALUE)).isZero();
        assertThat(TlogTiles.tileWidth(7, 0, Long.MAX_VALUE)).isEqualTo(127);
    }

    @Test
    void hashTilesHoldTheNodesAtEightTimesTheirLevel() {
        int size = 65_536 + 3 * 256 + 5;
        List<byte[]> leaves = MerkleTreeTest.leaves(size);
        MerkleTree tree = MerkleTree.fromLeafHashes(leaves);

        // level 0: leaf hashes
        byte[] tile0 = TlogTiles.hashTile(tree, 0, 1, 256);
        assertThat(tile0).hasSize(8192);
        for (int i = 0; i < 256; i++) {
            assertThat(slot(tile0, i)).isEqualTo(leaves.get(256 + i));
        }
        // a partial tile is a prefix of the same tile at a later size
        assertThat(TlogTiles.hashTile(tree, 0, 1, 100)).isEqualTo(Arrays.copyOf(tile0, 100 * 32));
        assertThat(TlogTiles.hashTile(tree, 0, 259, 5)).isEqualTo(concat(leaves.subList(259 * 256, 259 * 256 + 5)));

        // level 1: each hash is the root of 256 leaves
        byte[] tile1 = TlogTiles.hashTile(tree, 1, 0, 256);
        for (int i = 0; i < 256; i += 51) {
            assertThat(slot(tile1, i)).isEqualTo(MerkleHashes.rootOf(leaves.subList(i * 256, (i + 1) * 256)));
        }
        byte[] partial1 = TlogTiles.hashTile(tree, new TileAddress.HashTile(1, 1, 3));
        for (int i = 0; i < 3; i++) {
            int from = 65_536 + i * 256;
            assertThat(slot(partial1, i)).isEqualTo(MerkleHashes.rootOf(leaves.subList(from, from + 256)));
        }
        // level 2: the root of the first 65,536 leaves
        assertThat(TlogTiles.hashTile(tree, 2, 0, 1)).isEqualTo(MerkleHashes.rootOf(leaves.subList(0, 65_536)));

        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.hashTile(tree, 1, 1, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.hashTile(tree, 0, 259, 6));
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.hashTile(tree, 2, 0, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.hashTile(tree, 8, 0, 1));
    }

    @Test
    void entryBundlesAreLengthPrefixedEntriesWhoseHashesFormTheLevelZeroTile() {
        List<byte[]> entries = List.of(bytes("a"), new byte[0], bytes("bc"));
        byte[] bundle = TlogTiles.entryBundle(entries);
        assertThat(HexFormat.of().formatHex(bundle)).isEqualTo("0001610000" + "00026263");
        assertThat(TlogTiles.parseEntryBundle(bundle)).containsExactly(bytes("a"), new byte[0], bytes("bc"));

        MerkleTree tree = new MerkleTree();
        entries.forEach(e -> tree.append(MerkleHashes.leafHash(e)));
        byte[] tile = TlogTiles.hashTile(tree, 0, 0, 3);
        List<byte[]> parsed = TlogTiles.parseEntryBundle(bundle);
        for (int i = 0; i < parsed.size(); i++) {
            assertThat(MerkleHashes.leafHash(parsed.get(i))).isEqualTo(slot(tile, i));
        }

        byte[] largest = new byte[65_535];
        assertThat(TlogTiles.parseEntryBundle(TlogTiles.entryBundle(List.of(largest))).get(0)).hasSize(65_535);
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.entryBundle(List.of(new byte[65_536])));
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.entryBundle(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.parseEntryBundle(new byte[] {0, 5, 1, 2}));
        assertThatIllegalArgumentException().isThrownBy(() -> TlogTiles.parseEntryBundle(new byte[] {0, 1, 7, 0}));
    }

    private static byte[] slot(byte[] tile, int i) {
        return Arrays.copyOfRange(tile, i * 32, (i + 1) * 32);
    }

    private static byte[] concat(List<byte[]> hashes) {
        return NoteSyntax.concat(hashes.toArray(new byte[0][]));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
