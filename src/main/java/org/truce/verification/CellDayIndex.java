package org.truce.verification;

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
