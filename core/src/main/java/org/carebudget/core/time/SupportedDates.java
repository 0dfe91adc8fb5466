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
 * <p>{@link #LAST} is the last date supported (inclusive); {@link #END} and {@link #END_INSTANT}, like every date
 * that ends something in CareBudget, are exclusive: the first date or instant no longer supported. The predicates
 * {@link #contains(LocalDate)} and {@link #contains(Instant)} answer for any date or instant; every other public
 * method of the library refuses one outside the range.
 *
 * <p>Stateless and thread-safe.
 */
public final class SupportedDates {

    /** The first date supported: 1900-01-01. */
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

    /** The last date supported: 2200-12-31. */
    public static final LocalDate LAST = LocalDate.of(2200, 12, 31);

    /**
     * The first date after the supported range, 2201-01-01: the latest exclusive end a {@link DateRange} may have.
     * Like every date that ends something in CareBudget, it is exclusive.
     */
    public static final LocalDate END = LAST.plusDays(1);

    /** The first instant supported: the start of {@link #FIRST} in UK time. */
    public static final Instant FIRST_INSTANT = FIRST.atStartOfDay(LondonTime.ZONE).toInstant();

    /** The first instant after the supported range: the start of the day after {@link #LAST} in UK time. */
    public static final Instant END_INSTANT = END.atStartOfDay(LondonTime.ZONE).toInstant();

    /** The supported dates as a range, {@code [FIRST, END)}. */
    public static final DateRange RANGE = DateRange.ofClosed(FIRST, LAST);

    private SupportedDates() {
    }

    /**
     * Returns whether a date is supported.
     *
     * @param date the date, not null; any date, supported or not
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
     * @param instant the instant, not null; any instant, supported or not
     * @return true if {@code FIRST_INSTANT <= instant < END_INSTANT}
     * @throws InvalidValueException if {@code instant} is null
     */
    public static boolean contains(Instant instant) {
        InvalidValueException.requireNonNull(instant, "instant");
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }
}
