package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * What a statement says the balance was at the start or end of a date, as plain-text accounting's balance
 * assertions do. A reconciliation checks each one against the ledger ({@link BalanceCheck}). Immutable and
 * thread-safe.
 */
public final class BalanceAssertion {

    private final LocalDate date;
    private final DayBoundary boundary;
    private final Gbp balance;

    private BalanceAssertion(LocalDate date, DayBoundary boundary, Gbp balance) {
        this.date = date;
        this.boundary = boundary;
        this.balance = balance;
    }

    /**
     * Returns an assertion.
     *
     * @param date the date, not null, within {@code SupportedDates}
     * @param boundary start or end of that date, not null
     * @param balance the balance the statement shows, not null
     * @return the assertion, not null
     * @throws LedgerException if a value is null or the date is unsupported
     */
    public static BalanceAssertion of(LocalDate date, DayBoundary boundary, Gbp balance) {
        return new BalanceAssertion(LedgerException.CHECKS.date(date, "date"),
                LedgerException.notNull(boundary, "boundary"), LedgerException.notNull(balance, "balance"));
    }

    /**
     * Returns the date.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns whether the balance is at the start or the end of the date.
     *
     * @return the boundary, not null
     */
    public DayBoundary boundary() {
        return boundary;
    }

    /**
     * Returns the balance the statement shows.
     *
     * @return the balance, not null
     */
    public Gbp balance() {
        return balance;
    }

    /**
     * Returns the first date whose items no longer count towards this balance (exclusive): the date itself at the
     * start of the day, the next date at its end.
     *
     * @return the cut-off date, not null
     */
    public LocalDate cutOff() {
        return boundary == DayBoundary.START_OF_DAY ? date : date.plusDays(1);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BalanceAssertion o && date.equals(o.date) && boundary == o.boundary
                && balance.equals(o.balance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, boundary, balance);
    }

    @Override
    public String toString() {
        return "BalanceAssertion[" + balance + " at " + boundary + " " + date + "]";
    }
}
