package org.carebudget.money.ledger;

import java.time.LocalDate;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;

/**
 * A transfer to submit to a {@link Ledger}, one at a time or as part of a linked batch that succeeds or fails as a
 * whole. Build one with the static factories. Which accounts exist, whether the amount fits and whether the
 * referenced transfer exists are checked by the ledger. Immutable and thread-safe.
 *
 * @param id the caller's transfer id, 1 or more; resubmitting it with the same content is a no-op
 * @param kind what the transfer does, not null, never {@link TransferKind#EXPIRE}
 * @param debitAccount the index of the account debited; ignored (0) for post, void and reversal
 * @param creditAccount the index of the account credited; ignored (0) for post, void and reversal
 * @param pence the amount in pence: above zero for transfer, pending and post; ignored (0) for void and reversal
 * @param date the date it takes effect, not null
 * @param category the spend category paid for; may be null (a receipt, a clawback); ignored for post, void, reversal
 * @param referenceId the pending transfer to post or void, or the transfer to reverse; 0 otherwise
 * @param expiresOn the last date a pending transfer can be posted; may be null (no expiry); only for pending
 * @param memo free text up to 200 characters; may be null
 */
public record TransferRequest(long id, TransferKind kind, int debitAccount, int creditAccount, long pence,
        LocalDate date, SpendCategory category, long referenceId, LocalDate expiresOn, String memo) {

    /**
     * Validates the request's shape.
     *
     * @param id the transfer id, 1 or more
     * @param kind the kind, not null, not EXPIRE
     * @param debitAccount the debited account
     * @param creditAccount the credited account
     * @param pence the amount in pence
     * @param date the date, not null
     * @param category the category; may be null
     * @param referenceId the referenced transfer id
     * @param expiresOn the expiry date; may be null
     * @param memo the memo; may be null, at most 200 characters
     * @throws LedgerException if the id is not positive, the kind or date is null, the kind is EXPIRE or the memo
     *     is too long
     */
    public TransferRequest {
        Checks.id(id, "id");
        LedgerException.notNull(kind, "kind");
        if (kind == TransferKind.EXPIRE) {
            throw new LedgerException("kind", "TRANSFER, PENDING, POST, VOID or REVERSAL", kind);
        }
        LedgerException.notNull(date, "date");
        Checks.memo(memo);
    }

    /**
     * Returns a transfer that moves money at once.
     *
     * @param id the transfer id, 1 or more
     * @param debitAccount the account money leaves
     * @param creditAccount the account money arrives in
     * @param pence the amount in pence, above zero
     * @param date the date, not null
     * @param category the category paid for; may be null
     * @return the request, not null
     */
    public static TransferRequest transfer(long id, int debitAccount, int creditAccount, long pence, LocalDate date,
            SpendCategory category) {
        return new TransferRequest(id, TransferKind.TRANSFER, debitAccount, creditAccount, pence, date, category, 0,
                null, null);
    }

    /**
     * Returns a pending transfer that reserves money until posted, voided or expired.
     *
     * @param id the transfer id, 1 or more
     * @param debitAccount the account money would leave
     * @param creditAccount the account money would arrive in
     * @param pence the amount in pence, above zero
     * @param date the date, not null
     * @param category the category paid for; may be null
     * @param expiresOn the last date it can be posted, on or after {@code date}; may be null (no expiry)
     * @return the request, not null
     */
    public static TransferRequest hold(long id, int debitAccount, int creditAccount, long pence, LocalDate date,
            SpendCategory category, LocalDate expiresOn) {
        return new TransferRequest(id, TransferKind.PENDING, debitAccount, creditAccount, pence, date, category, 0,
                expiresOn, null);
    }

    /**
     * Returns a post of a pending transfer, in full or in part.
     *
     * @param id the transfer id, 1 or more
     * @param pendingId the pending transfer's id
     * @param pence the amount to post in pence, 1 up to the pending amount
     * @param date the date, not null
     * @return the request, not null
     */
    public static TransferRequest post(long id, long pendingId, long pence, LocalDate date) {
        return new TransferRequest(id, TransferKind.POST, 0, 0, pence, date, null, pendingId, null, null);
    }

    /**
     * Returns a void of a pending transfer.
     *
     * @param id the transfer id, 1 or more
     * @param pendingId the pending transfer's id
     * @param date the date, not null
     * @return the request, not null
     */
    public static TransferRequest voidPending(long id, long pendingId, LocalDate date) {
        return new TransferRequest(id, TransferKind.VOID, 0, 0, 0, date, null, pendingId, null, null);
    }

    /**
     * Returns a reversal of a posted transfer (a correction: the original stays in the journal).
     *
     * @param id the transfer id, 1 or more
     * @param originalId the id of the posted transfer to reverse
     * @param date the date, not null
     * @return the request, not null
     */
    public static TransferRequest reversal(long id, long originalId, LocalDate date) {
        return new TransferRequest(id, TransferKind.REVERSAL, 0, 0, 0, date, null, originalId, null, null);
    }

    /**
     * Returns this request with a memo.
     *
     * @param text the memo, at most 200 characters; may be null
     * @return the request, not null
     */
    public TransferRequest withMemo(String text) {
        return new TransferRequest(id, kind, debitAccount, creditAccount, pence, date, category, referenceId,
                expiresOn, text);
    }
}
