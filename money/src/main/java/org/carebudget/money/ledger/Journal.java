package org.carebudget.money.ledger;

import java.util.Arrays;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's journal as primitive columns, one row per event, with the id index: append, grow, truncate (the
 * rollback of a linked batch) and the row fields. Rows are account openings ({@link #OPEN}, whose details live in
 * the {@link AccountTable}) and transfers. A numeric transfer id has a high part of zero, so the {@link #highs}
 * column is created only when the first UUID id arrives, and {@link #userData} only when the first non-zero user
 * data does: a ledger that uses neither pays nothing for them. Not thread-safe: owned by one {@link Ledger}.
 */
final class Journal {

    static final byte OPEN = 0;
    static final byte TRANSFER = 1;
    static final byte PENDING = 2;
    static final byte POST = 3;
    static final byte VOID = 4;
    static final byte EXPIRE = 5;
    static final byte REVERSAL = 6;
    static final TransferKind[] KINDS = {null, TransferKind.TRANSFER, TransferKind.PENDING, TransferKind.POST,
        TransferKind.VOID, TransferKind.EXPIRE, TransferKind.REVERSAL};

    /** States of a pending transfer (open, posted, voided, expired) or a posted one (live, reversed). */
    static final byte LIVE = 0;
    static final byte POSTED = 1;
    static final byte VOIDED = 2;
    static final byte EXPIRED = 3;
    static final byte REVERSED = 4;
    static final String[] STATES = {"open", "posted", "voided", "expired", "reversed"};

    /** The {@link #refs} value of a pending transfer that never expires. */
    static final int NO_EXPIRY = Integer.MAX_VALUE;

    long[] lows;
    long @Nullable [] highs;
    long[] amounts;
    int[] debits;
    int[] credits;
    int[] days;
    /** Expiry day for PENDING; the referenced row for POST, VOID, EXPIRE and REVERSAL; the account for OPEN. */
    int[] refs;
    char[] codes;
    /** The kind in bits 0-2, the state in bits 3-5. */
    byte[] flags;
    long @Nullable [] userData;
    int rows;
    final IdIndex index;

    Journal(int capacity, int expectedTransfers) {
        lows = new long[capacity];
        amounts = new long[capacity];
        debits = new int[capacity];
        credits = new int[capacity];
        days = new int[capacity];
        refs = new int[capacity];
        codes = new char[capacity];
        flags = new byte[capacity];
        index = new IdIndex(expectedTransfers);
    }

    byte kind(int row) {
        return (byte) (flags[row] & 7);
    }

    byte state(int row) {
        return (byte) (flags[row] >>> 3);
    }

    void setState(int row, byte state) {
        flags[row] = (byte) ((flags[row] & 7) | (state << 3));
    }

    long high(int row) {
        return highs == null ? 0 : highs[row];
    }

    long userData(int row) {
        return userData == null ? 0 : userData[row];
    }

    int find(long high, long low) {
        return index.find(high, low, lows, highs);
    }

    /** Appends a row (not yet indexed) and returns it. */
    int append(long high, long low, byte kind, int debit, int credit, long pence, int day, int code, int ref,
            long data) {
        if (rows == lows.length) {
            if (rows >= IdIndex.MAX_ROWS) {
                throw new LedgerException("journal size", "at most " + IdIndex.MAX_ROWS + " events per ledger", rows);
            }
            grow();
        }
        if (high != 0 && highs == null) {
            highs = new long[lows.length];
        }
        if (data != 0 && userData == null) {
            userData = new long[lows.length];
        }
        int row = rows;
        lows[row] = low;
        if (highs != null) {
            highs[row] = high;
        }
        flags[row] = kind;
        debits[row] = debit;
        credits[row] = credit;
        amounts[row] = pence;
        days[row] = day;
        codes[row] = (char) code;
        refs[row] = ref;
        if (userData != null) {
            userData[row] = data;
        }
        rows = row + 1;
        return row;
    }

    void index(int row) {
        index.insert(high(row), lows[row], row, lows, highs);
    }

    /** Removes the last row (its index entry too); the caller has undone its effect on the accounts. */
    void removeLast() {
        int row = rows - 1;
        byte kind = kind(row);
        if (kind != OPEN && kind != EXPIRE) {
            index.remove(high(row), lows[row], lows, highs);
        }
        rows = row;
    }

    private void grow() {
        int capacity = (int) Math.min(IdIndex.MAX_ROWS, lows.length + (lows.length >> 1));
        lows = Arrays.copyOf(lows, capacity);
        if (highs != null) {
            highs = Arrays.copyOf(highs, capacity);
        }
        amounts = Arrays.copyOf(amounts, capacity);
        debits = Arrays.copyOf(debits, capacity);
        credits = Arrays.copyOf(credits, capacity);
        days = Arrays.copyOf(days, capacity);
        refs = Arrays.copyOf(refs, capacity);
        codes = Arrays.copyOf(codes, capacity);
        flags = Arrays.copyOf(flags, capacity);
        if (userData != null) {
            userData = Arrays.copyOf(userData, capacity);
        }
    }
}
