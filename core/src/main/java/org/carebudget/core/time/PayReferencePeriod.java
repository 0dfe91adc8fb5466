package org.carebudget.core.time;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * One pay reference period of a {@link PaySchedule}: the span of days that one payment of wages covers, over which
 * minimum wage, pension and NI are assessed. Obtain one with {@link PaySchedule#periodContaining}, or check a stored
 * one with {@link #of}.
 *
 * <p>Dates follow the convention of {@code org.carebudget.core}: the range is half-open, its end (exclusive) the
 * first day of the next period; both lie within {@link SupportedDates}. Built by factories, so fields may be added
 * without breaking callers. Immutable and thread-safe.
 */
public final class PayReferencePeriod {

    // Not named as the JSON properties: see PaySchedule.
    private final PaySchedule paySchedule;
    private final DateRange days;

    PayReferencePeriod(PaySchedule schedule, DateRange range) {
        this.paySchedule = schedule;
        this.days = range;
    }

    /**
     * Returns the period of a schedule that covers a range, checking that the range is one of its periods.
     *
     * @param schedule the schedule it belongs to, not null
     * @param range the days it covers, half-open, not null, exactly one period of {@code schedule}
     * @return the period, not null
     * @throws InvalidValueException if an argument is null, or the range is not a period of the schedule
     */
    public static PayReferencePeriod of(PaySchedule schedule, DateRange range) {
        Checks.CORE.notNull(schedule, "schedule");
        Checks.CORE.notNull(range, "range");
        DateRange expected = schedule.rangeContaining(range.start());
        if (!range.equals(expected)) {
            throw new InvalidValueException("range", "a period of " + schedule + ", such as " + expected, range);
        }
        return new PayReferencePeriod(schedule, range);
    }

    /**
     * Returns the schedule the period belongs to.
     *
     * @return the schedule, not null
     */
    public PaySchedule schedule() {
        return paySchedule;
    }

    /**
     * Returns the days the period covers.
     *
     * @return the half-open range, never open-ended, not null
     */
    public DateRange range() {
        return days;
    }

    /**
     * Returns the first day of the period.
     *
     * @return the start, not null
     */
    public LocalDate start() {
        return days.start();
    }

    /**
     * Returns the first day after the period (exclusive): the first day of the next period.
     *
     * @return the end, not null
     */
    public LocalDate end() {
        return days.end().orElseThrow();
    }

    /**
     * Returns the following period of the same schedule.
     *
     * @return the next period, not null
     * @throws InvalidValueException if the next period would end after {@link SupportedDates#END}
     */
    public PayReferencePeriod next() {
        LocalDate end = end();
        if (end.isAfter(SupportedDates.LAST)) {
            throw new InvalidValueException("period", "a period whose next period lies within supported dates "
                    + SupportedDates.FIRST + " - " + SupportedDates.END + " (exclusive)", days);
        }
        return paySchedule.periodContaining(end);
    }

    /**
     * Returns the pay frequency.
     *
     * @return the frequency, not null
     */
    public PayFrequency frequency() {
        return paySchedule.frequency();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PayReferencePeriod && ((PayReferencePeriod) other).paySchedule.equals(paySchedule)
                && ((PayReferencePeriod) other).days.equals(days);
    }

    @Override
    public int hashCode() {
        return paySchedule.hashCode() * 31 + days.hashCode();
    }

    /** Returns the period as {@code PayReferencePeriod[schedule=PaySchedule[..], range=2026-04-06/2026-04-13]}. */
    @Override
    public String toString() {
        return "PayReferencePeriod[schedule=" + paySchedule + ", range=" + days + "]";
    }
}
