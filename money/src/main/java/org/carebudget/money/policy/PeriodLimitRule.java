package org.carebudget.money.policy;

import java.util.Optional;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;

/**
 * Holds a spend that would take the period's total spending over the support plan's limit per period.
 * Immutable and thread-safe.
 */
public final class PeriodLimitRule extends AbstractSpendRule {

    /** The rule's id. */
    public static final String ID = "over-period-limit";

    private final SupportPlanBudget plan;

    /**
     * Creates the rule for a support plan.
     *
     * @param plan the support plan's budget, not null
     * @throws LedgerException if {@code plan} is null
     */
    public PeriodLimitRule(SupportPlanBudget plan) {
        super(ID, "A spend that takes the period's total over the support plan's limit is held for the funder's "
                + "review", Severity.HOLD, Sources.FUNDER_REVIEW, Sources.CARE_ACT);
        this.plan = LedgerException.notNull(plan, "plan");
    }

    @Override
    public Optional<Finding> evaluate(SpendRequest request, SpendHistory history) {
        DateRange period = plan.periodOf(request.date());
        Gbp total = history.spent(null, period).plus(request.amount());
        if (total.compareTo(plan.periodLimit()) <= 0) {
            return Optional.empty();
        }
        return finding("spending in " + period + " would be " + total + ", over the support plan's limit of "
                + plan.periodLimit() + " per period");
    }
}
