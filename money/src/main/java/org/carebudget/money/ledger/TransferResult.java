package org.carebudget.money.ledger;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of submitting a transfer: a value, never an exception, because each is a business outcome. After
 * TigerBeetle's results: a resubmission of a recorded id is {@link #EXISTS} when its content is the same, and
 * {@code EXISTS_WITH_DIFFERENT_*} naming the first field that differs when it is not; either way nothing changes.
 * Invalid input (an unknown account, an amount of zero, a date outside the supported range) is a
 * {@link org.carebudget.money.LedgerException} instead. Thread-safe.
 */
public enum TransferResult {
    /** The transfer was recorded. */
    CREATED(null),
    /** A transfer with this id and the same content was recorded before; nothing changed. */
    EXISTS(null),
    /** A transfer with this id was recorded before as another kind (a pending transfer, a post...). */
    EXISTS_WITH_DIFFERENT_KIND("kind"),
    /** A transfer with this id was recorded before from another account. */
    EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT("debitAccount"),
    /** A transfer with this id was recorded before to another account. */
    EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT("creditAccount"),
    /** A transfer with this id was recorded before with another amount. */
    EXISTS_WITH_DIFFERENT_AMOUNT("amount"),
    /** A transfer with this id was recorded before on another date. */
    EXISTS_WITH_DIFFERENT_DATE("date"),
    /** A transfer with this id was recorded before with another code (another purpose). */
    EXISTS_WITH_DIFFERENT_CODE("code"),
    /** A transfer with this id was recorded before with other user data. */
    EXISTS_WITH_DIFFERENT_USER_DATA("userData"),
    /** A transfer with this id was recorded before posting, voiding or reversing another transfer. */
    EXISTS_WITH_DIFFERENT_REFERENCE("referenceId"),
    /** A pending transfer with this id was recorded before with another expiry. */
    EXISTS_WITH_DIFFERENT_EXPIRY("expiresOn"),
    /** Refused: the ring-fenced account's debits would exceed its credits (insufficient funds). */
    EXCEEDS_CREDITS(null),
    /** Refused: the ring-fenced account may not be debited with the transfer's code (its funder does not fund it). */
    CODE_NOT_ALLOWED(null);

    private final @Nullable String field;

    TransferResult(@Nullable String field) {
        this.field = field;
    }

    /**
     * Returns whether the transfer is recorded, now or before, with this content.
     *
     * @return true for {@link #CREATED} and {@link #EXISTS}
     */
    public boolean isRecorded() {
        return this == CREATED || this == EXISTS;
    }

    /**
     * Returns whether this is a resubmission of a recorded id with other content.
     *
     * @return true for the {@code EXISTS_WITH_DIFFERENT_*} results
     */
    public boolean isConflict() {
        return field != null;
    }

    /**
     * Returns the name of the field that differs, for an {@code EXISTS_WITH_DIFFERENT_*} result.
     *
     * @return the field, such as {@code amount}; null for the other results
     */
    public @Nullable String differingField() {
        return field;
    }
}
