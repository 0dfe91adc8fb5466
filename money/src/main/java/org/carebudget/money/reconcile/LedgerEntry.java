package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's side of a reconciliation: one receipt into or payment out of the budget's bank or card account, as the
 * ledger records it. Its id (the ledger transfer's id), date, signed amount in the bank's sense (positive paid into
 * the account, negative paid out), the payment reference, the counterparty (payee or payer), whether it is settled or
 * pending (a spend held for the funder's review), and a batch id where several entries leave the account as one bank
 * line (a payroll run paying every personal assistant at once): entries sharing a batch id are matched together, to
 * one statement line for their total.
 *
 * <p>Built with {@link #of} and {@code with*} methods. The counterparty may be a person's name: {@link #toString()}
 * masks it. Immutable and thread-safe.
 */
public final class LedgerEntry {

    private final String id;
    private final LocalDate date;
    private final Gbp amount;
    private final @Nullable String reference;
    private final @Nullable String counterparty;
    private final Settlement settlement;
    private final @Nullable String batchId;
    /** The date as an epoch day, for the matcher's sorts and windows. */
    private final int day;

    private LedgerEntry(String id, LocalDate date, Gbp amount, @Nullable String reference,
            @Nullable String counterparty, Settlement settlement, @Nullable String batchId) {
        this.id = id;
        this.date = date;
        this.amount = amount;
        this.reference = reference;
        this.counterparty = counterparty;
        this.settlement = settlement;
        this.batchId = batchId;
        this.day = (int) date.toEpochDay();
    }

    /** The date as an epoch day. */
    int day() {
        return day;
    }

    /**
     * Returns a settled entry with no reference, counterparty or batch.
     *
     * @param id the ledger's id of the transfer, not blank, at most 200 characters, unique in a reconciliation
     * @param date the date the ledger records, not null, within {@code SupportedDates}
     * @param amount the signed amount, not null: positive paid into the account, negative paid out
     * @return the entry, not null
     * @throws LedgerException if a value is null, blank, too long or out of range
     */
    public static LedgerEntry of(String id, LocalDate date, Gbp amount) {
        return new LedgerEntry(Texts.required(id, Texts.MAX_SHORT, "id"), LedgerException.CHECKS.date(date, "date"),
                LedgerException.notNull(amount, "amount"), null, null, Settlement.SETTLED, null);
    }

    /**
     * Returns a copy with the payment reference.
     *
     * @param text the reference, null for none, otherwise not blank and at most 200 characters
     * @return the entry, not null
     * @throws LedgerException if {@code text} is blank or too long
     */
    public LedgerEntry withReference(@Nullable String text) {
        String checked = Texts.optional(text, Texts.MAX_SHORT, "reference");
        return Objects.equals(checked, reference) ? this
                : new LedgerEntry(id, date, amount, checked, counterparty, settlement, batchId);
    }

    /**
     * Returns a copy with the counterparty's name, as the bank is likely to print it.
     *
     * @param name the name, null for none, otherwise not blank and at most 200 characters
     * @return the entry, not null
     * @throws LedgerException if {@code name} is blank or too long
     */
    public LedgerEntry withCounterparty(@Nullable String name) {
        String checked = Texts.optional(name, Texts.MAX_SHORT, "counterparty");
        return Objects.equals(checked, counterparty) ? this
                : new LedgerEntry(id, date, amount, reference, checked, settlement, batchId);
    }

    /**
     * Returns a copy that is settled or pending.
     *
     * @param value the settlement, not null
     * @return the entry, not null
     * @throws LedgerException if {@code value} is null
     */
    public LedgerEntry withSettlement(Settlement value) {
        LedgerException.notNull(value, "settlement");
        return value == settlement ? this : new LedgerEntry(id, date, amount, reference, counterparty, value, batchId);
    }

    /**
     * Returns a copy in a batch paid as one bank line.
     *
     * @param id the batch id, null for none, otherwise not blank and at most 200 characters
     * @return the entry, not null
     * @throws LedgerException if {@code id} is blank or too long
     */
    public LedgerEntry withBatchId(@Nullable String id) {
        String checked = Texts.optional(id, Texts.MAX_SHORT, "batchId");
        return Objects.equals(checked, batchId) ? this
                : new LedgerEntry(this.id, date, amount, reference, counterparty, settlement, checked);
    }

    /**
     * Returns the ledger's id of the transfer.
     *
     * @return the id, not blank
     */
    public String id() {
        return id;
    }

    /**
     * Returns the date the ledger records.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the signed amount: positive paid into the account, negative paid out.
     *
     * @return the amount, not null
     */
    public Gbp amount() {
        return amount;
    }

    /**
     * Returns the payment reference.
     *
     * @return the reference, or null if none
     */
    public @Nullable String reference() {
        return reference;
    }

    /**
     * Returns the counterparty's name; may be personal data.
     *
     * @return the name, or null if none
     */
    public @Nullable String counterparty() {
        return counterparty;
    }

    /**
     * Returns whether the entry is settled or pending.
     *
     * @return the settlement, not null
     */
    public Settlement settlement() {
        return settlement;
    }

    /**
     * Returns the batch the entry is paid in.
     *
     * @return the batch id, or null if the entry is paid on its own
     */
    public @Nullable String batchId() {
        return batchId;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LedgerEntry o && id.equals(o.id) && date.equals(o.date) && amount.equals(o.amount)
                && settlement == o.settlement && Objects.equals(reference, o.reference)
                && Objects.equals(counterparty, o.counterparty) && Objects.equals(batchId, o.batchId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, date, amount, settlement, reference, counterparty, batchId);
    }

    @Override
    public String toString() {
        return "LedgerEntry[" + id + ", " + date + ", " + amount + (reference == null ? "" : ", ref " + Texts.mask(reference))
                + (counterparty == null ? "" : ", " + Texts.mask(counterparty)) + ", " + settlement
                + (batchId == null ? "" : ", batch " + batchId) + "]";
    }
}
