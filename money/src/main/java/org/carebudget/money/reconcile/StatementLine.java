package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * One transaction on a bank or prepaid-card statement: its date, signed amount (positive is money paid into the
 * account, negative is money paid out), the bank's description, and what else the bank gives: a reference, the
 * running balance after it, the bank's transaction type, the bank's own transaction id, and whether it is settled or
 * a pending authorisation.
 *
 * <p>Built with {@link #of} and the {@code with*} methods, as {@code java.time} values are (a {@code with*} that
 * changes nothing returns {@code this}); {@link StatementProfile#read} builds lines from a CSV file. The position of a
 * line among identical lines of its statement ({@link #occurrence()}) is set by {@link BankStatement}, so two genuine
 * £4.50 payments on one day stay two lines ({@link #fingerprint()}).
 *
 * <p>The description, reference and type may hold personal data (a personal assistant's name): {@link #toString()}
 * masks them. Immutable and thread-safe.
 */
public final class StatementLine {

    private final long sourceLine;
    private final @Nullable String transactionId;
    private final LocalDate date;
    private final Gbp amount;
    private final String description;
    private final @Nullable String reference;
    private final @Nullable Gbp balance;
    private final Settlement settlement;
    private final @Nullable String type;
    private final int occurrence;
    /** The date as an epoch day, for the matcher's sorts and windows. */
    private final int day;
    /** The fingerprint, made once when first asked (a benign race: every thread makes an equal value). */
    private @Nullable LineFingerprint fingerprint;

    private StatementLine(long sourceLine, @Nullable String transactionId, LocalDate date, Gbp amount,
            String description, @Nullable String reference, @Nullable Gbp balance, Settlement settlement,
            @Nullable String type, int occurrence) {
        this.sourceLine = sourceLine;
        this.transactionId = transactionId;
        this.date = date;
        this.amount = amount;
        this.description = description;
        this.reference = reference;
        this.balance = balance;
        this.settlement = settlement;
        this.type = type;
        this.occurrence = occurrence;
        this.day = (int) date.toEpochDay();
    }

    /**
     * Returns a settled line with no reference, balance, type or transaction id, from no file (source line 0).
     *
     * @param date the transaction date, not null, within {@code SupportedDates}
     * @param amount the signed amount, not null: positive paid in, negative paid out
     * @param description the bank's description, not null, may be empty, at most 1,000 characters
     * @return the line, not null
     * @throws LedgerException if a value is null, out of range or too long
     */
    public static StatementLine of(LocalDate date, Gbp amount, String description) {
        return new StatementLine(0, null, LedgerException.CHECKS.date(date, "date"),
                LedgerException.notNull(amount, "amount"),
                Texts.bounded(description, Texts.MAX_DESCRIPTION, "description"), null, null, Settlement.SETTLED,
                null, 0);
    }

    /** A line read from a file, every value already checked by the reader (one object, not a chain of copies). */
    static StatementLine read(long sourceLine, @Nullable String transactionId, LocalDate date, Gbp amount,
            String description, @Nullable String reference, @Nullable Gbp balance, Settlement settlement,
            @Nullable String type) {
        return new StatementLine(sourceLine, transactionId, date, amount, description, reference, balance, settlement,
                type, 0);
    }

    /**
     * Returns a copy with the line number of the file the line was read from.
     *
     * @param line the physical line number, 1 or more; 0 for a line from no file
     * @return the line, not null
     * @throws LedgerException if {@code line} is negative or above {@link Integer#MAX_VALUE}
     */
    public StatementLine withSourceLine(long line) {
        LedgerException.inRange(line, 0, Integer.MAX_VALUE, "sourceLine");
        return line == sourceLine ? this : new StatementLine(line, transactionId, date, amount, description,
                reference, balance, settlement, type, occurrence);
    }

    /**
     * Returns a copy with the bank's own id of the transaction (Monzo's transaction id, a card provider's id).
     * When present it is the line's fingerprint.
     *
     * @param id the id, null for none, otherwise not blank and at most 200 characters
     * @return the line, not null
     * @throws LedgerException if {@code id} is blank or too long
     */
    public StatementLine withTransactionId(@Nullable String id) {
        String checked = Texts.optional(id, Texts.MAX_SHORT, "transactionId");
        return Objects.equals(checked, transactionId) ? this : new StatementLine(sourceLine, checked, date, amount,
                description, reference, balance, settlement, type, occurrence);
    }

    /**
     * Returns a copy with the reference the bank gives (Starling's reference column, a payment reference).
     *
     * @param text the reference, null for none, otherwise not blank and at most 200 characters
     * @return the line, not null
     * @throws LedgerException if {@code text} is blank or too long
     */
    public StatementLine withReference(@Nullable String text) {
        String checked = Texts.optional(text, Texts.MAX_SHORT, "reference");
        return Objects.equals(checked, reference) ? this : new StatementLine(sourceLine, transactionId, date, amount,
                description, checked, balance, settlement, type, occurrence);
    }

    /**
     * Returns a copy with the running balance the bank shows after this line.
     *
     * @param after the balance after the line, null for none
     * @return the line, not null
     */
    public StatementLine withBalance(@Nullable Gbp after) {
        return Objects.equals(after, balance) ? this : new StatementLine(sourceLine, transactionId, date, amount,
                description, reference, after, settlement, type, occurrence);
    }

    /**
     * Returns a copy that is settled or pending.
     *
     * @param value the settlement, not null
     * @return the line, not null
     * @throws LedgerException if {@code value} is null
     */
    public StatementLine withSettlement(Settlement value) {
        LedgerException.notNull(value, "settlement");
        return value == settlement ? this : new StatementLine(sourceLine, transactionId, date, amount, description,
                reference, balance, value, type, occurrence);
    }

    /**
     * Returns a copy with the bank's transaction type as the bank writes it ({@code DEB}, {@code Card payment},
     * {@code AUTHORISATION}). It is shown, never interpreted: what the type means is in {@link #settlement()}.
     *
     * @param text the type, null for none, otherwise not blank and at most 200 characters
     * @return the line, not null
     * @throws LedgerException if {@code text} is blank or too long
     */
    public StatementLine withType(@Nullable String text) {
        String checked = Texts.optional(text, Texts.MAX_SHORT, "type");
        return Objects.equals(checked, type) ? this : new StatementLine(sourceLine, transactionId, date, amount,
                description, reference, balance, settlement, checked, occurrence);
    }

    /** The same line at another position among identical lines; set by {@link BankStatement}. */
    StatementLine withOccurrence(int position) {
        return position == occurrence ? this : new StatementLine(sourceLine, transactionId, date, amount,
                description, reference, balance, settlement, type, position);
    }

    /**
     * Returns the physical line of the file the line was read from.
     *
     * @return the line number, 1 or more; 0 for a line from no file
     */
    public long sourceLine() {
        return sourceLine;
    }

    /**
     * Returns the bank's own id of the transaction.
     *
     * @return the id, or null if the bank gives none
     */
    public @Nullable String transactionId() {
        return transactionId;
    }

    /**
     * Returns the transaction date.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the signed amount: positive paid in, negative paid out.
     *
     * @return the amount, not null
     */
    public Gbp amount() {
        return amount;
    }

    /**
     * Returns the bank's description; may hold personal data.
     *
     * @return the description, not null, may be empty
     */
    public String description() {
        return description;
    }

    /**
     * Returns the reference the bank gives.
     *
     * @return the reference, or null if none
     */
    public @Nullable String reference() {
        return reference;
    }

    /**
     * Returns the running balance after this line, as the bank shows it.
     *
     * @return the balance, or null if the statement shows none
     */
    public @Nullable Gbp balance() {
        return balance;
    }

    /**
     * Returns whether the line is settled or a pending authorisation.
     *
     * @return the settlement, not null
     */
    public Settlement settlement() {
        return settlement;
    }

    /**
     * Returns the bank's transaction type, as written.
     *
     * @return the type, or null if none
     */
    public @Nullable String type() {
        return type;
    }

    /**
     * Returns the position of this line among the identical lines of its statement (same date, amount, text and
     * balance), counting from 0 in file order.
     *
     * @return the position, 0 or more
     */
    public int occurrence() {
        return occurrence;
    }

    /**
     * Returns what identifies this line across downloads: the bank's transaction id where it gives one, otherwise
     * the date, amount, text, running balance and position among identical lines.
     *
     * @return the fingerprint, not null
     */
    public LineFingerprint fingerprint() {
        LineFingerprint made = fingerprint;
        if (made == null) {
            made = makeFingerprint();
            fingerprint = made;
        }
        return made;
    }

    /** The date as an epoch day. */
    int day() {
        return day;
    }

    private LineFingerprint makeFingerprint() {
        return transactionId != null ? LineFingerprint.ofId(settlement, transactionId)
                : LineFingerprint.ofContent(settlement, date, amount, contentText(), balance, occurrence);
    }

    /** The text part of the fingerprint: description and reference, trimmed, spaces collapsed, upper case. */
    String contentText() {
        String text = reference == null ? description : description + " | " + reference;
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StatementLine o && sourceLine == o.sourceLine && occurrence == o.occurrence
                && date.equals(o.date) && amount.equals(o.amount) && description.equals(o.description)
                && settlement == o.settlement && Objects.equals(transactionId, o.transactionId)
                && Objects.equals(reference, o.reference) && Objects.equals(balance, o.balance)
                && Objects.equals(type, o.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceLine, occurrence, date, amount, description, settlement, transactionId, reference,
                balance, type);
    }

    /**
     * Returns the line with its description and reference masked, as
     * {@code StatementLine[line 12, 2026-04-06, -£45.00, "T**** S*****" (12 characters), SETTLED]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "StatementLine[line " + sourceLine + ", " + date + ", " + amount + ", " + Texts.mask(description)
                + (reference == null ? "" : ", ref " + Texts.mask(reference))
                + (balance == null ? "" : ", balance " + balance) + ", " + settlement
                + (occurrence == 0 ? "" : ", occurrence " + occurrence) + "]";
    }
}
