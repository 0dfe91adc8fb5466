package org.carebudget.money.reconcile;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import org.carebudget.core.time.LondonTime;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * How a statement profile reads a date: a day-month-year pattern such as {@code dd/MM/uuuu} (read strictly, month
 * names in English, ignoring case), or a UTC timestamp ({@code 2026-04-06T22:30:00Z}, as prepaid-card providers
 * give) turned into its date in UK time, so a card payment at 23:30 on a summer evening is dated that day, not the
 * next. Immutable and thread-safe.
 */
public final class DateForm {

    /** {@code 06/04/2026}: what every UK bank's download uses. */
    public static final DateForm DAY_MONTH_YEAR = pattern("dd/MM/uuuu");

    /** {@code 06 Apr 2026}: Nationwide's statement download. */
    public static final DateForm DAY_MONTH_NAME_YEAR = pattern("dd MMM uuuu");

    /** An ISO-8601 instant in UTC, dated in UK time ({@code Europe/London}). */
    public static final DateForm UTC_TIMESTAMP = new DateForm("UTC timestamp (ISO-8601, e.g. 2026-04-06T22:30:00Z)",
            null);

    /** The longest date text read. */
    static final int MAX_TEXT = 40;

    private final String pattern;
    private final @Nullable DateTimeFormatter formatter;

    private DateForm(String pattern, @Nullable DateTimeFormatter formatter) {
        this.pattern = pattern;
        this.formatter = formatter;
    }

    /**
     * Returns the form of a {@link DateTimeFormatter} pattern, read strictly in English.
     *
     * @param pattern the pattern, such as {@code dd/MM/uuuu}, not blank, at most 40 characters; use {@code uuuu} for
     *     the year
     * @return the form, not null
     * @throws LedgerException if the pattern is null, blank, too long or not a valid pattern
     */
    public static DateForm pattern(String pattern) {
        Texts.required(pattern, MAX_TEXT, "pattern");
        try {
            DateTimeFormatter formatter = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
            return new DateForm(pattern, formatter);
        } catch (IllegalArgumentException e) {
            throw new LedgerException("pattern", "a java.time date pattern such as dd/MM/uuuu", pattern);
        }
    }

    /**
     * Reads a date, or returns null if the text is not in this form or the date is outside {@code SupportedDates}.
     * The text is at most {@value #MAX_TEXT} characters (checked by the caller).
     */
    @Nullable LocalDate read(String text) {
        if ("dd/MM/uuuu".equals(pattern)) {
            return readDayMonthYear(text);
        }
        try {
            LocalDate date = formatter == null ? LocalDate.ofInstant(Instant.parse(text), LondonTime.ZONE)
                    : LocalDate.parse(text, formatter);
            return org.carebudget.core.time.SupportedDates.contains(date) ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code dd/MM/uuuu} read by hand: the same dates as the strict formatter, without its cost per line. */
    private static @Nullable LocalDate readDayMonthYear(String text) {
        if (text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
            return null;
        }
        int day = digits(text, 0, 2);
        int month = digits(text, 3, 5);
        int year = digits(text, 6, 10);
        if (day < 0 || month < 0 || year < 0) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return org.carebudget.core.time.SupportedDates.contains(date) ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

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
     * Returns the pattern, or the words describing a timestamp form.
     *
     * @return the pattern, not null
     */
    public String pattern() {
        return pattern;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DateForm o && pattern.equals(o.pattern);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pattern);
    }

    @Override
    public String toString() {
        return "DateForm[" + pattern + "]";
    }
}
