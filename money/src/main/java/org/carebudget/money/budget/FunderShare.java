package org.carebudget.money.budget;

import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;

/**
 * One funder's part of a split spend. Immutable and thread-safe.
 *
 * @param funder the funder, not null
 * @param amount the funder's part, zero or more, not null
 */
public record FunderShare(FunderId funder, Gbp amount) {

    /**
     * Validates the share.
     *
     * @param funder the funder, not null
     * @param amount the amount, zero or more, not null
     * @throws LedgerException if a value is null or the amount negative
     */
    public FunderShare {
        LedgerException.notNull(funder, "funder");
        LedgerException.notNull(amount, "amount");
        LedgerException.inRange(amount.pence(), 0, Long.MAX_VALUE, "amount (pence)");
    }
}
