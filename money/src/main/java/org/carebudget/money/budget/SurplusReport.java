package org.carebudget.money.budget;

import java.time.LocalDate;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;

/**
 * A funder's surplus as of a date: {@code surplus = balance - commitments - contingency}, flagged for clawback
 * when above the funder's threshold. Immutable and thread-safe.
 *
 * @param funder the funder, not null
 * @param asOf the date, not null
 * @param balance the stream's posted balance, not null
 * @param commitments the stream's pending spends (held for review), not null
 * @param contingency the contingency the funder lets the budget keep, not null
 * @param surplus {@code balance - commitments - contingency}, may be negative, not null
 * @param flaggedForClawback whether the surplus is above the funder's clawback threshold
 */
public record SurplusReport(FunderId funder, LocalDate asOf, Gbp balance, Gbp commitments, Gbp contingency,
        Gbp surplus, boolean flaggedForClawback) {

    /**
     * Validates the report.
     *
     * @param funder the funder, not null
     * @param asOf the date, not null
     * @param balance the balance, not null
     * @param commitments the commitments, not null
     * @param contingency the contingency, not null
     * @param surplus the surplus, not null, equal to {@code balance - commitments - contingency}
     * @param flaggedForClawback whether flagged
     * @throws LedgerException if a value is null or the surplus does not add up
     */
    public SurplusReport {
        LedgerException.notNull(funder, "funder");
        LedgerException.notNull(asOf, "asOf");
        LedgerException.notNull(balance, "balance");
        LedgerException.notNull(commitments, "commitments");
        LedgerException.notNull(contingency, "contingency");
        LedgerException.notNull(surplus, "surplus");
        Gbp expected;
        try {
            expected = balance.minus(commitments).minus(contingency);
        } catch (org.carebudget.core.InvalidValueException e) {
            throw new LedgerException("surplus", "balance - commitments - contingency within ±£10 trillion",
                    e.givenValue());
        }
        if (!expected.equals(surplus)) {
            throw new LedgerException("surplus", "balance - commitments - contingency = " + expected, surplus);
        }
    }
}
