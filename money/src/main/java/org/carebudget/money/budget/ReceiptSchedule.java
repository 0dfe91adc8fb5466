package org.carebudget.money.budget;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.TransferId;
import org.carebudget.money.ledger.Ledger;
import org.jspecify.annotations.Nullable;

/**
 * A funder's scheduled payments into a budget: a fixed amount every so many weeks from a first date, paid in
 * advance (4-weekly is usual for direct payments). Instalment {@code n} (from 0) is due on
 * {@code first + n * everyWeeks weeks}, and its transfer id is {@link #instalmentId(int)}: a name-based UUID of the
 * schedule's reference and {@code n}, so no range of the vendor's own ids is taken. Built as
 * {@code ReceiptSchedule.of(reference, funder, amount).from(date).everyWeeks(4)}. Immutable and thread-safe.
 */
public final class ReceiptSchedule {

    /** The most instalments taken from a schedule in one call. */
    public static final int MAX_INSTALMENTS = 1_000;

    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final String reference;
    private final FunderId funder;
    private final Gbp amount;
    private final LocalDate first;
    private final int everyWeeks;

    private ReceiptSchedule(String reference, FunderId funder, Gbp amount, LocalDate first, int everyWeeks) {
        this.reference = reference;
        this.funder = funder;
        this.amount = amount;
        this.first = first;
        this.everyWeeks = everyWeeks;
    }

    /**
     * Starts a schedule, paying 4-weekly from the given date unless changed.
     *
     * @param reference the vendor's reference for the schedule, unique within the budget (such as
     *     {@code icb-2026-27}): 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit
     * @param funder the funder paying, not null
     * @param amount the amount of each instalment, 1 pence - {@link Ledger#MAX_AMOUNT}, not null
     * @param first the date the first instalment is due, not null, within the supported dates
     * @return the schedule, not null
     * @throws LedgerException if a value is null or out of range
     */
    public static ReceiptSchedule of(@Nullable String reference, FunderId funder, Gbp amount,
            LocalDate first) {
        LedgerException.CHECKS.bounded(reference, 64, "reference");
        if (!REFERENCE.matcher(reference).matches()) {
            throw new LedgerException("reference", "1 to 64 characters of A-Z a-z 0-9 . _ : -, starting with a letter "
                    + "or digit", '"' + reference + '"');
        }
        LedgerException.notNull(funder, "funder");
        LedgerException.notNull(amount, "amount");
        if (amount.pence() <= 0 || amount.pence() > Ledger.MAX_AMOUNT_PENCE) {
            throw new LedgerException("amount", "1 pence - " + Ledger.MAX_AMOUNT, amount);
        }
        return new ReceiptSchedule(reference, funder, amount, LedgerException.CHECKS.date(first, "first"), 4);
    }

    /**
     * Returns this schedule paying every so many weeks.
     *
     * @param weeks the weeks between instalments, 1 - 52
     * @return the schedule, not null; {@code this} if unchanged
     * @throws LedgerException if out of range
     */
    public ReceiptSchedule everyWeeks(int weeks) {
        LedgerException.CHECKS.inRange(weeks, 1, 52, "everyWeeks");
        return weeks == everyWeeks ? this : new ReceiptSchedule(reference, funder, amount, first, weeks);
    }

    /**
     * Returns the transfer id of instalment {@code n}: the name-based (version 3) UUID of
     * {@code "carebudget receipt-schedule " + funder + " " + reference + " " + n} in UTF-8.
     *
     * @param n the instalment, 0 - {@value #MAX_INSTALMENTS} * 1,000
     * @return the id, not null
     * @throws LedgerException if {@code n} is out of range
     */
    public TransferId instalmentId(int n) {
        LedgerException.CHECKS.inRange(n, 0, MAX_INSTALMENTS * 1_000, "instalment");
        String name = "carebudget receipt-schedule " + funder + " " + reference + " " + n;
        return TransferId.of(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Returns the due dates of the instalments due on or before a date, in order.
     *
     * @param asOf the date, not null, within the supported dates
     * @return the due dates, not null, empty before the first, at most {@link #MAX_INSTALMENTS}
     * @throws LedgerException if {@code asOf} is null or unsupported, or more than {@link #MAX_INSTALMENTS}
     *     instalments are due
     */
    public List<LocalDate> dueOnOrBefore(LocalDate asOf) {
        LedgerException.CHECKS.date(asOf, "asOf");
        List<LocalDate> due = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(asOf); date = date.plusWeeks(everyWeeks)) {
            if (due.size() == MAX_INSTALMENTS) {
                throw new LedgerException("asOf", "a date with at most " + MAX_INSTALMENTS + " instalments due", asOf);
            }
            due.add(date);
        }
        return List.copyOf(due);
    }

    /**
     * Returns the vendor's reference for the schedule.
     *
     * @return the reference, not null
     */
    public String reference() {
        return reference;
    }

    /**
     * Returns the funder paying.
     *
     * @return the funder, not null
     */
    public FunderId funder() {
        return funder;
    }

    /**
     * Returns the amount of each instalment.
     *
     * @return the amount, not null
     */
    public Gbp amount() {
        return amount;
    }

    /**
     * Returns the date the first instalment is due.
     *
     * @return the date, not null
     */
    public LocalDate first() {
        return first;
    }

    /**
     * Returns the weeks between instalments.
     *
     * @return the weeks, 1 - 52
     */
    public int everyWeeks() {
        return everyWeeks;
    }

    @Override
    public String toString() {
        return "schedule " + reference + ": " + funder + " pays " + amount + " every " + everyWeeks + " weeks from "
                + first;
    }
}
