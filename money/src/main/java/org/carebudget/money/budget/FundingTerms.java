package org.carebudget.money.budget;

import java.math.RoundingMode;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.ledger.Ledger;
import org.carebudget.money.policy.SupportPlanBudget;
import org.jspecify.annotations.Nullable;

/**
 * A funder's terms for the money it puts in a budget: the contingency it lets the budget keep (a number of weeks
 * of the funder's planned cost) and the surplus above which it claws money back. The weekly planned cost is not
 * entered here: it derives from the support plan's share for the funder ({@link SupportPlanBudget#funderShares()}
 * per period, divided by the weeks in a period, to the nearest penny, halves up), so the plan's cost is entered once.
 * Councils' practice varies (contingency of up to 4 weeks at Essex, up to 10 weeks at Camden), so both settings are
 * per funder. Built as {@code FundingTerms.of(plan, funder).withContingencyWeeks(4).withClawbackThreshold(£100)}.
 * Immutable and thread-safe.
 */
public final class FundingTerms {

    /** Where the contingency and clawback practice comes from (UK-RULES.md, direct payments). */
    public static final Source SOURCE = Source.of("Care Act 2014 direct payments practice: councils hold contingency "
            + "(up to 4 weeks at Essex, up to 10 weeks at Camden) and reclaim surplus at review", Status.SECONDARY);

    private final SupportPlanBudget plan;
    private final FunderId funder;
    private final int contingencyWeeks;
    private final Gbp weeklyPlannedCost;
    private final Gbp clawbackThreshold;

    private FundingTerms(SupportPlanBudget plan, FunderId funder, int contingencyWeeks, Gbp weeklyPlannedCost,
            Gbp clawbackThreshold) {
        this.plan = plan;
        this.funder = funder;
        this.contingencyWeeks = contingencyWeeks;
        this.weeklyPlannedCost = weeklyPlannedCost;
        this.clawbackThreshold = clawbackThreshold;
    }

    /**
     * Returns a funder's terms under a support plan, with no contingency and a clawback threshold of zero until
     * set.
     *
     * @param plan the support plan, not null, with a share for the funder
     * @param funder the funder, not null
     * @return the terms, not null
     * @throws LedgerException if a value is null or the plan gives the funder no share
     */
    public static FundingTerms of(SupportPlanBudget plan, FunderId funder) {
        LedgerException.notNull(plan, "plan");
        LedgerException.notNull(funder, "funder");
        Gbp share = plan.funderShares().get(funder);
        if (share == null) {
            throw new LedgerException("funder", "a funder with a share in the support plan "
                    + plan.funderShares().keySet(), funder);
        }
        return new FundingTerms(plan, funder, 0, share.timesRatio(1, plan.periodWeeks(), RoundingMode.HALF_UP), Gbp.ZERO);
    }

    /**
     * Returns these terms with a contingency of some weeks of planned cost.
     *
     * @param weeks the weeks kept as contingency, 0 - 52
     * @return the terms, not null; {@code this} if unchanged
     * @throws LedgerException if out of range
     */
    public FundingTerms withContingencyWeeks(int weeks) {
        LedgerException.CHECKS.inRange(weeks, 0, 52, "contingencyWeeks");
        return weeks == contingencyWeeks ? this
                : new FundingTerms(plan, funder, weeks, weeklyPlannedCost, clawbackThreshold);
    }

    /**
     * Returns these terms with a clawback threshold: a surplus above it is flagged for clawback.
     *
     * @param threshold the threshold, zero - {@link Ledger#MAX_AMOUNT}, not null
     * @return the terms, not null; {@code this} if unchanged
     * @throws LedgerException if null or out of range
     */
    public FundingTerms withClawbackThreshold(Gbp threshold) {
        LedgerException.notNull(threshold, "clawbackThreshold");
        LedgerException.inRange(threshold.pence(), 0, Ledger.MAX_AMOUNT_PENCE, "clawbackThreshold (pence)");
        return threshold.equals(clawbackThreshold) ? this
                : new FundingTerms(plan, funder, contingencyWeeks, weeklyPlannedCost, threshold);
    }

    /**
     * Returns the support plan the weekly planned cost derives from.
     *
     * @return the plan, not null
     */
    public SupportPlanBudget plan() {
        return plan;
    }

    /**
     * Returns the funder.
     *
     * @return the funder, not null
     */
    public FunderId funder() {
        return funder;
    }

    /**
     * Returns the weeks of planned cost kept as contingency.
     *
     * @return the weeks, 0 - 52
     */
    public int contingencyWeeks() {
        return contingencyWeeks;
    }

    /**
     * Returns the planned cost per week funded by this funder, derived from the support plan.
     *
     * @return the cost, zero or more, not null
     */
    public Gbp weeklyPlannedCost() {
        return weeklyPlannedCost;
    }

    /**
     * Returns the surplus above which money is flagged for clawback.
     *
     * @return the threshold, zero or more, not null
     */
    public Gbp clawbackThreshold() {
        return clawbackThreshold;
    }

    /**
     * Returns the contingency: weeks times the weekly planned cost.
     *
     * @return the contingency, zero or more, not null
     */
    public Gbp contingency() {
        return weeklyPlannedCost.times(contingencyWeeks);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FundingTerms t && t.plan.equals(plan) && t.funder.equals(funder) && t.contingencyWeeks == contingencyWeeks
                && t.weeklyPlannedCost.equals(weeklyPlannedCost) && t.clawbackThreshold.equals(clawbackThreshold);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(plan, funder, contingencyWeeks, weeklyPlannedCost, clawbackThreshold);
    }

    @Override
    public String toString() {
        return funder + ": contingency " + contingencyWeeks + " weeks of " + weeklyPlannedCost + ", clawback above "
                + clawbackThreshold;
    }
}
