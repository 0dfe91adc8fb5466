package org.carebudget.money.budget;

import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;

/**
 * A funder's terms for the money it puts in a budget: the contingency it lets the budget keep (a number of weeks
 * of planned cost) and the surplus above which it claws money back. Councils' practice varies (contingency of up
 * to 4 weeks at Essex, up to 10 weeks at Camden), so both are per-funder settings. Immutable and thread-safe.
 *
 * @param funder the funder, not null
 * @param contingencyWeeks the weeks of planned cost kept as contingency, 0 - 52
 * @param weeklyPlannedCost the planned cost per week funded by this funder, zero or more, not null
 * @param clawbackThreshold surplus above this is flagged for clawback, zero or more, not null
 */
public record FundingTerms(FunderId funder, int contingencyWeeks, Gbp weeklyPlannedCost, Gbp clawbackThreshold) {

    /** Where the contingency and clawback practice comes from (UK-RULES.md, direct payments). */
    public static final Source SOURCE = Source.of("Care Act 2014 direct payments practice: councils hold contingency "
            + "(up to 4 weeks at Essex, up to 10 weeks at Camden) and reclaim surplus at review", Status.SECONDARY);

    /**
     * Validates the terms.
     *
     * @param funder the funder, not null
     * @param contingencyWeeks the contingency in weeks, 0 - 52
     * @param weeklyPlannedCost the weekly planned cost, zero or more, not null
     * @param clawbackThreshold the clawback threshold, zero or more, not null
     * @throws LedgerException if a value is null or out of range
     */
    public FundingTerms {
        LedgerException.notNull(funder, "funder");
        LedgerException.inRange(contingencyWeeks, 0, 52, "contingencyWeeks");
        LedgerException.notNull(weeklyPlannedCost, "weeklyPlannedCost");
        LedgerException.inRange(weeklyPlannedCost.pence(), 0, Long.MAX_VALUE / 52, "weeklyPlannedCost (pence)");
        LedgerException.notNull(clawbackThreshold, "clawbackThreshold");
        LedgerException.inRange(clawbackThreshold.pence(), 0, Long.MAX_VALUE, "clawbackThreshold (pence)");
    }

    /**
     * Returns the contingency: weeks times the weekly planned cost.
     *
     * @return the contingency, zero or more, not null
     */
    public Gbp contingency() {
        return weeklyPlannedCost.times(contingencyWeeks);
    }
}
