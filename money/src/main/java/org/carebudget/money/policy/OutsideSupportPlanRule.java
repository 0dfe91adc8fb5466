package org.carebudget.money.policy;

import java.util.Optional;
import org.carebudget.money.LedgerException;

/**
 * Holds a spend on a category the support plan does not cover, for the funder to decide. Immutable and thread-safe.
 */
public final class OutsideSupportPlanRule extends AbstractSpendRule {

    /** The rule's id. */
    public static final String ID = "outside-support-plan";

    private final SupportPlanBudget plan;

    /**
     * Creates the rule for a support plan.
     *
     * @param plan the support plan's budget, not null
     * @throws LedgerException if {@code plan} is null
     */
    public OutsideSupportPlanRule(SupportPlanBudget plan) {
        super(ID, "A spend on a category outside the support plan is held for the funder's review", SpendSeverity.HOLD,
                Sources.CARE_PLAN_ONLY, Sources.CARE_ACT);
        this.plan = LedgerException.notNull(plan, "plan");
    }

    @Override
    public Optional<SpendFinding> evaluate(SpendRequest request, SpendHistory history) {
        if (plan.covers(request.category())) {
            return Optional.empty();
        }
        return finding(request.category() + " is not in the support plan, which covers "
                + plan.categoryLimits().keySet().stream().sorted().toList());
    }
}
