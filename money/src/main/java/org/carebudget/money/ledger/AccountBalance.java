package org.carebudget.money.ledger;

import org.carebudget.core.money.Gbp;

/**
 * An account's four running totals in pence, after TigerBeetle. Immutable and thread-safe.
 *
 * @param debitsPending money reserved to leave the account by pending transfers, 0 or more
 * @param debitsPosted money that has left the account, 0 or more
 * @param creditsPending money reserved to arrive by pending transfers, 0 or more
 * @param creditsPosted money that has arrived, 0 or more
 */
public record AccountBalance(long debitsPending, long debitsPosted, long creditsPending, long creditsPosted) {

    /** No money in or out. */
    public static final AccountBalance ZERO = new AccountBalance(0, 0, 0, 0);

    /**
     * Returns the posted balance: credits posted minus debits posted (negative for an account money left from, such
     * as a funder's external account).
     *
     * @return the balance, not null
     */
    public Gbp posted() {
        return Gbp.ofPence(creditsPosted - debitsPosted);
    }

    /**
     * Returns what can still be spent: credits posted minus debits posted and pending.
     *
     * @return the available balance, not null
     */
    public Gbp available() {
        return Gbp.ofPence(creditsPosted - debitsPosted - debitsPending);
    }

    /**
     * Returns the net pending amount leaving the account: debits pending minus credits pending.
     *
     * @return the net pending amount, not null
     */
    public Gbp pending() {
        return Gbp.ofPence(debitsPending - creditsPending);
    }

    /**
     * Returns the sum of this balance and another, total by total.
     *
     * @param other the other balance, not null
     * @return the sum, not null
     */
    public AccountBalance plus(@org.jspecify.annotations.Nullable AccountBalance other) {
        org.carebudget.money.LedgerException.notNull(other, "other");
        return new AccountBalance(add(debitsPending, other.debitsPending), add(debitsPosted, other.debitsPosted),
                add(creditsPending, other.creditsPending), add(creditsPosted, other.creditsPosted));
    }

    private static long add(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw new org.carebudget.money.LedgerException("total", "a sum within a long", a + " + " + b);
        }
        return sum;
    }
}
