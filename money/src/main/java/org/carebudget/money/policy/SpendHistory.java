package org.carebudget.money.policy;

import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;

/**
 * What a spend rule may know of a budget's past spending: posted payments only (held spends do not count until
 * posted, reversed payments are netted out). A budget ledger implements it; implementations state their own thread
 * safety.
 */
public interface SpendHistory {

    /**
     * Returns how many payments to a payee were posted and not reversed.
     *
     * @param payee the payee, not null
     * @return the count, 0 or more
     */
    long paymentsTo(PayeeId payee);

    /**
     * Returns the total of the payments counted by {@link #paymentsTo}.
     *
     * @param payee the payee, not null
     * @return the total, zero or more, not null
     */
    Gbp paidTo(PayeeId payee);

    /**
     * Returns the net amount spent on a category, or on everything, over a period.
     *
     * @param category the category; null for every category
     * @param period the dates, not null
     * @return the amount spent, not null
     */
    Gbp spent(SpendCategory category, DateRange period);
}
