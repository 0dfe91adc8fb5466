package org.carebudget.money.ledger;

/**
 * The outcome of submitting a transfer: a value, never an exception, because each is a business outcome.
 * Invalid input (an unknown account, an amount of zero, an id reused with other content) is a
 * {@link org.carebudget.money.LedgerException} instead. Thread-safe.
 */
public enum TransferResult {
    /** The transfer was recorded. */
    CREATED,
    /** A transfer with this id and the same content was recorded before; nothing changed. */
    EXISTS,
    /** Refused: the ring-fenced account's debits would exceed its credits (insufficient funds). */
    EXCEEDS_CREDITS,
    /** Refused: the ring-fenced account's funder does not fund the transfer's spend category. */
    CATEGORY_NOT_FUNDED;

    /**
     * Returns whether the transfer is recorded after this result (it was created now or before).
     *
     * @return true for {@link #CREATED} and {@link #EXISTS}
     */
    public boolean isRecorded() {
        return this == CREATED || this == EXISTS;
    }
}
