package org.carebudget.money.policy;

import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.jspecify.annotations.Nullable;

/**
 * What a spend rule may know of a budget's past spending. Payments count once posted, reversed payments are netted
 * out; spends held for the funder's review count only in {@link #committed}, so that a limit cannot be passed by
 * spends approved while an earlier one waits. A budget ledger implements it; implementations state their own thread
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
    Gbp spent(@Nullable SpendCategory category, DateRange period);

    /**
     * Returns what {@link #spent} counts plus the spends over the period held for the funder's review and not yet
     * posted, voided or expired.
     *
     * @param category the category; null for every category
     * @param period the dates, not null
     * @return the amount spent or reserved, not null
     */
    Gbp committed(@Nullable SpendCategory category, DateRange period);
}
