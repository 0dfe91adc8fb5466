package org.carebudget.money.budget;

import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.TransferId;
import org.carebudget.money.ledger.TransferResult;
import org.jspecify.annotations.Nullable;

/**
 * A transfer id resubmitted with other content: which field differs, what was first recorded and what is given
 * now, in the budget's terms (amounts in pounds, funders and payees by their ids, never account indexes), and the
 * amounts as money when the amount is what differs. Nothing was recorded. Immutable and thread-safe.
 */
public final class RetryConflict {

    private final TransferId transferId;
    private final TransferResult result;
    private final String recorded;
    private final String given;
    private final @Nullable Gbp recordedAmount;
    private final @Nullable Gbp givenAmount;

    RetryConflict(TransferId transferId, TransferResult result, String recorded, String given,
            @Nullable Gbp recordedAmount, @Nullable Gbp givenAmount) {
        if (!result.isConflict()) {
            throw new LedgerException("result", "an EXISTS_WITH_DIFFERENT_* result", result);
        }
        this.transferId = transferId;
        this.result = result;
        this.recorded = recorded;
        this.given = given;
        this.recordedAmount = recordedAmount;
        this.givenAmount = givenAmount;
    }

    /**
     * Returns the transfer id resubmitted.
     *
     * @return the id, not null
     */
    public TransferId transferId() {
        return transferId;
    }

    /**
     * Returns the ledger's result, naming the field that differs (such as
     * {@link TransferResult#EXISTS_WITH_DIFFERENT_AMOUNT}).
     *
     * @return the result, not null, a conflict
     */
    public TransferResult result() {
        return result;
    }

    /**
     * Returns the name of the field that differs.
     *
     * @return the field, such as {@code amount}, not null
     */
    public String field() {
        String field = result.differingField();
        return field == null ? "content" : field;
    }

    /**
     * Returns the value first recorded, as the budget shows it.
     *
     * @return the value, such as {@code £100.00}, not null
     */
    public String recorded() {
        return recorded;
    }

    /**
     * Returns the value given now, as the budget shows it.
     *
     * @return the value, such as {@code £150.00}, not null
     */
    public String given() {
        return given;
    }

    /**
     * Returns the amount first recorded, when the amount differs.
     *
     * @return the amount; null when another field differs
     */
    public @Nullable Gbp recordedAmount() {
        return recordedAmount;
    }

    /**
     * Returns the amount given now, when the amount differs.
     *
     * @return the amount; null when another field differs
     */
    public @Nullable Gbp givenAmount() {
        return givenAmount;
    }

    /**
     * Returns the conflict in plain English.
     *
     * @return the message, not null
     */
    public String message() {
        return "transfer " + transferId + " was first recorded with " + field() + " " + recorded + ", " + given
                + " now; nothing was recorded";
    }

    @Override
    public String toString() {
        return message();
    }
}
