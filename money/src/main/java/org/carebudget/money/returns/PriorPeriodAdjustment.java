package org.carebudget.money.returns;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.Purpose;
import org.carebudget.money.ledger.TransferKind;
import org.jspecify.annotations.Nullable;

/**
 * An entry recorded after the previous return was issued but dated before this return's period: a back-dated
 * receipt, refund or reversal. It changes the stream's balance at the end of a period already reported, so it is
 * shown here, in the first return that knows of it, and never by rewriting the closed return. Immutable and
 * thread-safe.
 */
public final class PriorPeriodAdjustment {

    private final int position;
    private final TransferId transferId;
    private final TransferKind kind;
    private final Purpose purpose;
    private final LocalDate date;
    private final Gbp amount;

    private PriorPeriodAdjustment(int position, TransferId transferId, TransferKind kind, Purpose purpose,
            LocalDate date, Gbp amount) {
        this.position = position;
        this.transferId = transferId;
        this.kind = kind;
        this.purpose = purpose;
        this.date = date;
        this.amount = amount;
    }

    static PriorPeriodAdjustment of(int position, TransferId transferId, TransferKind kind, Purpose purpose,
            LocalDate date, Gbp amount) {
        return new PriorPeriodAdjustment(position, transferId, kind, purpose, date, amount);
    }

    /**
     * Returns the entry's position in the budget's journal.
     *
     * @return the position, 0 or more
     */
    public int position() {
        return position;
    }

    /**
     * Returns the entry's transfer id.
     *
     * @return the id, not null
     */
    public TransferId transferId() {
        return transferId;
    }

    /**
     * Returns what the entry did: a transfer, an approval of a hold, or a reversal.
     *
     * @return the kind, {@code TRANSFER}, {@code POST} or {@code REVERSAL}, not null
     */
    public TransferKind kind() {
        return kind;
    }

    /**
     * Returns what the entry was for, from its transfer code.
     *
     * @return the purpose, not null
     */
    public Purpose purpose() {
        return purpose;
    }

    /**
     * Returns the date the entry took effect, before this return's period.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns what the entry did to the funder's stream: positive for money in, negative for money out.
     *
     * @return the signed amount, not zero, not null
     */
    public Gbp amount() {
        return amount;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PriorPeriodAdjustment a && a.position == position && a.transferId.equals(transferId)
                && a.kind == kind && a.purpose.equals(purpose) && a.date.equals(date) && a.amount.equals(amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, transferId, kind, purpose, date, amount);
    }

    /**
     * Returns {@code journal[<position>] <id> <purpose> <amount> dated <date>}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "journal[" + position + "] " + transferId + " " + purpose + " " + amount + " dated " + date;
    }
}
