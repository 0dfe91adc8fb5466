package org.carebudget.money.budget;

import org.carebudget.money.ledger.TransferResult;
import org.jspecify.annotations.Nullable;

/**
 * What became of a budget transfer (a receipt, an approval or release of a hold, a refund, a return, a reversal):
 * the ledger's result, and for a resubmitted id with other content, the {@link RetryConflict} naming what differs.
 * Immutable and thread-safe.
 */
public final class TransferOutcome {

    private static final TransferOutcome CREATED = new TransferOutcome(TransferResult.CREATED, null);
    private static final TransferOutcome EXISTS = new TransferOutcome(TransferResult.EXISTS, null);

    private final TransferResult result;
    private final @Nullable RetryConflict conflict;

    private TransferOutcome(TransferResult result, @Nullable RetryConflict conflict) {
        this.result = result;
        this.conflict = conflict;
    }

    static TransferOutcome of(TransferResult result) {
        return result == TransferResult.CREATED ? CREATED : result == TransferResult.EXISTS ? EXISTS
                : new TransferOutcome(result, null);
    }

    static TransferOutcome conflict(RetryConflict conflict) {
        return new TransferOutcome(conflict.result(), conflict);
    }

    /**
     * Returns the ledger's result.
     *
     * @return the result, not null
     */
    public TransferResult result() {
        return result;
    }

    /**
     * Returns whether the transfer is recorded, now or before, with this content.
     *
     * @return true for {@code CREATED} and {@code EXISTS}
     */
    public boolean isRecorded() {
        return result.isRecorded();
    }

    /**
     * Returns what differs, for a resubmitted id with other content.
     *
     * @return the conflict; null for any other result
     */
    public @Nullable RetryConflict conflict() {
        return conflict;
    }

    @Override
    public String toString() {
        return conflict == null ? result.name() : conflict.message();
    }
}
