package org.carebudget.money.ledger;

/**
 * Open-addressing index from transfer id to journal row, with linear probing and no boxing. It stores only
 * {@code row + 1} per slot (0 is empty) and compares ids through the journal's id column, so it costs four
 * bytes a slot. The load factor stays at most one half. Not thread-safe: owned by one {@link Ledger}.
 */
final class IdIndex {

    private int[] slots;
    private int shift;
    private int size;

    IdIndex(int expected) {
        int capacity = 16;
        while (capacity < expected * 2L && capacity < (1 << 30)) {
            capacity <<= 1;
        }
        slots = new int[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }

    private int home(long id) {
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> shift);
    }

    int find(long id, long[] ids) {
        int mask = slots.length - 1;
        int i = home(id);
        while (true) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if (ids[slot - 1] == id) {
                return slot - 1;
            }
            i = (i + 1) & mask;
        }
    }

    void insert(long id, int row, long[] ids) {
        if ((size + 1) * 2L > slots.length) {
            grow(ids);
        }
        place(id, row);
        size++;
    }

    private void place(long id, int row) {
        int mask = slots.length - 1;
        int i = home(id);
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = row + 1;
    }

    private void grow(long[] ids) {
        int[] old = slots;
        slots = new int[old.length * 2];
        shift--;
        for (int slot : old) {
            if (slot != 0) {
                place(ids[slot - 1], slot - 1);
            }
        }
    }

    void remove(long id, long[] ids) {
        int mask = slots.length - 1;
        int i = home(id);
        while (slots[i] == 0 || ids[slots[i] - 1] != id) {
            if (slots[i] == 0) {
                return;
            }
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
            int k = home(ids[slots[j] - 1]);
            boolean stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
            if (!stays) {
                slots[i] = slots[j];
                slots[j] = 0;
                i = j;
            }
        }
    }
}
