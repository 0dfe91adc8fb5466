package org.carebudget.money.policy;

import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;

/**
 * The findings for the two refusals the ledger itself enforces on every spend, whatever the policy: a ring-fence
 * breach and insufficient funds. Stateless and thread-safe.
 */
public final class LedgerFindings {

    /** The id of the ring-fence finding. */
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
     * @return the finding, with severity {@link Severity#REJECT}, not null
     */
    public static Finding ringFence(FunderId funder, SpendCategory category) {
        return new Finding(RING_FENCE, "funder " + funder + " does not fund " + category, Severity.REJECT,
                Sources.CARE_PLAN_ONLY);
    }

    /**
     * Returns the finding for a spend above what the funder's stream has available.
     *
     * @param funder the funder, not null
     * @param amount the amount asked for, not null
     * @param available what the stream has available, not null
     * @return the finding, with severity {@link Severity#REJECT}, not null
     */
    public static Finding insufficientFunds(FunderId funder, Gbp amount, Gbp available) {
        return new Finding(INSUFFICIENT_FUNDS, "funder " + funder + "'s stream has " + available + " available, "
                + amount + " asked for", Severity.REJECT, Sources.FUNDER_REVIEW);
    }

    /**
     * Returns the finding reported again when a held spend is resubmitted: the rule that held it first.
     *
     * @param ruleId the id of the rule that held the spend, not blank
     * @return the finding, with severity {@link Severity#HOLD}, not null
     */
    public static Finding heldBefore(String ruleId) {
        return new Finding(ruleId, "held for the funder's review when first submitted (" + ruleId + ")",
                Severity.HOLD, Sources.FUNDER_REVIEW);
    }
}
