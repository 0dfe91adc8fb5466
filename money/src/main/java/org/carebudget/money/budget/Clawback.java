package org.carebudget.money.budget;

import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a clawback: the surplus report it was based on, what was returned to the funder (zero when the
 * surplus was not flagged, or when the money had been spent after the report's date), and, for a resubmitted id
 * whose date or amount differ from the first, the {@link RetryConflict}. Immutable and thread-safe.
 *
 * @param report the surplus report, not null
 * @param returned the amount returned to the funder, zero or more, not null
 * @param conflict what differs from the clawback first recorded under this id; null when nothing does
 */
public record Clawback(SurplusReport report, Gbp returned, @Nullable RetryConflict conflict) {

    /**
     * Validates the outcome.
     *
     * @param report the report, not null
     * @param returned the amount returned, zero or more, not null
     * @param conflict the conflict; may be null
     * @throws LedgerException if a value is null or negative
     */
    public Clawback {
        LedgerException.notNull(report, "report");
        LedgerException.notNull(returned, "returned");
        LedgerException.inRange(returned.pence(), 0, Long.MAX_VALUE, "returned (pence)");
    }
}
