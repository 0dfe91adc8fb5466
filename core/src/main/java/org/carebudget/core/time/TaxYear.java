package org.carebudget.core.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Pattern;
import org.carebudget.core.InvalidValueException;

/**
 * A UK tax year: 6 April to 5 April. The text form is {@code 2026/27}; {@code parse(y.toString())} equals
 * {@code y}. Immutable and thread-safe; compares by start year.
 */
public final class TaxYear implements Comparable<TaxYear> {

    private static final int FIRST = 1900;
    private static final int LAST = 9998;
    private static final String FORM = "yyyy/yy with yy one after yyyy, years " + FIRST + " - " + LAST;
    private static final Pattern TEXT = Pattern.compile("[0-9]{4}/[0-9]{2}");

    private final int startYear;

    private TaxYear(int startYear) {
        this.startYear = startYear;
    }

    /**
     * Returns the tax year that starts on 6 April of {@code startYear}.
     *
     * @param startYear the calendar year it starts in, 1900 - 9998
     * @return the tax year, not null
     * @throws InvalidValueException if {@code startYear} is out of range
     */
    public static TaxYear startingIn(int startYear) {
        InvalidValueException.requireInRange(startYear, FIRST, LAST, "startYear");
        return new TaxYear(startYear);
    }

    /**
     * Returns the tax year that contains the date.
     *
     * @param date the date, not null, from 6 April 1900 to 5 April 9999 (the tax years 1900/01 to 9998/99)
     * @return the tax year, not null
     * @throws InvalidValueException if {@code date} is null or out of range
     */
    public static TaxYear containing(LocalDate date) {
        InvalidValueException.requireNonNull(date, "date");
        int year = date.getYear();
        int startYear = date.isBefore(LocalDate.of(year, Month.APRIL, 6)) ? year - 1 : year;
        if (startYear < FIRST || startYear > LAST) {
            throw new InvalidValueException("date", FIRST + "-04-06 - " + (LAST + 1) + "-04-05", date);
        }
        return new TaxYear(startYear);
    }

    /**
     * Parses the text form, for example {@code 2026/27}.
     *
     * @param text the text, not null
     * @return the tax year, not null
     * @throws InvalidValueException if the text is null or malformed
     */
    public static TaxYear parse(String text) {
        InvalidValueException.requireNonNull(text, "taxYear");
        if (TEXT.matcher(text).matches()) {
            int start = Integer.parseInt(text.substring(0, 4));
            int end = Integer.parseInt(text.substring(5));
            if (start >= FIRST && start <= LAST && end == (start + 1) % 100) {
                return new TaxYear(start);
            }
        }
        throw new InvalidValueException("taxYear", FORM, text);
    }

    /**
     * Returns the calendar year the tax year starts in.
     *
     * @return the start year
     */
    public int startYear() {
        return startYear;
    }

    /**
     * Returns 6 April of the start year.
     *
     * @return the first day, not null
     */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 6);
    }

    /**
     * Returns 6 April of the following year, the first day of the next tax year.
     *
     * @return the exclusive end, not null
     */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.APRIL, 6);
    }

    /**
     * Returns the tax year as a half-open date range.
     *
     * @return {@code [6 April, next 6 April)}, not null
     */
    public DateRange range() {
        return DateRange.of(start(), end());
    }

    /**
     * Returns the following tax year.
     *
     * @return the next tax year, not null
     * @throws InvalidValueException past 9998
     */
    public TaxYear next() {
        return startingIn(startYear + 1);
    }

    @Override
    public int compareTo(TaxYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaxYear && ((TaxYear) other).startYear == startYear;
    }

    @Override
    public int hashCode() {
        return startYear;
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
