package org.carebudget.money.policy;

import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.jspecify.annotations.Nullable;

/**
 * Holds a spend that would take its category over the support plan's limit for the period. Categories outside the
 * plan are left to {@link OutsideSupportPlanRule}. Immutable and thread-safe.
 */
public final class CategoryLimitRule extends PlanLimitRule {

    /** The rule's id. */
    public static final String ID = "over-category-limit";

    /**
     * Creates the rule for a support plan.
     *
     * @param plan the support plan's budget, not null
     * @throws LedgerException if {@code plan} is null
     */
    public CategoryLimitRule(SupportPlanBudget plan) {
        super(ID, "A spend over the support plan's limit for its category in the period is held for the funder's "
                + "review", plan);
    }

    @Override
    @Nullable Gbp limit(SpendRequest request) {
        return plan.categoryLimits().get(request.category());
    }

    @Override
    @Nullable SpendCategory covered(SpendRequest request) {
        return request.category();
    }

    @Override
    String message(SpendRequest request, DateRange period, Gbp total, Gbp limit) {
        return request.category() + " spending in " + period + ", posted and held, would be " + total
                + ", over the support plan's limit of " + limit;
    }
}
