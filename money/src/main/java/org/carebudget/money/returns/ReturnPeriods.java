package org.carebudget.money.returns;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.SupportedDates;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * The periods returns are made for: UK financial quarters, the year running from 1 April to 31 March (the
 * government's financial year, which councils' and the NHS's returns follow, not the tax year from 6 April).
 * Quarter 1 is April - June, 2 July - September, 3 October - December, 4 January - March. Every period is a
 * half-open {@link DateRange} {@code [start, end)}. Stateless and thread-safe.
 */
public final class ReturnPeriods {

    /** Where the financial year comes from. */
    public static final Source SOURCE = Source.of("Financial year ending 31 March (Halsbury's Laws of England, "
            + "Parliament, para 875, lexisnexis.co.uk); quarters from April as in NHS England's Personal Health "
            + "Budget collection (digital.nhs.uk data collections, personal-health-budget-phb: Quarter 1 2023/24 "
            + "submitted from 3 July 2023, Quarter 4 from 1 April 2024)", Status.CONFIRMED);

    private static final int FIRST_YEAR = SupportedDates.FIRST.getYear();
    private static final int LAST_YEAR = SupportedDates.LAST.getYear() - 1;

    private ReturnPeriods() {
    }

    /**
     * Returns a quarter of a financial year.
     *
     * @param financialYear the calendar year in which the financial year starts (2026 for 2026/27), 1900 - 2199
     * @param quarter the quarter, 1 - 4
     * @return the quarter, not null
     * @throws LedgerException if a value is out of range
     */
    public static DateRange financialQuarter(int financialYear, int quarter) {
        LedgerException.CHECKS.inRange(financialYear, FIRST_YEAR, LAST_YEAR, "financialYear");
        LedgerException.CHECKS.inRange(quarter, 1, 4, "quarter");
        LocalDate start = LocalDate.of(financialYear, 4, 1).plusMonths(3L * (quarter - 1));
        return DateRange.of(start, start.plusMonths(3));
    }

    /**
     * Returns the financial quarter a date falls in.
     *
     * @param date the date, not null, from 1 April 1900 to 31 March 2200
     * @return the quarter, not null
     * @throws LedgerException if {@code date} is null or out of range
     */
    public static DateRange quarterContaining(LocalDate date) {
        LedgerException.CHECKS.date(date, "date");
        int year = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        int quarter = (date.getMonthValue() + 8) % 12 / 3 + 1;
        return financialQuarter(year, quarter);
    }

    /**
     * Returns the four quarters of a financial year, in order.
     *
     * @param financialYear the calendar year in which the financial year starts, 1900 - 2199
     * @return the quarters, not null, unmodifiable
     * @throws LedgerException if out of range
     */
    public static List<DateRange> financialYear(int financialYear) {
        return List.of(financialQuarter(financialYear, 1), financialQuarter(financialYear, 2),
                financialQuarter(financialYear, 3), financialQuarter(financialYear, 4));
    }

    /**
     * Checks a period a return can be made for: not null, with an end, at least one day, within the supported
     * dates.
     *
     * @param period the period; may be null (refused)
     * @param field the field name for the message, not null
     * @return {@code period}, not null
     * @throws LedgerException if the period is null, open-ended, empty or outside the supported dates
     */
    static DateRange check(@Nullable DateRange period, String field) {
        LedgerException.notNull(period, field);
        LocalDate end = period.end().orElse(null);
        if (end == null || !end.isAfter(period.start()) || !SupportedDates.contains(period.start())
                || end.isAfter(SupportedDates.LAST.plusDays(1))) {
            throw new LedgerException(field, "a range of at least one day with an end, within "
                    + SupportedDates.FIRST + " - " + SupportedDates.LAST, period);
        }
        return period;
    }
}
