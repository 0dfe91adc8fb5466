package org.carebudget.rostering.internal;

import java.util.Arrays;

/**
 * An open-addressing hash map from long keys to int values, without boxing; {@link #get} answers -1 for a key not
 * present, so values must not be -1. Not thread-safe.
 */
public final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    /**
     * Creates a map with room for about {@code expected} keys before it grows.
     *
     * @param expected the expected number of keys, 0 or more
     */
    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
        mask = capacity - 1;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /**
     * Returns the value of a key.
     *
     * @param key the key, not {@link Long#MIN_VALUE}
     * @return the value, or -1 if absent
     */
    public int get(long key) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Returns the value of a key, or puts {@code value} for it when absent and returns that.
     *
     * @param key the key, not {@link Long#MIN_VALUE}
     * @param value the value to put when absent, not -1
     * @return the value now held
     */
    public int putIfAbsent(long key, int value) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return value;
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Returns how many keys there are.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * Removes every entry whose value is {@code limit} or more.
     *
     * @param limit the first value removed
     */
    public void retainBelow(int limit) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length];
        java.util.Arrays.fill(keys, EMPTY);
        values = new int[oldKeys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY && oldValues[i] < limit) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }
}
