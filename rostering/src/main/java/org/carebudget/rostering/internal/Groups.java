package org.carebudget.rostering.internal;

import java.util.Arrays;

/**
 * Items grouped by a small integer key, each group sorted by a start minute: a compressed index ({@code start[g]}
 * to {@code start[g + 1]} in {@code items}) built by a counting sort, then a sort of each group by start. Immutable
 * after construction; thread-safe.
 */
public final class Groups {

    private final int[] start;
    private final int[] items;

    private Groups(int[] start, int[] items) {
        this.start = start;
        this.items = items;
    }

    /**
     * Builds the groups.
     *
     * @param groupCount how many groups there are
     * @param group the group of each entry (an entry may be skipped with -1)
     * @param item the item each entry stands for
     * @param entries how many entries
     * @param minute the start minute of each item, by item
     * @param tie the value that orders items starting on the same minute (an id), by item; null for input order
     * @return the groups
     */
    public static Groups of(int groupCount, IntList group, IntList item, int entries, IntList minute, long[] tie) {
        int[] start = new int[groupCount + 1];
        for (int e = 0; e < entries; e++) {
            int g = group.get(e);
            if (g >= 0) {
                start[g + 1]++;
            }
        }
        for (int g = 0; g < groupCount; g++) {
            start[g + 1] += start[g];
        }
        int[] fill = Arrays.copyOf(start, groupCount);
        int[] items = new int[start[groupCount]];
        for (int e = 0; e < entries; e++) {
            int g = group.get(e);
            if (g >= 0) {
                items[fill[g]++] = item.get(e);
            }
        }
        long[] keys = new long[16];
        for (int g = 0; g < groupCount; g++) {
            int from = start[g];
            int to = start[g + 1];
            if (to - from < 2) {
                continue;
            }
            if (keys.length < to - from) {
                keys = new long[to - from];
            }
            boolean ordered = true;
            for (int k = from; k < to; k++) {
                int it = items[k];
                keys[k - from] = ((long) (minute.get(it) - Minutes.FIRST) << 31) | it;
                if (k > from && keys[k - from] < keys[k - from - 1]) {
                    ordered = false;
                }
            }
            if (!ordered) {
                Arrays.sort(keys, 0, to - from);
                for (int k = from; k < to; k++) {
                    items[k] = (int) (keys[k - from] & 0x7FFF_FFFFL);
                }
            }
            if (tie != null) {
                for (int k = from + 1; k < to; k++) {
                    int it = items[k];
                    int j = k - 1;
                    while (j >= from && minute.get(items[j]) == minute.get(it) && tie[items[j]] > tie[it]) {
                        items[j + 1] = items[j];
                        j--;
                    }
                    items[j + 1] = it;
                }
            }
        }
        return new Groups(start, items);
    }

    /**
     * Returns how many items a group has.
     *
     * @param g the group
     * @return the count
     */
    public int count(int g) {
        return start[g + 1] - start[g];
    }

    /**
     * Returns the k-th item of a group, by start.
     *
     * @param g the group
     * @param k 0 to count - 1
     * @return the item
     */
    public int item(int g, int k) {
        return items[start[g] + k];
    }

    /**
     * Returns where a group's items begin in {@link #items()}.
     *
     * @param g the group
     * @return the offset
     */
    public int from(int g) {
        return start[g];
    }

    /**
     * Returns every item, group after group.
     *
     * @return the backing array (do not modify)
     */
    public int[] items() {
        return items;
    }
}
