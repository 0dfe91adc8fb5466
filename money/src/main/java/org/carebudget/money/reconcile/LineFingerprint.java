package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.money.Gbp;
import org.jspecify.annotations.Nullable;

/**
 * What identifies a statement line across overlapping downloads of one account, so a line imported twice is
 * recognised and never counted twice: the bank's own transaction id where it gives one; otherwise the date, amount,
 * text, running balance and the line's position among identical lines of its file. Two genuine £4.50 payments on one
 * day, with no balance to tell them apart, are positions 0 and 1: a later download holding both adds the second to a
 * history holding only the first. Settled and pending lines never share a fingerprint.
 *
 * <p>The one case no fingerprint can decide: identical lines with no running balance and no transaction id, in a
 * download that starts part-way through a day. Bank downloads run over whole days from their first date (only the
 * last day of a download made during the day is partial), and that is the case counted right: the newer download
 * holds the whole day, and only the lines beyond those already held are added.
 *
 * <p>A value: compared by its fields, never parsed. {@link #toString()} masks the text. Immutable and thread-safe.
 */
public final class LineFingerprint {

    private final Settlement settlement;
    private final @Nullable String transactionId;
    private final @Nullable LocalDate date;
    private final long pence;
    private final String text;
    private final @Nullable Gbp balance;
    private final int occurrence;

    private LineFingerprint(Settlement settlement, @Nullable String transactionId, @Nullable LocalDate date,
            long pence, String text, @Nullable Gbp balance, int occurrence) {
        this.settlement = settlement;
        this.transactionId = transactionId;
        this.date = date;
        this.pence = pence;
        this.text = text;
        this.balance = balance;
        this.occurrence = occurrence;
    }

    static LineFingerprint ofId(Settlement settlement, String transactionId) {
        return new LineFingerprint(settlement, transactionId, null, 0, "", null, 0);
    }

    static LineFingerprint ofContent(Settlement settlement, LocalDate date, Gbp amount, String text,
            @Nullable Gbp balance, int occurrence) {
        return new LineFingerprint(settlement, null, date, amount.pence(), text, balance, occurrence);
    }

    /**
     * Returns whether the fingerprint is the bank's transaction id rather than the line's content.
     *
     * @return true if it is the bank's id
     */
    public boolean isTransactionId() {
        return transactionId != null;
    }

    /**
     * Returns the settlement the fingerprint belongs to.
     *
     * @return settled or pending, not null
     */
    public Settlement settlement() {
        return settlement;
    }

    /**
     * Returns the position among identical lines (0 for a fingerprint that is a transaction id).
     *
     * @return the position, 0 or more
     */
    public int occurrence() {
        return occurrence;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof LineFingerprint o && settlement == o.settlement && pence == o.pence
                && occurrence == o.occurrence && Objects.equals(transactionId, o.transactionId)
                && Objects.equals(date, o.date) && text.equals(o.text) && Objects.equals(balance, o.balance);
    }

    @Override
    public int hashCode() {
        int h = settlement.hashCode();
        h = 31 * h + Objects.hashCode(transactionId);
        h = 31 * h + Objects.hashCode(date);
        h = 31 * h + Long.hashCode(pence);
        h = 31 * h + text.hashCode();
        h = 31 * h + Objects.hashCode(balance);
        return 31 * h + occurrence;
    }

    @Override
    public String toString() {
        return transactionId != null ? "LineFingerprint[" + settlement + ", id " + Texts.mask(transactionId) + "]"
                : "LineFingerprint[" + settlement + ", " + date + ", " + Gbp.ofPence(pence) + ", " + Texts.mask(text)
                        + ", balance " + balance + ", occurrence " + occurrence + "]";
    }
}
