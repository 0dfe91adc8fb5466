package org.carebudget.money.reconcile;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Sorts the matcher's lines and units by settlement, amount and date with one primitive sort of packed keys instead
 * of an object sort: each amount is replaced by its rank among the distinct amounts, and settlement (1 bit), rank
 * (22 bits), day offset (17 bits: the supported dates span 110,000 days) and position (22 bits) fit one {@code long}.
 * Runs equal in settlement, amount and date are then put in the full order by the comparator, so the result is
 * exactly that of sorting with the comparator. Arrays of 4,194,304 items or more are sorted with the comparator.
 * Stateless and thread-safe.
 */
final class KeySort {

    private static final int POSITION_BITS = 22;
    private static final int DAY_BITS = 17;
    private static final int LIMIT = 1 << POSITION_BITS;

    /** The sort keys of one item. */
    interface Keys<T> {
        /** The settlement ordinal, 0 or 1. */
        int set(T item);

        /** The amount in pence. */
        long pence(T item);

        /** The epoch day. */
        int day(T item);
    }

    private KeySort() {
    }

    static <T> void sort(T[] items, Keys<T> keys, Comparator<T> order) {
        int n = items.length;
        if (n >= LIMIT || n < 64) {
            Arrays.sort(items, order);
            return;
        }
        long[] amounts = new long[n];
        int minDay = Integer.MAX_VALUE;
        int maxDay = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            amounts[i] = keys.pence(items[i]);
            int day = keys.day(items[i]);
            minDay = Math.min(minDay, day);
            maxDay = Math.max(maxDay, day);
        }
        if ((long) maxDay - minDay >= 1L << DAY_BITS) {
            Arrays.sort(items, order);
            return;
        }
        long[] distinct = amounts.clone();
        Arrays.sort(distinct);
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[size++] = distinct[i];
            }
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            long rank = Arrays.binarySearch(distinct, 0, size, amounts[i]);
            packed[i] = ((long) keys.set(items[i]) << (2 * POSITION_BITS + DAY_BITS))
                    | (rank << (POSITION_BITS + DAY_BITS))
                    | ((long) (keys.day(items[i]) - minDay) << POSITION_BITS) | i;
        }
        Arrays.sort(packed);
        T[] copy = items.clone();
        long mask = (1L << POSITION_BITS) - 1;
        for (int i = 0; i < n; i++) {
            items[i] = copy[(int) (packed[i] & mask)];
        }
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || (packed[i] >>> POSITION_BITS) != (packed[from] >>> POSITION_BITS)) {
                if (i - from > 1) {
                    Arrays.sort(items, from, i, order);
                }
                from = i;
            }
        }
    }
}
