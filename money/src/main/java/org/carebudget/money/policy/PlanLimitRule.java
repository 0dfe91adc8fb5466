package org.carebudget.money.policy;

import java.util.Optional;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.jspecify.annotations.Nullable;

/**
 * A base for rules that hold a spend taking some spending in the support plan's period over a limit: the period
 * containing the spend's date, what was committed in it so far (posted, or held for the funder's review), plus the
 * spend, against the limit. Immutable and thread-safe if the subclass is.
 */
abstract class PlanLimitRule extends AbstractSpendRule {

    /** The support plan whose periods and limits the rule reads. */
    final SupportPlanBudget plan;

    PlanLimitRule(String id, String description, SupportPlanBudget plan) {
        super(id, description, SpendSeverity.HOLD, Sources.FUNDER_REVIEW, Sources.CARE_ACT);
        this.plan = LedgerException.notNull(plan, "plan");
    }

    /** Returns the limit that applies to the spend, or null if this rule does not apply to it. */
    abstract @Nullable Gbp limit(SpendRequest request);

    /** Returns the category the limit covers for the spend, or null if it covers every category. */
    abstract @Nullable SpendCategory covered(SpendRequest request);

    /** Returns the finding's message. */
    abstract String message(SpendRequest request, DateRange period, Gbp total, Gbp limit);

    @Override
    public final Optional<SpendFinding> evaluate(SpendRequest request, SpendHistory history) {
        Gbp limit = limit(request);
        if (limit == null) {
            return Optional.empty();
        }
        DateRange period = plan.periodOf(request.date());
        Gbp total = history.committed(covered(request), period).plus(request.amount());
        if (total.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        return finding(message(request, period, total, limit), total, limit);
    }
}
