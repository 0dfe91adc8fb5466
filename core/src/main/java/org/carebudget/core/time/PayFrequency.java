package org.carebudget.core.time;

import java.time.LocalDate;
import java.time.Period;

/**
 * How often a personal assistant is paid: the length of a pay reference period. Thread-safe.
 */
public enum PayFrequency {
    /** Every 7 days. */
    WEEKLY(Period.ofDays(7), 52),
    /** Every 14 days. */
    FORTNIGHTLY(Period.ofDays(14), 26),
    /** Every 28 days. */
    FOUR_WEEKLY(Period.ofDays(28), 13),
    /** Every calendar month, on the same day of the month as the schedule's anchor (clipped to month end). */
    MONTHLY(Period.ofMonths(1), 12);

    private final Period length;
    private final int periodsPerYear;

    PayFrequency(Period length, int periodsPerYear) {
        this.length = length;
        this.periodsPerYear = periodsPerYear;
    }

    /**
     * Returns the number of whole periods HMRC counts in a year (52, 26, 13 or 12).
     *
     * @return the periods per year
     */
    public int periodsPerYear() {
        return periodsPerYear;
    }

    /**
     * Returns the start of the {@code n}th period of a schedule anchored on {@code anchor}.
     *
     * @param anchor the start of period 0, not null
     * @param n the period index, may be negative
     * @return the start date, not null
     */
    LocalDate startOf(LocalDate anchor, long n) {
        return this == MONTHLY ? anchor.plusMonths(n) : anchor.plusDays(n * length.getDays());
    }

    /**
     * Returns an estimate of the period index containing {@code date}, exact for fixed-length periods.
     *
     * @param anchor the start of period 0, not null
     * @param date the date, not null
     * @return the period index
     */
    long indexOf(LocalDate anchor, LocalDate date) {
        if (this == MONTHLY) {
            long months = (date.getYear() - anchor.getYear()) * 12L + date.getMonthValue() - anchor.getMonthValue();
            while (startOf(anchor, months).isAfter(date)) {
                months--;
            }
            while (!startOf(anchor, months + 1).isAfter(date)) {
                months++;
            }
            return months;
        }
        return Math.floorDiv(date.toEpochDay() - anchor.toEpochDay(), length.getDays());
    }
}
