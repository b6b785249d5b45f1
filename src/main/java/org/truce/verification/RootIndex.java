package org.truce.verification;

/**
 * Report roots to claim indexes, in two arrays (open addressing): a {@code HashMap<String, Integer>}
 * of a million roots is two million small objects that every rebuild makes and the collector then
 * copies. Roots are never removed (a correction takes its root's place).
 */
final class RootIndex {

    private String[] keys;
    private int[] values;
    private int size;

    RootIndex() {
        this(16);
    }

    /** Room for this many roots without growing. */
    RootIndex(int expected) {
        int slots = Integer.highestOneBit(Math.max(16, expected * 2) * 2 - 1);
        keys = new String[slots];
        values = new int[slots];
    }

    /** The root's claim index, or -1. */
    int get(String root) {
        int mask = keys.length - 1;
        for (int slot = spread(root.hashCode()) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot].equals(root)) {
                return values[slot];
            }
        }
        return -1;
    }

    void put(String root, int index) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = spread(root.hashCode()) & mask;
        while (keys[slot] != null) {
            if (keys[slot].equals(root)) {
                values[slot] = index;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = root;
        values[slot] = index;
        size++;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** String hashes of similar ids differ in their low bits only a little: spread them (as HashMap does, more). */
    private static int spread(int h) {
        return (int) Correlation.mix(h);
    }
}
