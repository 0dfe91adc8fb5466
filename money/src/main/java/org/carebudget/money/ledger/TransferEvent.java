package org.carebudget.money.ledger;

import java.time.LocalDate;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.TransferId;
import org.jspecify.annotations.Nullable;

/**
 * Journal event: a transfer was recorded. Its meaning is in typed fields, after TigerBeetle's transfers:
 * {@code code} is what the transfer is for (a ring-fenced account is debited only with the codes it allows) and
 * {@code userData} the caller's number; nothing is ever read out of text. Immutable and thread-safe.
 *
 * @param id the caller's transfer id; null only for an {@link TransferKind#EXPIRE} event, which the ledger writes
 * @param kind what the transfer does, not null
 * @param debitAccount the index of the account debited (money leaves it), 0 or more
 * @param creditAccount the index of the account credited (money arrives), 0 or more, not the debit account
 * @param amount the amount moved, reserved or released, 1 pence - {@link Ledger#MAX_AMOUNT}, not null
 * @param date the date it takes effect, not null, within the supported dates
 * @param code what the transfer is for, 1 - 65,535; a post, void, expiry or reversal has its original's code
 * @param userData the caller's number, any value (0 when none)
 * @param referenceId the pending transfer posted, voided or expired, or the transfer reversed; null for
 *     {@link TransferKind#TRANSFER} and {@link TransferKind#PENDING}
 * @param expiresOn for a pending transfer, the first day it can no longer be posted (exclusive); null when it does
 *     not expire or is not pending
 */
public record TransferEvent(@Nullable TransferId id, TransferKind kind, int debitAccount, int creditAccount,
        Gbp amount, LocalDate date, int code, long userData, @Nullable TransferId referenceId,
        @Nullable LocalDate expiresOn) implements LedgerEvent {

    /**
     * Validates the event's shape (whether it applies to a ledger is checked on replay).
     *
     * @param id the transfer id; null only for an expiry
     * @param kind the kind, not null
     * @param debitAccount the debited account, 0 or more
     * @param creditAccount the credited account, 0 or more, not the debited one
     * @param amount the amount, 1 pence - {@link Ledger#MAX_AMOUNT}, not null
     * @param date the date, not null, within the supported dates
     * @param code the code, 1 - 65,535
     * @param userData the caller's number
     * @param referenceId the referenced transfer; null exactly for transfers and pending transfers
     * @param expiresOn the expiry; null unless pending, after {@code date} when given
     * @throws LedgerException if a value is null, out of range or of the wrong shape for the kind
     */
    public TransferEvent {
        LedgerException.notNull(kind, "kind");
        if ((id == null) != (kind == TransferKind.EXPIRE)) {
            throw new LedgerException("id", "null exactly for an EXPIRE event", id);
        }
        LedgerException.inRange(debitAccount, 0, Integer.MAX_VALUE, "debitAccount");
        LedgerException.inRange(creditAccount, 0, Integer.MAX_VALUE, "creditAccount");
        if (debitAccount == creditAccount) {
            throw new LedgerException("creditAccount", "an account other than the debit account " + debitAccount,
                    creditAccount);
        }
        LedgerException.notNull(amount, "amount");
        Ledger.checkAmount(amount.pence(), "amount");
        LedgerException.CHECKS.date(date, "date");
        Codes.code(code, "code");
        boolean referring = kind != TransferKind.TRANSFER && kind != TransferKind.PENDING;
        if (referring != (referenceId != null)) {
            throw new LedgerException("referenceId", referring ? "the referenced transfer, not null, for " + kind
                    : "null for " + kind, referenceId);
        }
        if (expiresOn != null && (kind != TransferKind.PENDING || !expiresOn.isAfter(date))) {
            throw new LedgerException("expiresOn", "null, or after the date of a PENDING transfer", expiresOn);
        }
        if (expiresOn != null) {
            LedgerException.CHECKS.date(expiresOn, "expiresOn");
        }
    }
}
