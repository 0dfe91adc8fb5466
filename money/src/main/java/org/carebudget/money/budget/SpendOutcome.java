package org.carebudget.money.budget;

import org.carebudget.money.LedgerException;
import org.carebudget.money.policy.SpendDecision;

/**
 * What became of a spend (or a linked batch of spends): the decision, and whether it was a resubmission of spends
 * already recorded (then nothing changed). An approved spend is posted; a held one is a pending transfer awaiting
 * the funder; a rejected one is not recorded. Immutable and thread-safe.
 *
 * @param decision the decision, not null
 * @param resubmitted true if the same transfer ids with the same content were recorded before
 */
public record SpendOutcome(SpendDecision decision, boolean resubmitted) {

    /**
     * Validates the outcome.
     *
     * @param decision the decision, not null
     * @param resubmitted whether it was a resubmission
     * @throws LedgerException if {@code decision} is null
     */
    public SpendOutcome {
        LedgerException.notNull(decision, "decision");
    }
}
