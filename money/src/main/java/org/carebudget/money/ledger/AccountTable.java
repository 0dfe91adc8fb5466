package org.carebudget.money.ledger;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.carebudget.money.LedgerException;

/**
 * The ledger's accounts: per account, {@link #STRIDE} longs (the four running totals, the mask of allowed debit
 * codes, and the packed settings), so one posting touches one or two cache lines; and, off the posting path, each
 * account's code, user data, name, allowed codes and opening row. The codes that ring-fenced accounts allow are
 * numbered in the order first seen (at most {@value Codes#MAX_ALLOWED} in a ledger) so that an account's allowed
 * codes are one {@code long} mask. Not thread-safe: owned by one {@link Ledger}.
 */
final class AccountTable {

    static final int DEBITS_PENDING = 0;
    static final int DEBITS_POSTED = 1;
    static final int CREDITS_PENDING = 2;
    static final int CREDITS_POSTED = 3;
    /** The mask of allowed debit codes, one bit per numbered code. */
    static final int ALLOWED = 4;
    /**
     * The settings: bit 0 ring-fenced, bit 1 holds other codes for review, bits 2-18 the day it opened, bits 19-35
     * the day of the latest money posted into it or released on it (0 before any), the earliest a ring-fenced debit
     * may be dated. Days since 1900-01-01 fit in 17 bits.
     */
    static final int META = 5;
    static final int STRIDE = 6;

    static final long RING_FENCED = 1;
    static final long REVIEWS_OTHERS = 2;
    private static final int OPENED_SHIFT = 2;
    private static final int LAST_IN_SHIFT = 19;
    private static final long DAY_BITS = (1L << 17) - 1;

    long[] slots;
    int[] codes;
    long[] userData;
    String[] names;
    int[] openRows;
    Set<Integer>[] allowedCodes;
    int count;

    private int[] numbered = new int[Codes.MAX_ALLOWED];
    private int numberedCount;
    private int lastCode = -1;
    private long lastBit;

    @SuppressWarnings("unchecked")
    AccountTable(int expected) {
        int capacity = Math.max(4, expected);
        slots = new long[capacity * STRIDE];
        codes = new int[capacity];
        userData = new long[capacity];
        names = new String[capacity];
        openRows = new int[capacity];
        allowedCodes = new Set[capacity];
    }

    /** Checks that the request's codes can be numbered, before anything changes. */
    void checkRoom(AccountRequest request) {
        int fresh = 0;
        for (int code : request.debitCodes()) {
            if (bit(code) == 0) {
                fresh++;
            }
        }
        if (numberedCount + fresh > Codes.MAX_ALLOWED) {
            throw new LedgerException("allowedDebitCodes", "at most " + Codes.MAX_ALLOWED + " distinct codes across "
                    + "the ring-fenced accounts of one ledger (" + numberedCount + " used)", request.debitCodes());
        }
    }

    int add(AccountRequest request, int day, int row) {
        int account = count;
        if (account == codes.length) {
            int capacity = codes.length * 2;
            slots = Arrays.copyOf(slots, capacity * STRIDE);
            codes = Arrays.copyOf(codes, capacity);
            userData = Arrays.copyOf(userData, capacity);
            names = Arrays.copyOf(names, capacity);
            openRows = Arrays.copyOf(openRows, capacity);
            allowedCodes = Arrays.copyOf(allowedCodes, capacity);
        }
        long mask = 0;
        for (int code : request.debitCodes()) {
            long bit = bit(code);
            if (bit == 0) {
                numbered[numberedCount] = code;
                bit = 1L << numberedCount++;
                lastCode = -1;
            }
            mask |= bit;
        }
        int at = account * STRIDE;
        Arrays.fill(slots, at, at + STRIDE, 0);
        slots[at + ALLOWED] = mask;
        slots[at + META] = ((long) day << OPENED_SHIFT) | (request.isRingFenced() ? RING_FENCED : 0)
                | (request.holdsOtherCodesForReview() ? REVIEWS_OTHERS : 0);
        codes[account] = request.code();
        userData[account] = request.userData();
        names[account] = request.name();
        openRows[account] = row;
        allowedCodes[account] = request.debitCodes();
        count++;
        return account;
    }

    /** Removes the last account (the rollback of its opening) and renumbers the allowed codes. */
    void removeLast() {
        count--;
        names[count] = null;
        allowedCodes[count] = null;
        numberedCount = 0;
        lastCode = -1;
        for (int account = 0; account < count; account++) {
            long mask = 0;
            for (int code : allowedCodes[account]) {
                long bit = bit(code);
                if (bit == 0) {
                    numbered[numberedCount] = code;
                    bit = 1L << numberedCount++;
                    lastCode = -1;
                }
                mask |= bit;
            }
            slots[account * STRIDE + ALLOWED] = mask;
        }
    }

    /** Returns the bit of a numbered code, or 0 if no ring-fenced account allows it; the last answer is cached. */
    long bit(int code) {
        if (code == lastCode) {
            return lastBit;
        }
        long bit = 0;
        for (int i = 0; i < numberedCount; i++) {
            if (numbered[i] == code) {
                bit = 1L << i;
                break;
            }
        }
        lastCode = code;
        lastBit = bit;
        return bit;
    }

    boolean allows(int account, int code) {
        return (slots[account * STRIDE + ALLOWED] & bit(code)) != 0;
    }

    int openedDay(int account) {
        return (int) ((slots[account * STRIDE + META] >>> OPENED_SHIFT) & DAY_BITS);
    }

    static int lastIn(long meta) {
        return (int) ((meta >>> LAST_IN_SHIFT) & DAY_BITS);
    }

    void setLastIn(int account, int day) {
        int at = account * STRIDE + META;
        slots[at] = (slots[at] & ~(DAY_BITS << LAST_IN_SHIFT)) | ((long) day << LAST_IN_SHIFT);
    }

    /** Records that money was posted into an account, or released on it, on a day. */
    void moneyIn(int account, int day) {
        if (day > lastIn(slots[account * STRIDE + META])) {
            setLastIn(account, day);
        }
    }

    Set<Integer> numberedCodes() {
        Set<Integer> all = new LinkedHashSet<>();
        for (int i = 0; i < numberedCount; i++) {
            all.add(numbered[i]);
        }
        return all;
    }
}
