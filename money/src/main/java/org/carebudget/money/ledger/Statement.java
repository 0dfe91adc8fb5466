package org.carebudget.money.ledger;

import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;

/**
 * What happened on an account, or a set of accounts, over a period: opening balance, money in, money out, net
 * pending at the end and closing balance, with {@code opening + in - out = closing}. Immutable and thread-safe.
 *
 * @param account what the statement covers, such as {@code stream:nhs-icb} or {@code package:pkg-1}, not blank
 * @param period the dates covered, not null, not open-ended
 * @param opening the posted balance at the start of the period, not null
 * @param in the money posted in during the period, not null
 * @param out the money posted out during the period, not null
 * @param pending the net money reserved to leave at the end of the period, not null
 * @param closing the posted balance at the end of the period, not null
 */
public record Statement(String account, DateRange period, Gbp opening, Gbp in, Gbp out, Gbp pending, Gbp closing) {

    /**
     * Validates the statement.
     *
     * @param account what the statement covers, not blank
     * @param period the period, not null, not open-ended
     * @param opening the opening balance, not null
     * @param in the money in, not null
     * @param out the money out, not null
     * @param pending the net pending amount, not null
     * @param closing the closing balance, not null, equal to {@code opening + in - out}
     * @throws LedgerException if a value is null or the totals do not add up
     */
    public Statement {
        LedgerException.CHECKS.text(account, 200, "account");
        LedgerException.notNull(period, "period");
        if (period.isOpenEnded()) {
            throw new LedgerException("period", "a range with an end", period);
        }
        LedgerException.notNull(opening, "opening");
        LedgerException.notNull(in, "in");
        LedgerException.notNull(out, "out");
        LedgerException.notNull(pending, "pending");
        LedgerException.notNull(closing, "closing");
        Gbp expected;
        try {
            expected = opening.plus(in).minus(out);
        } catch (org.carebudget.core.InvalidValueException e) {
            throw new LedgerException("closing", "opening + in - out within ±£10 trillion", e.givenValue());
        }
        if (!expected.equals(closing)) {
            throw new LedgerException("closing", "opening + in - out = " + expected, closing);
        }
    }
}
