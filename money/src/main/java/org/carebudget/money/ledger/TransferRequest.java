package org.carebudget.money.ledger;

import java.time.LocalDate;
import org.carebudget.money.LedgerException;
import org.carebudget.money.TransferId;
import org.jspecify.annotations.Nullable;

/**
 * A transfer to submit to a {@link Ledger}, alone or in a linked batch that succeeds or fails as a whole. Built by
 * the static factories, one per kind; {@link #withUserData} adds the caller's number. Which accounts exist, whether
 * the amount fits and whether the referenced transfer exists are checked by the ledger. Immutable and thread-safe.
 */
public final class TransferRequest {

    private final TransferId id;
    private final TransferKind kind;
    private final int debitAccount;
    private final int creditAccount;
    private final long pence;
    private final LocalDate date;
    private final int code;
    private final long userData;
    private final @Nullable TransferId referenceId;
    private final @Nullable LocalDate expiresOn;

    private TransferRequest(TransferId id, TransferKind kind, int debitAccount, int creditAccount, long pence,
            LocalDate date, int code, long userData, @Nullable TransferId referenceId, @Nullable LocalDate expiresOn) {
        this.id = id;
        this.kind = kind;
        this.debitAccount = debitAccount;
        this.creditAccount = creditAccount;
        this.pence = pence;
        this.date = date;
        this.code = code;
        this.userData = userData;
        this.referenceId = referenceId;
        this.expiresOn = expiresOn;
    }

    /**
     * Returns a transfer that moves money at once.
     *
     * @param id the caller's transfer id, not null
     * @param debitAccount the account money leaves
     * @param creditAccount the account money arrives in
     * @param pence the amount in pence, 1 - {@link Ledger#MAX_AMOUNT_PENCE}
     * @param date the date, not null, within the supported dates
     * @param code what it is for, 1 - 65,535
     * @return the request, not null
     * @throws LedgerException if a value is null or out of range
     */
    public static TransferRequest transfer(TransferId id, int debitAccount, int creditAccount, long pence,
            LocalDate date, int code) {
        return new TransferRequest(checkId(id, "id"), TransferKind.TRANSFER, debitAccount, creditAccount,
                Ledger.checkAmount(pence, "amount"), checkDate(date), Codes.code(code, "code"), 0, null, null);
    }

    /**
     * Returns a pending transfer that reserves money until posted, voided or expired.
     *
     * @param id the caller's transfer id, not null
     * @param debitAccount the account money would leave
     * @param creditAccount the account money would arrive in
     * @param pence the amount in pence, 1 - {@link Ledger#MAX_AMOUNT_PENCE}
     * @param date the date, not null, within the supported dates
     * @param code what it is for, 1 - 65,535
     * @param expiresOn the first day it can no longer be posted (exclusive), after {@code date}; null for never
     * @return the request, not null
     * @throws LedgerException if a value is null or out of range
     */
    public static TransferRequest pending(TransferId id, int debitAccount, int creditAccount, long pence,
            LocalDate date, int code, @Nullable LocalDate expiresOn) {
        LocalDate day = checkDate(date);
        if (expiresOn != null) {
            LedgerException.CHECKS.date(expiresOn, "expiresOn");
            if (!expiresOn.isAfter(day)) {
                throw new LedgerException("expiresOn", "null, or after the date " + day, expiresOn);
            }
        }
        return new TransferRequest(checkId(id, "id"), TransferKind.PENDING, debitAccount, creditAccount,
                Ledger.checkAmount(pence, "amount"), day, Codes.code(code, "code"), 0, null, expiresOn);
    }

    /**
     * Returns a post of a pending transfer, in full or in part; it has the pending transfer's accounts and code.
     *
     * @param id the caller's id for the post, not null
     * @param pendingId the pending transfer's id, not null
     * @param pence the amount to post in pence, 1 up to the pending amount
     * @param date the date, not null, within the supported dates
     * @return the request, not null
     * @throws LedgerException if a value is null or out of range
     */
    public static TransferRequest post(TransferId id, TransferId pendingId, long pence,
            LocalDate date) {
        return new TransferRequest(checkId(id, "id"), TransferKind.POST, 0, 0, Ledger.checkAmount(pence, "amount"),
                checkDate(date), 1, 0, checkId(pendingId, "pendingId"), null);
    }

    /**
     * Returns a void of a pending transfer.
     *
     * @param id the caller's id for the void, not null
     * @param pendingId the pending transfer's id, not null
     * @param date the date, not null, within the supported dates
     * @return the request, not null
     * @throws LedgerException if a value is null or out of range
     */
    public static TransferRequest voidPending(TransferId id, TransferId pendingId,
            LocalDate date) {
        return new TransferRequest(checkId(id, "id"), TransferKind.VOID, 0, 0, 0, checkDate(date), 1, 0,
                checkId(pendingId, "pendingId"), null);
    }

    /**
     * Returns a reversal of a posted transfer (a correction: the original stays in the journal).
     *
     * @param id the caller's id for the reversal, not null
     * @param originalId the id of the posted transfer to reverse, not null
     * @param date the date, not null, within the supported dates
     * @return the request, not null
     * @throws LedgerException if a value is null or out of range
     */
    public static TransferRequest reversal(TransferId id, TransferId originalId,
            LocalDate date) {
        return new TransferRequest(checkId(id, "id"), TransferKind.REVERSAL, 0, 0, 0, checkDate(date), 1, 0,
                checkId(originalId, "originalId"), null);
    }

    /**
     * Returns this request with the caller's number, kept in the journal and compared on resubmission.
     *
     * @param number any value; 0 for none
     * @return the request, not null; {@code this} if unchanged
     */
    public TransferRequest withUserData(long number) {
        return number == userData ? this : new TransferRequest(id, kind, debitAccount, creditAccount, pence, date,
                code, number, referenceId, expiresOn);
    }

    private static TransferId checkId(@Nullable TransferId id, String field) {
        return LedgerException.notNull(id, field);
    }

    private static LocalDate checkDate(@Nullable LocalDate date) {
        return LedgerException.CHECKS.date(date, "date");
    }

    /**
     * Returns the caller's transfer id.
     *
     * @return the id, not null
     */
    public TransferId id() {
        return id;
    }

    /**
     * Returns what the transfer does.
     *
     * @return the kind, not null, never {@link TransferKind#EXPIRE}
     */
    public TransferKind kind() {
        return kind;
    }

    /**
     * Returns the debited account, for a transfer or a pending transfer.
     *
     * @return the account index; 0 for a post, void or reversal (they take the referenced transfer's)
     */
    public int debitAccount() {
        return debitAccount;
    }

    /**
     * Returns the credited account, for a transfer or a pending transfer.
     *
     * @return the account index; 0 for a post, void or reversal
     */
    public int creditAccount() {
        return creditAccount;
    }

    /**
     * Returns the amount in pence.
     *
     * @return the amount, 1 or more; 0 for a void or reversal (they take the referenced transfer's)
     */
    public long pence() {
        return pence;
    }

    /**
     * Returns the date it takes effect.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns what the transfer is for, for a transfer or a pending transfer.
     *
     * @return the code, 1 - 65,535; ignored for a post, void or reversal (they take the referenced transfer's)
     */
    public int code() {
        return code;
    }

    /**
     * Returns the caller's number.
     *
     * @return the number, 0 when none
     */
    public long userData() {
        return userData;
    }

    /**
     * Returns the pending transfer to post or void, or the transfer to reverse.
     *
     * @return the id; null for a transfer or a pending transfer
     */
    public @Nullable TransferId referenceId() {
        return referenceId;
    }

    /**
     * Returns the first day a pending transfer can no longer be posted.
     *
     * @return the day (exclusive); null when it never expires or is not pending
     */
    public @Nullable LocalDate expiresOn() {
        return expiresOn;
    }

    @Override
    public String toString() {
        return kind + " " + id + (referenceId == null ? " " + debitAccount + "->" + creditAccount + " code " + code
                : " of " + referenceId) + " " + pence + "p on " + date;
    }
}
