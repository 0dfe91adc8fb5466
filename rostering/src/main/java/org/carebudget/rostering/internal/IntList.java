package org.carebudget.rostering.internal;

import java.util.Arrays;

/** A growable list of ints without boxing. Not thread-safe. */
public final class IntList {

    private int[] values;
    private int size;

    /** Creates an empty list. */
    public IntList() {
        this(16);
    }

    /**
     * Creates an empty list with room for some values.
     *
     * @param capacity the initial capacity, 0 or more
     */
    public IntList(int capacity) {
        values = new int[Math.max(capacity, 4)];
    }

    /**
     * Appends a value.
     *
     * @param value the value
     */
    public void add(int value) {
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
    public int get(int index) {
        return values[index];
    }

    /**
     * Replaces a value.
     *
     * @param index 0 to size - 1
     * @param value the new value
     */
    public void set(int index, int value) {
        values[index] = value;
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
     * Drops values from {@code size} on.
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
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
