package org.carebudget.money.ledger;

import org.jspecify.annotations.Nullable;

/**
 * Open-addressing index from transfer id to journal row, with linear probing and no boxing. Each slot is an
 * {@code int}: the low 27 bits hold {@code row + 1} (0 is empty), the high 5 bits a fingerprint of the id's hash,
 * so a probe reads the journal's id column only when the fingerprints match. It costs four bytes a slot; the load
 * factor stays at most one half.
 *
 * <p>Ids are placed in blocks of 16: ids that differ only in their low four bits share a scrambled home block of 16
 * slots (one cache line), in id order. Callers usually number transfers in sequence, so sixteen postings touch one
 * line of the index rather than sixteen random ones, while ids from any other pattern are still spread by the
 * block hash. A UUID id's high part is folded into the key it is placed by, and compared on a match; numeric ids
 * (high part zero) cost nothing for it. Not thread-safe: owned by one {@link Ledger}'s {@link Journal}.
 */
final class IdIndex {

    /** The most rows the index can address. */
    static final int MAX_ROWS = (1 << 27) - 2;

    private static final int ROW_MASK = (1 << 27) - 1;

    private int[] slots;
    private int shift;
    private int size;

    IdIndex(int expected) {
        int capacity = 32;
        while (capacity < expected * 2L && capacity < (1 << 30)) {
            capacity <<= 1;
        }
        slots = new int[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    private static long mix(long id) {
        return id * 0x9E3779B97F4A7C15L;
    }

    /** The key an id is placed by: its low part, with the high part (zero for numeric ids) folded in. */
    private static long key(long high, long low) {
        return high == 0 ? low : low ^ (high * 0xC2B2AE3D27D4EB4FL);
    }

    /** The home slot: a scrambled block of 16 slots chosen by the id's high bits, and the id's low 4 bits in it. */
    private int home(long id) {
        return (int) (mix(id >>> 4) >>> (shift + 4)) << 4 | (int) (id & 15);
    }

    private static int tag(long hash) {
        return (int) (hash >>> 59) << 27;
    }

    /** Returns the row of the id, or -1; {@code highs} is null while every id is numeric. */
    int find(long high, long low, long[] lows, long @Nullable [] highs) {
        long id = key(high, low);
        int tag = tag(mix(id));
        int mask = slots.length - 1;
        int i = home(id);
        while (true) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            int row = (slot & ROW_MASK) - 1;
            if ((slot & ~ROW_MASK) == tag && lows[row] == low && (highs == null ? high == 0 : highs[row] == high)) {
                return row;
            }
            i = (i + 1) & mask;
        }
    }

    void insert(long high, long low, int row, long[] lows, long @Nullable [] highs) {
        if ((size + 1) * 2L > slots.length) {
            grow(lows, highs);
        }
        place(key(high, low), row);
        size++;
    }

    private void place(long id, int row) {
        int mask = slots.length - 1;
        int i = home(id);
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = tag(mix(id)) | (row + 1);
    }

    private void grow(long[] lows, long @Nullable [] highs) {
        int[] old = slots;
        slots = new int[old.length * 2];
        shift--;
        for (int slot : old) {
            if (slot != 0) {
                int row = (slot & ROW_MASK) - 1;
                place(key(highs == null ? 0 : highs[row], lows[row]), row);
            }
        }
    }

    void remove(long high, long low, long[] lows, long @Nullable [] highs) {
        int row = find(high, low, lows, highs);
        if (row < 0) {
            return;
        }
        long id = key(high, low);
        int mask = slots.length - 1;
        int i = home(id);
        while ((slots[i] & ROW_MASK) != row + 1) {
            i = (i + 1) & mask;
        }
        slots[i] = 0;
        size--;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (slots[j] == 0) {
                return;
            }
            int other = (slots[j] & ROW_MASK) - 1;
            int k = home(key(highs == null ? 0 : highs[other], lows[other]));
            boolean stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
            if (!stays) {
                slots[i] = slots[j];
                slots[j] = 0;
                i = j;
            }
        }
    }
}
