package org.truce.ledger;

import java.util.Objects;

/**
 * Where a C2SP tlog-tiles resource lives: {@code tile/<L>/<N>[.p/<W>]} for a hash tile,
 * {@code tile/entries/<N>[.p/<W>]} for an entry bundle.
 *
 * <p>{@code <N>} is written as zero-padded groups of three digits, every group but the last
 * prefixed with {@code x} (1234067 is {@code x001/x234/067}), so that a directory never holds
 * more than a thousand files and no name is both a file and a directory. A width of
 * {@value TlogTiles#TILE_WIDTH} is a full tile and has no {@code .p/<W>} suffix.
 */
public sealed interface TileAddress permits TileAddress.HashTile, TileAddress.EntryBundle {

    /** The tile's position within its level. */
    long index();

    /** Number of hashes or entries: 256 for a full tile, 1 to 255 for a partial one. */
    int width();

    /** The path below the log's URL prefix, without a leading slash. */
    String path();

    default boolean isPartial() {
        return width() < TlogTiles.TILE_WIDTH;
    }

    /** A tile of Merkle tree hashes: level {@code L} holds the tree's nodes at height 8·L. */
    record HashTile(int level, long index, int width) implements TileAddress {
        public HashTile {
            if (level < 0 || level > 63) {
                throw new IllegalArgumentException("tile level must be 0 to 63: " + level);
            }
            checkIndexAndWidth(index, width);
        }

        @Override
        public String path() {
            return "tile/" + level + "/" + encodeIndex(index) + widthSuffix(width);
        }
    }

    /** A bundle of log entries, the data behind the level-0 tile with the same index. */
    record EntryBundle(long index, int width) implements TileAddress {
        public EntryBundle {
            checkIndexAndWidth(index, width);
        }

        @Override
        public String path() {
            return "tile/entries/" + encodeIndex(index) + widthSuffix(width);
        }
    }

    /** {@code <N>} in its three-digit groups: 1234067 → {@code x001/x234/067}, 5 → {@code 005}. */
    static String encodeIndex(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("tile index must not be negative: " + index);
        }
        String digits = Long.toString(index);
        int padded = (digits.length() + 2) / 3 * 3;
        digits = "0".repeat(padded - digits.length()) + digits;
        StringBuilder out = new StringBuilder(padded + padded / 3 * 2);
        for (int at = 0; at < padded; at += 3) {
            if (at > 0) {
                out.append('/');
            }
            if (at + 3 < padded) {
                out.append('x');
            }
            out.append(digits, at, at + 3);
        }
        return out.toString();
    }

    /**
     * Reads a tile or entry-bundle path. Only the canonical spelling is accepted (no extra
     * leading zero groups, no {@code .p/256}), so that each resource has exactly one name.
     *
     * @throws IllegalArgumentException if the path is not a tile path
     */
    static TileAddress parse(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("tile/")) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        String[] parts = path.substring("tile/".length()).split("/", -1);
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        int width = TlogTiles.TILE_WIDTH;
        int indexEnd = parts.length;
        String last = parts[parts.length - 2];
        if (parts.length >= 3 && last.endsWith(".p")) {
            width = parseSmallDecimal(parts[parts.length - 1], path);
            parts[parts.length - 2] = last.substring(0, last.length() - 2);
            indexEnd = parts.length - 1;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 1; i < indexEnd; i++) {
            String group = parts[i];
            boolean inner = i < indexEnd - 1;
            String expectedDigits = inner && group.startsWith("x") ? group.substring(1) : group;
            if ((inner && !group.startsWith("x")) || expectedDigits.length() != 3
                    || !expectedDigits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                throw new IllegalArgumentException("malformed tile index in " + path);
            }
            digits.append(expectedDigits);
        }
        long index;
        try {
            index = Long.parseLong(digits.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tile index out of range in " + path, e);
        }
        TileAddress address = parts[0].equals("entries")
                ? new EntryBundle(index, width)
                : new HashTile(parseSmallDecimal(parts[0], path), index, width);
        if (!address.path().equals(path)) {
            throw new IllegalArgumentException("not the canonical spelling of " + address.path() + ": " + path);
        }
        return address;
    }

    private static int parseSmallDecimal(String text, String path) {
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new IllegalArgumentException("malformed number in tile path " + path);
        }
        return Integer.parseInt(text);
    }

    private static String widthSuffix(int width) {
        return width == TlogTiles.TILE_WIDTH ? "" : ".p/" + width;
    }

    private static void checkIndexAndWidth(long index, int width) {
        if (index < 0) {
            throw new IllegalArgumentException("tile index must not be negative: " + index);
        }
        if (width < 1 || width > TlogTiles.TILE_WIDTH) {
            throw new IllegalArgumentException("tile width must be 1 to 256: " + width);
        }
    }
}
