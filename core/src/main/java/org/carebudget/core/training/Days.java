package org.carebudget.core.training;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/** Dates as epoch days in an int, within the years the register accepts. Stateless and thread-safe. */
final class Days {

    /** Epoch day standing for "never lapses". */
    static final int NEVER = Integer.MAX_VALUE;

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    private static final String RANGE = FIRST + " - " + LAST;

    private Days() {
    }

    /** Returns the epoch day of a date, rejecting null and dates outside 1900 - 9999. */
    static int of(LocalDate date, String field) {
        InvalidValueException.requireNonNull(date, field);
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new InvalidValueException(field, RANGE, date);
        }
        return (int) date.toEpochDay();
    }

    /** Returns the date of an epoch day, or null for {@link #NEVER}. */
    static LocalDate date(int day) {
        return day == NEVER ? null : LocalDate.ofEpochDay(day);
    }

    /** Returns the epoch day a whole number of months after a date, or {@link #NEVER} beyond 9999. */
    static int plusMonths(LocalDate date, int months) {
        LocalDate result = date.plusMonths(months);
        return result.isAfter(LAST) ? NEVER : (int) result.toEpochDay();
    }
}
