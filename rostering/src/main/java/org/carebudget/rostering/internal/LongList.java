package org.carebudget.rostering.internal;

import java.util.Arrays;

/** A growable list of longs without boxing. Not thread-safe. */
public final class LongList {

    private long[] values = new long[16];
    private int size;

    /** Creates an empty list. */
    public LongList() {
    }

    /**
     * Appends a value.
     *
     * @param value the value
     */
    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 4);
        }
        values[size++] = value;
    }

    /**
     * Returns a value.
     *
     * @param index 0 to size - 1
     * @return the value
     */
    public long get(int index) {
        return values[index];
    }

    /**
     * Returns how many values there are.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * Drops values from {@code newSize} on.
     *
     * @param newSize the new size, 0 to size
     */
    public void truncate(int newSize) {
        size = newSize;
    }

    /**
     * Returns a copy of the values.
     *
     * @return an array of length size
     */
    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
