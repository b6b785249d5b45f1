package org.truce.verification;

import java.util.Arrays;

/** A growable list of ints, for the correlation's indexes (a million claims without boxing). */
final class IntList {

    private int[] values;
    private int size;

    IntList() {
        this(2);
    }

    IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
