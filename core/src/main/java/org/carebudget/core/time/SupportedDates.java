package org.carebudget.core.time;

import java.time.Instant;
import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/**
 * The dates CareBudget works with: 1 January 1900 to 31 December 2200, in UK time. Every public entry point that
 * takes a date or an instant refuses one outside this range with its module's exception, so no date arithmetic
 * inside the library (a refresh period added, a tax year found, a period counted) can leave what
 * {@code java.time} represents. The range is wide enough for any date of birth of a living person and any plan
 * or journal a budget holds, and narrow enough that adding a century to it stays valid.
 *
 * <p>Stateless and thread-safe.
 */
public final class SupportedDates {

    /** The first date supported: 1900-01-01. */
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

    /** The last date supported: 2200-12-31. */
    public static final LocalDate LAST = LocalDate.of(2200, 12, 31);

    /** The first instant supported: the start of {@link #FIRST} in UK time. */
    public static final Instant FIRST_INSTANT = FIRST.atStartOfDay(LondonTime.ZONE).toInstant();

    /** The first instant after the supported range: the start of the day after {@link #LAST} in UK time. */
    public static final Instant END_INSTANT = LAST.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant();

    /** The supported dates as a range, {@code [FIRST, LAST + 1 day)}. */
    public static final DateRange RANGE = DateRange.ofClosed(FIRST, LAST);

    private SupportedDates() {
    }

    /**
     * Returns whether a date is supported.
     *
     * @param date the date, not null
     * @return true if {@code FIRST <= date <= LAST}
     * @throws InvalidValueException if {@code date} is null
     */
    public static boolean contains(LocalDate date) {
        InvalidValueException.requireNonNull(date, "date");
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /**
     * Returns whether an instant falls on a supported date in UK time.
     *
     * @param instant the instant, not null
     * @return true if {@code FIRST_INSTANT <= instant < END_INSTANT}
     * @throws InvalidValueException if {@code instant} is null
     */
    public static boolean contains(Instant instant) {
        InvalidValueException.requireNonNull(instant, "instant");
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }
}
