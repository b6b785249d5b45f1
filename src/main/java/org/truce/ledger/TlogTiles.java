package org.truce.ledger;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The C2SP tlog-tiles layout of this log: which tiles exist at a tree size, and their bytes.
 *
 * <p>Tiles let clients fetch the tree as static, cacheable files and compute any proof
 * themselves, instead of asking the server for each proof. A tile at level L is 256 consecutive
 * hashes of perfect subtrees of 256^L leaves (tree height 8·L), so every tile is read straight
 * from {@link MerkleTree#fullNode}. Hashes in a tile never change once written, so a partial tile
 * of width W is a prefix of every later, wider version of the same tile.
 */
public final class TlogTiles {

    /** Hashes (or entries) in a full tile. */
    public static final int TILE_WIDTH = 256;

    /** Tree levels spanned by one tile level: 256 = 2^8. */
    public static final int TILE_HEIGHT = 8;

    /** Largest entry an entry bundle can carry behind its 2-byte length. */
    public static final int MAX_ENTRY_LENGTH = 0xFFFF;

    private TlogTiles() {
    }

    public static String tilePath(int level, long index, int width) {
        return new TileAddress.HashTile(level, index, width).path();
    }

    public static String entriesPath(long index, int width) {
        return new TileAddress.EntryBundle(index, width).path();
    }

    /** Reads a tile or entry-bundle path; see {@link TileAddress#parse}. */
    public static TileAddress parsePath(String path) {
        return TileAddress.parse(path);
    }

    /**
     * How many hashes tile {@code index} at {@code level} holds in a tree of {@code treeSize}
     * leaves: 256 when full, 1 to 255 when partial, 0 when it does not exist. The same number
     * is the width of the matching entry bundle at level 0.
     */
    public static int tileWidth(int level, long index, long treeSize) {
        if (level < 0 || level > 63 || index < 0 || treeSize < 0) {
            throw new IllegalArgumentException("no tile at level " + level + " index " + index + " for size " + treeSize);
        }
        int height = level * TILE_HEIGHT;
        if (height > 62 || index > (Long.MAX_VALUE >>> TILE_HEIGHT)) {
            return 0;
        }
        long nodes = treeSize >>> height;          // complete nodes at that height
        long before = index * TILE_WIDTH;
        if (nodes <= before) {
            return 0;
        }
        return (int) Math.min(TILE_WIDTH, nodes - before);
    }

    /**
     * The bytes of a hash tile: {@code width} 32-byte hashes, the nodes at height 8·level with
     * indices {@code index·256} to {@code index·256 + width − 1}, all of which must be complete
     * in the tree.
     */
    public static byte[] hashTile(MerkleTree tree, int level, long index, int width) {
        Objects.requireNonNull(tree, "tree");
        new TileAddress.HashTile(level, index, width); // validates the arguments
        long treeSize = tree.size();
        if (tileWidth(level, index, treeSize) < width) {
            throw new IllegalArgumentException("tile " + tilePath(level, index, width) + " is not complete at size " + treeSize);
        }
        int height = level * TILE_HEIGHT;
        byte[] tile = new byte[width * MerkleHashes.HASH_LENGTH];
        for (int i = 0; i < width; i++) {
            byte[] hash = tree.fullNode(height, index * TILE_WIDTH + i);
            System.arraycopy(hash, 0, tile, i * MerkleHashes.HASH_LENGTH, MerkleHashes.HASH_LENGTH);
        }
        return tile;
    }

    public static byte[] hashTile(MerkleTree tree, TileAddress.HashTile tile) {
        return hashTile(tree, tile.level(), tile.index(), tile.width());
    }

    /** An entry bundle: each entry as a big-endian 2-byte length followed by its bytes. */
    public static byte[] entryBundle(List<byte[]> entries) {
        Objects.requireNonNull(entries, "entries");
        if (entries.isEmpty() || entries.size() > TILE_WIDTH) {
            throw new IllegalArgumentException("an entry bundle holds 1 to 256 entries, not " + entries.size());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] entry : entries) {
            if (entry.length > MAX_ENTRY_LENGTH) {
                throw new IllegalArgumentException("entry of " + entry.length + " bytes does not fit a 2-byte length");
            }
            out.write(entry.length >>> 8);
            out.write(entry.length & 0xFF);
            out.write(entry, 0, entry.length);
        }
        return out.toByteArray();
    }

    /**
     * The entries of an entry bundle.
     *
     * @throws IllegalArgumentException if a length runs past the end of the bundle
     */
    public static List<byte[]> parseEntryBundle(byte[] bundle) {
        Objects.requireNonNull(bundle, "bundle");
        List<byte[]> entries = new ArrayList<>();
        int at = 0;
        while (at < bundle.length) {
            if (at + 2 > bundle.length) {
                throw new IllegalArgumentException("entry bundle ends inside a length prefix");
            }
            int length = ((bundle[at] & 0xFF) << 8) | (bundle[at + 1] & 0xFF);
            at += 2;
            if (at + length > bundle.length) {
                throw new IllegalArgumentException("entry bundle ends inside an entry");
            }
            entries.add(java.util.Arrays.copyOfRange(bundle, at, at + length));
            at += length;
        }
        return entries;
    }
}
