package org.carebudget.money.policy;

import java.time.LocalDate;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;

/**
 * A request to pay a payee from one funder's ring-fenced stream. Immutable and thread-safe.
 *
 * @param transferId the caller's transfer id, 1 or more; resubmitting it with the same content is a no-op
 * @param funder the funder whose stream pays, not null
 * @param payee who is paid, not null
 * @param category what the spend pays for, in the support plan's terms, not null
 * @param amount the amount, above zero, not null
 * @param date the date of the spend, not null
 */
public record SpendRequest(long transferId, FunderId funder, PayeeId payee, SpendCategory category, Gbp amount,
        LocalDate date) {

    /**
     * Validates the request.
     *
     * @param transferId the transfer id, 1 or more
     * @param funder the funder, not null
     * @param payee the payee, not null
     * @param category the category, not null
     * @param amount the amount, above zero, not null
     * @param date the date, not null
     * @throws LedgerException if a value is null or out of range
     */
    public SpendRequest {
        LedgerException.inRange(transferId, 1, Long.MAX_VALUE, "transferId");
        LedgerException.notNull(funder, "funder");
        LedgerException.notNull(payee, "payee");
        LedgerException.notNull(category, "category");
        LedgerException.notNull(amount, "amount");
        LedgerException.positivePence(amount.pence(), "amount");
        LedgerException.notNull(date, "date");
    }
}
