package org.carebudget.money.ledger;

import java.time.LocalDate;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;

/**
 * Journal event: a transfer was recorded. Immutable and thread-safe.
 *
 * @param id the caller's transfer id, 1 or more; 0 only for an {@link TransferKind#EXPIRE} event, which the ledger
 *     writes itself
 * @param kind what the transfer does, not null
 * @param debitAccount the index of the account debited (money leaves it), 0 or more
 * @param creditAccount the index of the account credited (money arrives), 0 or more
 * @param amount the amount moved, reserved or released, above zero, not null
 * @param date the date it takes effect, not null
 * @param category the spend category; null when the transfer pays for no category (a receipt, a clawback)
 * @param referenceId the pending transfer posted, voided or expired, or the transfer reversed; 0 for
 *     {@link TransferKind#TRANSFER} and {@link TransferKind#PENDING}
 * @param expiresOn the last date a pending transfer can be posted; null when it does not expire or is not pending
 * @param memo free text; may be null
 */
public record TransferEvent(long id, TransferKind kind, int debitAccount, int creditAccount, Gbp amount,
        LocalDate date, SpendCategory category, long referenceId, LocalDate expiresOn, String memo)
        implements LedgerEvent {

    /**
     * Validates the event's shape (whether it applies to a ledger is checked on replay).
     *
     * @param id the transfer id, 0 or more
     * @param kind the kind, not null
     * @param debitAccount the debited account, 0 or more
     * @param creditAccount the credited account, 0 or more
     * @param amount the amount, above zero, not null
     * @param date the date, not null
     * @param category the category; may be null
     * @param referenceId the referenced transfer, 0 or more
     * @param expiresOn the expiry date; may be null
     * @param memo the memo; may be null
     * @throws LedgerException if a value is null or out of range
     */
    public TransferEvent {
        if (id < 0) {
            throw new LedgerException("id", "0 - " + Long.MAX_VALUE, id);
        }
        LedgerException.notNull(kind, "kind");
        LedgerException.notNull(amount, "amount");
        LedgerException.positivePence(amount.pence(), "amount");
        LedgerException.notNull(date, "date");
        Checks.memo(memo);
    }

    /**
     * Returns the request that records this transfer again, for replay.
     *
     * @return the request, not null
     * @throws LedgerException for an {@link TransferKind#EXPIRE} event, which no caller submits
     */
    TransferRequest toRequest() {
        return new TransferRequest(id, kind, debitAccount, creditAccount, amount.pence(), date, category, referenceId,
                expiresOn, memo);
    }
}
