package org.carebudget.money.policy;

import java.util.ArrayList;
import java.util.List;
import org.carebudget.money.LedgerException;

/**
 * What a spend policy decides about a spend: {@link Approve}, {@link Hold} for the funder's review, or
 * {@link Reject}. A value, never an exception. Implementations are immutable and thread-safe.
 */
public sealed interface SpendDecision permits SpendDecision.Approve, SpendDecision.Hold, SpendDecision.Reject {

    /**
     * Returns the reasons for the decision.
     *
     * @return the findings, not null, unmodifiable, empty for an approval
     */
    List<SpendFinding> reasons();

    /**
     * Returns the decision the findings call for: reject if any finding rejects, else hold if any holds, else
     * approve.
     *
     * @param findings the findings, not null, none null
     * @return the decision, not null, carrying the findings of its own severity
     * @throws LedgerException if {@code findings} is or contains null
     */
    static SpendDecision of(List<SpendFinding> findings) {
        LedgerException.notNull(findings, "findings");
        List<SpendFinding> rejects = new ArrayList<>();
        List<SpendFinding> holds = new ArrayList<>();
        for (SpendFinding finding : findings) {
            LedgerException.notNull(finding, "findings[]");
            (finding.severity() == SpendSeverity.REJECT ? rejects : holds).add(finding);
        }
        if (!rejects.isEmpty()) {
            return new Reject(rejects);
        }
        return holds.isEmpty() ? new Approve() : new Hold(holds);
    }

    /**
     * The spend may go ahead. Immutable and thread-safe.
     */
    record Approve() implements SpendDecision {

        @Override
        public List<SpendFinding> reasons() {
            return List.of();
        }
    }

    /**
     * The spend is held for the funder's review; its funds are reserved until the funder posts or voids it.
     * Immutable and thread-safe.
     *
     * @param reasons why, not null, at least one
     */
    record Hold(List<SpendFinding> reasons) implements SpendDecision {

        /**
         * Validates the decision.
         *
         * @param reasons why, not null, at least one, none null
         * @throws LedgerException if there is no reason or one is null
         */
        public Hold {
            reasons = atLeastOne(reasons);
        }
    }

    /**
     * The spend is refused and nothing is recorded. Immutable and thread-safe.
     *
     * @param reasons why, not null, at least one
     */
    record Reject(List<SpendFinding> reasons) implements SpendDecision {

        /**
         * Validates the decision.
         *
         * @param reasons why, not null, at least one, none null
         * @throws LedgerException if there is no reason or one is null
         */
        public Reject {
            reasons = atLeastOne(reasons);
        }
    }

    private static List<SpendFinding> atLeastOne(List<SpendFinding> reasons) {
        LedgerException.notNull(reasons, "reasons");
        if (reasons.isEmpty()) {
            throw new LedgerException("reasons", "at least one finding", "none");
        }
        for (SpendFinding reason : reasons) {
            LedgerException.notNull(reason, "reasons[]");
        }
        return List.copyOf(reasons);
    }
}
