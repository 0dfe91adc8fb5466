package org.carebudget.money.policy;

import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.jspecify.annotations.Nullable;

/**
 * Holds a spend that would take the period's total spending over the support plan's limit per period.
 * Immutable and thread-safe.
 */
public final class PeriodLimitRule extends PlanLimitRule {

    /** The rule's id. */
    public static final String ID = "over-period-limit";

    /**
     * Creates the rule for a support plan.
     *
     * @param plan the support plan's budget, not null
     * @throws LedgerException if {@code plan} is null
     */
    public PeriodLimitRule(SupportPlanBudget plan) {
        super(ID, "A spend that takes the period's total over the support plan's limit is held for the funder's "
                + "review", plan);
    }

    @Override
    @Nullable Gbp limit(SpendRequest request) {
        return plan.periodLimit();
    }

    @Override
    @Nullable SpendCategory covered(SpendRequest request) {
        return null;
    }

    @Override
    String message(SpendRequest request, DateRange period, Gbp total, Gbp limit) {
        return "spending in " + period + ", posted and held, would be " + total + ", over the support plan's limit of " + limit
                + " per period";
    }
}
