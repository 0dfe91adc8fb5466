package org.carebudget.core.time;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A pay schedule: a frequency and the first day of one of its pay reference periods (the anchor). Every other period
 * follows from them; {@link #periodContaining} finds the one a date falls in.
 *
 * <p>Dates follow the convention of {@code org.carebudget.core}: a period is a half-open {@link DateRange}, its end
 * the first day of the next period. Every date given, and every period returned, lies within
 * {@link SupportedDates}; a date whose period would start before {@link SupportedDates#FIRST} or end after
 * {@link SupportedDates#END} is refused. Built by {@link #of}, so fields may be added without breaking callers.
 * Immutable and thread-safe.
 */
public final class PaySchedule {

    // Not named as the JSON properties: Jackson would infer a private field of a property's name as a mutator,
    // which it cannot reach on the module path (the package is exported, not opened).
    private final PayFrequency payFrequency;
    private final LocalDate anchorDate;

    private PaySchedule(PayFrequency frequency, LocalDate anchor) {
        this.payFrequency = frequency;
        this.anchorDate = anchor;
    }

    /**
     * Returns the schedule with the given frequency and anchor.
     *
     * @param frequency how often pay is made, not null
     * @param anchor the first day of any one pay reference period, not null, a supported date
     * @return the schedule, not null
     * @throws InvalidValueException if either argument is null, or {@code anchor} is outside {@link SupportedDates}
     */
    public static PaySchedule of(PayFrequency frequency, LocalDate anchor) {
        Checks.CORE.notNull(frequency, "frequency");
        Checks.CORE.date(anchor, "anchor");
        return new PaySchedule(frequency, anchor);
    }

    /**
     * Returns how often pay is made.
     *
     * @return the frequency, not null
     */
    public PayFrequency frequency() {
        return payFrequency;
    }

    /**
     * Returns the first day of one of the schedule's periods.
     *
     * @return the anchor, not null
     */
    public LocalDate anchor() {
        return anchorDate;
    }

    /**
     * Returns the pay reference period that contains the date.
     *
     * @param date the date, not null, a supported date
     * @return the period, not null
     * @throws InvalidValueException if {@code date} is null or outside {@link SupportedDates}, or its period would
     *     start before {@link SupportedDates#FIRST} or end after {@link SupportedDates#END}
     */
    public PayReferencePeriod periodContaining(LocalDate date) {
        Checks.CORE.date(date, "date");
        return new PayReferencePeriod(this, rangeContaining(date));
    }

    /** The period's range; both dates are supported, so no arithmetic here leaves what java.time represents. */
    DateRange rangeContaining(LocalDate date) {
        long n = payFrequency.indexOf(anchorDate, date);
        LocalDate start = payFrequency.startOf(anchorDate, n);
        LocalDate end = payFrequency.startOf(anchorDate, n + 1);
        if (start.isBefore(SupportedDates.FIRST) || end.isAfter(SupportedDates.END)) {
            throw new InvalidValueException("date", "a date whose pay period lies within " + SupportedDates.FIRST
                    + " - " + SupportedDates.END + " (exclusive)", date);
        }
        return DateRange.of(start, end);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PaySchedule && ((PaySchedule) other).payFrequency == payFrequency
                && ((PaySchedule) other).anchorDate.equals(anchorDate);
    }

    @Override
    public int hashCode() {
        return payFrequency.hashCode() * 31 + anchorDate.hashCode();
    }

    /** Returns the schedule as {@code PaySchedule[frequency=WEEKLY, anchor=2026-04-06]}. */
    @Override
    public String toString() {
        return "PaySchedule[frequency=" + payFrequency + ", anchor=" + anchorDate + "]";
    }
}
