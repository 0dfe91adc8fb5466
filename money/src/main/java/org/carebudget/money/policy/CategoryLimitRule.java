package org.carebudget.money.policy;

import java.util.Optional;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;

/**
 * Holds a spend that would take its category over the support plan's limit for the period. Categories outside the
 * plan are left to {@link OutsideSupportPlanRule}. Immutable and thread-safe.
 */
public final class CategoryLimitRule extends AbstractSpendRule {

    /** The rule's id. */
    public static final String ID = "over-category-limit";

    private final SupportPlanBudget plan;

    /**
     * Creates the rule for a support plan.
     *
     * @param plan the support plan's budget, not null
     * @throws LedgerException if {@code plan} is null
     */
    public CategoryLimitRule(SupportPlanBudget plan) {
        super(ID, "A spend over the support plan's limit for its category in the period is held for the funder's "
                + "review", Severity.HOLD, Sources.FUNDER_REVIEW, Sources.CARE_ACT);
        this.plan = LedgerException.notNull(plan, "plan");
    }

    @Override
    public Optional<Finding> evaluate(SpendRequest request, SpendHistory history) {
        Gbp limit = plan.categoryLimits().get(request.category());
        if (limit == null) {
            return Optional.empty();
        }
        DateRange period = plan.periodOf(request.date());
        Gbp total = history.spent(request.category(), period).plus(request.amount());
        if (total.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        return finding(request.category() + " spending in " + period + " would be " + total
                + ", over the support plan's limit of " + limit);
    }
}
