package org.carebudget.money.budget;

import org.carebudget.money.LedgerException;
import org.carebudget.money.policy.SpendDecision;
import org.jspecify.annotations.Nullable;

/**
 * What became of a spend (or a linked batch of spends): the decision, whether it was a resubmission of spends
 * already recorded with the same content (then nothing changed), or a resubmission with other content (a
 * {@link RetryConflict}; nothing changed either). An approved spend is posted; a held one is reserved awaiting the
 * funder; a rejected one is not recorded. Immutable and thread-safe.
 */
public final class SpendOutcome {

    private final SpendDecision decision;
    private final boolean resubmitted;
    private final @Nullable RetryConflict conflict;

    private SpendOutcome(SpendDecision decision, boolean resubmitted, @Nullable RetryConflict conflict) {
        this.decision = LedgerException.notNull(decision, "decision");
        this.resubmitted = resubmitted;
        this.conflict = conflict;
    }

    static SpendOutcome decided(SpendDecision decision) {
        return new SpendOutcome(decision, false, null);
    }

    static SpendOutcome resubmission(SpendDecision decision) {
        return new SpendOutcome(decision, true, null);
    }

    static SpendOutcome conflict(SpendDecision recorded, RetryConflict conflict) {
        return new SpendOutcome(recorded, true, conflict);
    }

    /**
     * Returns the decision: for a resubmission, the decision recorded the first time.
     *
     * @return the decision, not null
     */
    public SpendDecision decision() {
        return decision;
    }

    /**
     * Returns whether the transfer ids were recorded before (with the same content, or see {@link #conflict()}).
     *
     * @return true for a resubmission
     */
    public boolean resubmitted() {
        return resubmitted;
    }

    /**
     * Returns what differs, when a transfer id was resubmitted with other content.
     *
     * @return the conflict; null otherwise
     */
    public @Nullable RetryConflict conflict() {
        return conflict;
    }

    @Override
    public String toString() {
        return (conflict != null ? conflict.message() : decision.getClass().getSimpleName()
                + (resubmitted ? " (resubmitted)" : "")) + " " + decision.reasons();
    }
}
