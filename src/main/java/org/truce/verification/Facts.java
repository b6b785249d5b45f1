package org.truce.verification;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A step's facts in the order they were put, as a LinkedHashMap keeps them, in two arrays: a
 * handful of entries each, but a million determinations make five or six of these apiece, and a
 * LinkedHashMap's table and entry per fact were a quarter of their time. Equal to (and hashed
 * like) any map with the same entries. Keys are not null.
 */
final class Facts extends AbstractMap<String, Object> {

    private String[] keys;
    private Object[] values;
    private int size;

    Facts() {
        this(8);
    }

    Facts(int expected) {
        keys = new String[expected];
        values = new Object[expected];
    }

    @Override
    public Object put(String key, Object value) {
        int i = indexOf(key);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return old;
        }
        add(key, value);
        return null;
    }

    /**
     * Appends a fact whose key is not among these facts yet, without looking for it: a step puts
     * each of its facts once.
     */
    Facts add(String key, Object value) {
        assert indexOf(key) < 0 : "a fact put twice: " + key;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, Math.max(4, size * 2));
            values = Arrays.copyOf(values, keys.length);
        }
        keys[size] = key;
        values[size++] = value;
        return this;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
