package org.carebudget.core.time;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/**
 * One pay reference period of a {@link PaySchedule}: the span of days that one payment of wages covers, over
 * which minimum wage, pension and NI are assessed. Obtain one with {@link PaySchedule#periodContaining}.
 * Immutable and thread-safe.
 *
 * @param schedule the schedule it belongs to, not null
 * @param range the days it covers, half-open, not null
 */
public record PayReferencePeriod(PaySchedule schedule, DateRange range) {

    /**
     * Validates the period.
     *
     * @param schedule the schedule it belongs to, not null
     * @param range the days it covers, half-open, not null
     * @throws InvalidValueException if a component is null, or the range is not a period of the schedule
     */
    public PayReferencePeriod {
        InvalidValueException.requireNonNull(schedule, "schedule");
        InvalidValueException.requireNonNull(range, "range");
        DateRange expected = schedule.rangeContaining(range.start());
        if (!range.equals(expected)) {
            throw new InvalidValueException("range", "a period of " + schedule + ", such as " + expected, range);
        }
    }

    /**
     * Returns the first day of the period.
     *
     * @return the start, not null
     */
    public LocalDate start() {
        return range.start();
    }

    /**
     * Returns the following period of the same schedule.
     *
     * @return the next period, not null
     */
    public PayReferencePeriod next() {
        return schedule.after(this);
    }

    /**
     * Returns the pay frequency.
     *
     * @return the frequency, not null
     */
    public PayFrequency frequency() {
        return schedule.frequency();
    }
}
