package org.truce.verification;

import org.locationtech.jts.geom.Envelope;
import org.truce.geo.Geodesy;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A multimap from packed (cell, day) keys to claim indexes, in primitive arrays: an open-addressing
 * table of keys to the head of a chain of entries. A {@code HashMap<Long, List>} of a million claims
 * spends most of its time boxing and missing the cache.
 */
final class CellDayIndex {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1 << 10];
    private int[] heads = new int[1 << 10];
    private int used;
    private int[] values = new int[1 << 10];
    private int[] next = new int[1 << 10];
    private int entries;

    CellDayIndex() {
        Arrays.fill(keys, EMPTY);
    }

    /** Room for this many entries (and as many keys) without growing. */
    CellDayIndex(int expectedEntries) {
        int slots = Integer.highestOneBit(Math.max(1 << 10, expectedEntries) * 2 - 1);
        keys = new long[slots];
        heads = new int[slots];
        values = new int[Math.max(1 << 10, expectedEntries)];
        next = new int[values.length];
        Arrays.fill(keys, EMPTY);
    }

    /** Replaces every value {@code v} by {@code renamed[v]}. */
    void renameValues(int[] renamed) {
        for (int e = 0; e < entries; e++) {
            values[e] = renamed[values[e]];
        }
    }

    void add(long key, int value) {
        if (entries == values.length) {
            values = Arrays.copyOf(values, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            if ((used + 1) * 2 > keys.length) {
                grow();
                slot = slot(key);
            }
            keys[slot] = key;
            heads[slot] = -1;
            used++;
        }
        values[entries] = value;
        next[entries] = heads[slot];
        heads[slot] = entries++;
    }

    /** The first entry under the key, or -1; then {@link #next} until -1, each entry's claim by {@link #value}. */
    int first(long key) {
        int slot = slot(key);
        return keys[slot] == EMPTY ? -1 : heads[slot];
    }

    int next(int entry) {
        return next[entry];
    }

    int value(int entry) {
        return values[entry];
    }

    /**
     * The cells and days a claim is filed under: its circle's box in cells of
     * {@link Correlation#CELL_DEGREES}, and its interval widened by its tolerance in days. Writes
     * {x0, x1, y0, y1, firstDay, lastDay} to {@code span}; {@link #key} packs one of them.
     */
    static void span(double latitude, double longitude, double radiusMetres, long earliest, long latest, long tolerance,
                     long[] span) {
        Envelope box = Geodesy.envelopeAround(latitude, longitude, radiusMetres);
        span[0] = cell(box.getMinX() + 180);
        span[1] = cell(box.getMaxX() + 180);
        span[2] = cell(box.getMinY() + 90);
        span[3] = cell(box.getMaxY() + 90);
        span[4] = Math.floorDiv(earliest - tolerance, DAY_MILLIS);
        span[5] = Math.floorDiv(latest + tolerance, DAY_MILLIS);
    }

    static long key(long x, long y, long day) {
        return ((x & 0xFFFFF) << 40) | ((y & 0xFFFFF) << 20) | (day & 0xFFFFF);
    }

    private static int cell(double degrees) {
        return (int) Math.floor(degrees / Correlation.CELL_DEGREES);
    }

    private static final long DAY_MILLIS = 86_400_000L;

    void forEach(long key, IntConsumer action) {
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            return;
        }
        for (int e = heads[slot]; e >= 0; e = next[e]) {
            action.accept(values[e]);
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) Correlation.mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
