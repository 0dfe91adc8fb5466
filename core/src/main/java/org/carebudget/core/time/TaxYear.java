package org.carebudget.core.time;

import java.time.LocalDate;
import java.time.Month;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A UK tax year: 6 April to 5 April. The text form is {@code 2026/27} in ASCII digits whatever the default locale,
 * read back by {@link #parse}; {@code parse(y.toString())} equals {@code y}.
 *
 * <p>The tax years are those wholly within {@link SupportedDates}: 1900/01 (from 6 April 1900) to 2199/00 (to
 * 5 April 2200). Dates follow the convention of {@code org.carebudget.core}: {@link #end()} is exclusive, the
 * 6 April that starts the next tax year. Immutable and thread-safe; compares by start year.
 */
public final class TaxYear implements Comparable<TaxYear> {

    /** The first tax year's start year: 1900 (1900/01). */
    public static final int FIRST_START_YEAR = 1900;
    /** The last tax year's start year: 2199 (2199/00, ending on 5 April 2200). */
    public static final int LAST_START_YEAR = 2199;
    /** The length of the text form: {@code yyyy/yy}, 7 characters. */
    public static final int TEXT_LENGTH = 7;

    private static final int FIRST = FIRST_START_YEAR;
    private static final int LAST = LAST_START_YEAR;
    private static final String FORM = "yyyy/yy with yy one after yyyy, years " + FIRST + " - " + LAST;

    private final int startYear;

    private TaxYear(int startYear) {
        this.startYear = startYear;
    }

    /**
     * Returns the tax year that starts on 6 April of {@code startYear}.
     *
     * @param startYear the calendar year it starts in, {@value #FIRST_START_YEAR} - {@value #LAST_START_YEAR}
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
     * @param date the date, not null, from 6 April 1900 to 5 April 2200 (the tax years 1900/01 to 2199/00)
     * @return the tax year, not null
     * @throws InvalidValueException if {@code date} is null or out of range
     */
    public static TaxYear containing(LocalDate date) {
        Checks.CORE.notNull(date, "date");
        int year = date.getYear();
        int startYear = date.isBefore(LocalDate.of(year, Month.APRIL, 6)) ? year - 1 : year;
        if (startYear < FIRST || startYear > LAST) {
            throw new InvalidValueException("date", FIRST + "-04-06 - " + (LAST + 1) + "-04-05", date);
        }
        return new TaxYear(startYear);
    }

    /**
     * Parses the text form, for example {@code 2026/27}: four ASCII digits, a slash and two. The length is checked
     * before anything else is read, so a long text costs nothing more to refuse.
     *
     * @param text the text, not null, {@value #TEXT_LENGTH} characters
     * @return the tax year, not null
     * @throws InvalidValueException if the text is null, too long or malformed, or the year is out of range
     */
    public static TaxYear parse(String text) {
        Checks.CORE.notNull(text, "taxYear");
        if (text.length() == TEXT_LENGTH && text.charAt(4) == '/') {
            int start = digits(text, 0, 4);
            int end = digits(text, 5, 7);
            if (start >= FIRST && start <= LAST && end == (start + 1) % 100) {
                return new TaxYear(start);
            }
        }
        throw new InvalidValueException("taxYear", FORM, text);
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, or -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
     * Returns 6 April of the following year, the first day of the next tax year (exclusive, as every end in
     * CareBudget).
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
     * @throws InvalidValueException after 2199/00, the last tax year supported
     */
    public TaxYear next() {
        return startingIn(startYear + 1);
    }

    @Override
    public int compareTo(TaxYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TaxYear && ((TaxYear) other).startYear == startYear;
    }

    @Override
    public int hashCode() {
        return startYear;
    }

    /** Returns the text form, such as {@code 2026/27}, in ASCII digits whatever the default locale. */
    @Override
    public String toString() {
        int end = (startYear + 1) % 100;
        return startYear + (end < 10 ? "/0" : "/") + end;
    }
}
