package org.carebudget.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/**
 * A pay schedule: a frequency and the first day of one of its pay reference periods (the anchor). Every
 * other period follows from them. Immutable and thread-safe.
 *
 * @param frequency how often pay is made, not null
 * @param anchor the first day of any one pay reference period, not null
 */
public record PaySchedule(PayFrequency frequency, LocalDate anchor) {

    /**
     * Validates the components.
     *
     * @param frequency how often pay is made, not null
     * @param anchor the first day of any one pay reference period, not null
     * @throws org.carebudget.core.InvalidValueException if a component is null or out of range
     */
    public PaySchedule {
        InvalidValueException.requireNonNull(frequency, "frequency");
        InvalidValueException.requireNonNull(anchor, "anchor");
    }

    /**
     * Returns the schedule with the given frequency and anchor.
     *
     * @param frequency how often pay is made, not null
     * @param anchor the first day of any one pay reference period, not null
     * @return the schedule, not null
     * @throws InvalidValueException if either argument is null
     */
    public static PaySchedule of(PayFrequency frequency, LocalDate anchor) {
        return new PaySchedule(frequency, anchor);
    }

    /**
     * Returns the pay reference period that contains the date.
     *
     * @param date the date, not null
     * @return the period, not null
     * @throws InvalidValueException if {@code date} is null, or its period would start before {@link LocalDate#MIN}
     *     or end after {@link LocalDate#MAX}
     */
    public PayReferencePeriod periodContaining(LocalDate date) {
        InvalidValueException.requireNonNull(date, "date");
        return new PayReferencePeriod(this, rangeContaining(date));
    }

    DateRange rangeContaining(LocalDate date) {
        try {
            long n = frequency.indexOf(anchor, date);
            return DateRange.of(frequency.startOf(anchor, n), frequency.startOf(anchor, n + 1));
        } catch (DateTimeException e) {
            throw new InvalidValueException("date", "a date whose pay period lies within " + LocalDate.MIN + " - "
                    + LocalDate.MAX, date);
        }
    }

    /**
     * Returns the period after the one given.
     *
     * @param period a period of this schedule, not null
     * @return the next period, not null
     */
    PayReferencePeriod after(PayReferencePeriod period) {
        return periodContaining(period.range().end().orElseThrow());
    }
}
