package org.carebudget.core.training;

import java.util.Arrays;

/** A growable column of ints, for compact record storage. Not thread-safe. */
final class IntColumn {

    private int[] values = new int[16];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    /** Returns a copy of the values. */
    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
