package org.carebudget.money.budget;

import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;

/**
 * The outcome of a clawback: the surplus report it was based on and what was returned to the funder (zero when
 * the surplus was not flagged, or when the money had been spent after the report's date). Immutable and
 * thread-safe.
 *
 * @param report the surplus report, not null
 * @param returned the amount returned to the funder, zero or more, not null
 */
public record Clawback(SurplusReport report, Gbp returned) {

    /**
     * Validates the outcome.
     *
     * @param report the report, not null
     * @param returned the amount returned, zero or more, not null
     * @throws LedgerException if a value is null or negative
     */
    public Clawback {
        LedgerException.notNull(report, "report");
        LedgerException.notNull(returned, "returned");
        LedgerException.inRange(returned.pence(), 0, Long.MAX_VALUE, "returned (pence)");
    }
}
