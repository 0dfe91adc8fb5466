package org.carebudget.money.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;

/**
 * A funder's scheduled payments into a budget: a fixed amount every so many weeks from a first date, paid in
 * advance (4-weekly is usual for direct payments). Instalment {@code n} (from 0) is due on
 * {@code first + n * everyWeeks weeks}. Immutable and thread-safe.
 *
 * @param funder the funder paying, not null
 * @param amount the amount of each instalment, above zero, not null
 * @param first the date the first instalment is due, not null
 * @param everyWeeks the weeks between instalments, 1 - 52
 */
public record ReceiptSchedule(FunderId funder, Gbp amount, LocalDate first, int everyWeeks) {

    /** The most instalments taken from a schedule in one call. */
    public static final int MAX_INSTALMENTS = 1_000;

    /**
     * Validates the schedule.
     *
     * @param funder the funder, not null
     * @param amount the instalment amount, above zero, not null
     * @param first the first due date, not null
     * @param everyWeeks the weeks between instalments, 1 - 52
     * @throws LedgerException if a value is null or out of range
     */
    public ReceiptSchedule {
        LedgerException.notNull(funder, "funder");
        LedgerException.notNull(amount, "amount");
        LedgerException.positivePence(amount.pence(), "amount");
        LedgerException.notNull(first, "first");
        LedgerException.inRange(everyWeeks, 1, 52, "everyWeeks");
    }

    /**
     * Returns the due dates of the instalments due on or before a date, in order.
     *
     * @param asOf the date, not null
     * @return the due dates, not null, empty before {@code first}, at most {@link #MAX_INSTALMENTS}
     * @throws LedgerException if {@code asOf} is null or more than {@link #MAX_INSTALMENTS} instalments are due
     */
    public List<LocalDate> dueOnOrBefore(LocalDate asOf) {
        LedgerException.notNull(asOf, "asOf");
        List<LocalDate> due = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(asOf); date = date.plusWeeks(everyWeeks)) {
            if (due.size() == MAX_INSTALMENTS) {
                throw new LedgerException("asOf", "a date with at most " + MAX_INSTALMENTS + " instalments due", asOf);
            }
            due.add(date);
        }
        return List.copyOf(due);
    }
}
