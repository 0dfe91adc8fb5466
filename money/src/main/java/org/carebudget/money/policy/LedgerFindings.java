package org.carebudget.money.policy;

import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;

/**
 * The findings the budget ledger itself makes on every spend, whatever the policy: a category the funder does not
 * fund (held for the funder's review, or rejected, by the funder's setting) and insufficient funds. Stateless and
 * thread-safe.
 */
public final class LedgerFindings {

    /** The id of the finding for a category the funder does not fund. */
    public static final String RING_FENCE = "ring-fence";
    /** The id of the insufficient-funds finding. */
    public static final String INSUFFICIENT_FUNDS = "insufficient-funds";

    private LedgerFindings() {
    }

    /**
     * Returns the finding for a spend on a category the funder does not fund.
     *
     * @param funder the funder, not null
     * @param category the category, not null
     * @param severity {@link SpendSeverity#HOLD} to hold it for the funder's review, {@link SpendSeverity#REJECT}
     *     to refuse it, not null
     * @return the finding, not null
     */
    public static SpendFinding ringFence(FunderId funder, SpendCategory category, SpendSeverity severity) {
        String outcome = severity == SpendSeverity.HOLD ? ": held for the funder to decide" : "";
        return SpendFinding.of(RING_FENCE, severity, "funder " + funder + " does not fund " + category + outcome,
                severity == SpendSeverity.HOLD ? Sources.FUNDER_REVIEW : Sources.CARE_PLAN_ONLY);
    }

    /**
     * Returns the finding for spends above what the funder's stream has available.
     *
     * @param funder the funder, not null
     * @param asked the total asked of the stream (a linked batch adds up its spends), not null
     * @param available what the stream has available, not null
     * @return the finding, with severity {@link SpendSeverity#REJECT}, the total as its amount and the available
     *     funds as its threshold, not null
     */
    public static SpendFinding insufficientFunds(FunderId funder, Gbp asked, Gbp available) {
        return SpendFinding.of(INSUFFICIENT_FUNDS, SpendSeverity.REJECT, "funder " + funder + "'s stream has "
                + available + " available, " + asked + " asked for", Sources.FUNDER_REVIEW)
                .withFigures(asked, available);
    }

    /**
     * Returns the finding reported again when a held spend is resubmitted: a rule that held it first.
     *
     * @param ruleId the id of the rule that held the spend, not blank
     * @return the finding, with severity {@link SpendSeverity#HOLD}, not null
     */
    public static SpendFinding heldBefore(String ruleId) {
        return SpendFinding.of(ruleId, SpendSeverity.HOLD, "held for the funder's review when first submitted ("
                + ruleId + ")", Sources.FUNDER_REVIEW);
    }
}
