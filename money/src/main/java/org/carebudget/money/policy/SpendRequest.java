package org.carebudget.money.policy;

import java.time.LocalDate;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.ledger.Ledger;

/**
 * A request to pay a payee from one funder's ring-fenced stream for a category. Immutable and thread-safe.
 *
 * @param transferId the caller's transfer id, not null; resubmitting it with the same content is a no-op
 * @param funder the funder whose stream pays, not null
 * @param payee who is paid, not null
 * @param category what the spend pays for, in the support plan's terms, not null
 * @param amount the amount, 1 pence - {@link Ledger#MAX_AMOUNT}, not null
 * @param date the date of the spend, not null, within the supported dates
 */
public record SpendRequest(TransferId transferId, FunderId funder, PayeeId payee, SpendCategory category, Gbp amount,
        LocalDate date) {

    /**
     * Validates the request.
     *
     * @param transferId the transfer id, not null
     * @param funder the funder, not null
     * @param payee the payee, not null
     * @param category the category, not null
     * @param amount the amount, 1 pence - {@link Ledger#MAX_AMOUNT}, not null
     * @param date the date, not null, within the supported dates
     * @throws LedgerException if a value is null or out of range
     */
    public SpendRequest {
        LedgerException.notNull(transferId, "transferId");
        LedgerException.notNull(funder, "funder");
        LedgerException.notNull(payee, "payee");
        LedgerException.notNull(category, "category");
        LedgerException.notNull(amount, "amount");
        if (amount.pence() <= 0 || amount.pence() > Ledger.MAX_AMOUNT_PENCE) {
            throw new LedgerException("amount", "1 pence - " + Ledger.MAX_AMOUNT, amount);
        }
        LedgerException.CHECKS.date(date, "date");
    }
}
