package org.carebudget.core.employment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * A recorded absence for sickness: the days the PA was unfit for work, the qualifying days (the days of the week they
 * normally work, over which Statutory Sick Pay is shared), their average weekly earnings over the eight weeks before
 * it, and the SSP paid for it. Built by {@link #builder}; immutable and thread-safe.
 */
public final class SicknessAbsence implements Evidence {

    /** The longest absence one record holds: 3 years of days. */
    public static final long MAX_DAYS = 3L * 366;

    private final DateRange days;
    private final Set<DayOfWeek> qualifyingDays;
    private final Gbp averageWeeklyEarnings;
    private final Gbp sickPayPaid;

    private SicknessAbsence(Builder b) {
        this.days = b.days;
        this.qualifyingDays = b.qualifyingDays;
        this.averageWeeklyEarnings = b.averageWeeklyEarnings;
        this.sickPayPaid = b.sickPayPaid;
    }

    /**
     * Starts an absence.
     *
     * @param days the days unfit for work, half-open, with an end, 1 - {@value #MAX_DAYS} days of supported dates,
     *     not null (use {@code DateRange.ofClosed(first, last)})
     * @param qualifyingDays the days of the week the PA normally works, 1 - 7 of them, not null
     * @param averageWeeklyEarnings average weekly earnings over the eight weeks before the absence, £0 - £10m
     * @return a builder, not null; not thread-safe
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static Builder builder(DateRange days, Set<DayOfWeek> qualifyingDays, Gbp averageWeeklyEarnings) {
        Checks.CORE.notNull(days, "sicknessAbsence.days");
        Checks.CORE.date(days.start(), "sicknessAbsence.days");
        if (days.isOpenEnded() || days.days() < 1 || days.days() > MAX_DAYS) {
            throw new InvalidValueException("sicknessAbsence.days", "1 - " + MAX_DAYS + " days with an end", days);
        }
        Checks.CORE.date(days.end().orElseThrow().minusDays(1), "sicknessAbsence.days");
        Set<DayOfWeek> qualifying = Checks.CORE.set(qualifyingDays, 7, "sicknessAbsence.qualifyingDays");
        if (qualifying.isEmpty()) {
            throw new InvalidValueException("sicknessAbsence.qualifyingDays", "1 - 7 days of the week", "none");
        }
        return new Builder(days, Collections.unmodifiableSet(EnumSet.copyOf(qualifying)),
                amount(averageWeeklyEarnings, "sicknessAbsence.averageWeeklyEarnings"));
    }

    /**
     * Starts an absence with the qualifying days given one by one.
     *
     * @param days the days unfit for work, as {@link #builder(DateRange, Set, Gbp)}
     * @param averageWeeklyEarnings average weekly earnings, £0 - £10m
     * @param qualifyingDays the days of the week the PA normally works, 1 - 7 of them, not null
     * @return a builder, not null; not thread-safe
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static Builder builder(DateRange days, Gbp averageWeeklyEarnings, DayOfWeek... qualifyingDays) {
        Checks.CORE.notNull(qualifyingDays, "sicknessAbsence.qualifyingDays");
        return builder(days, Checks.CORE.set(Arrays.asList(qualifyingDays), 7, "sicknessAbsence.qualifyingDays"),
                averageWeeklyEarnings);
    }

    private static Gbp amount(@Nullable Gbp value, String field) {
        Checks.CORE.notNull(value, field);
        if (value.isNegative() || value.compareTo(PayRecord.MAX_LINE) > 0) {
            throw new InvalidValueException(field, "£0.00 - " + PayRecord.MAX_LINE, value);
        }
        return value;
    }

    /**
     * Returns the days unfit for work.
     *
     * @return the half-open range, with an end, not null
     */
    public DateRange days() {
        return days;
    }

    /**
     * Returns the first day unfit for work.
     *
     * @return the date, not null
     */
    public LocalDate firstDay() {
        return days.start();
    }

    /**
     * Returns the first day after the absence (exclusive end).
     *
     * @return the date, not null
     */
    public LocalDate end() {
        return days.end().orElseThrow();
    }

    /**
     * Returns the days of the week the PA normally works.
     *
     * @return 1 - 7 days, unmodifiable, not null
     */
    public Set<DayOfWeek> qualifyingDays() {
        return qualifyingDays;
    }

    /**
     * Returns average weekly earnings over the eight weeks before the absence.
     *
     * @return zero or more
     */
    public Gbp averageWeeklyEarnings() {
        return averageWeeklyEarnings;
    }

    /**
     * Returns the Statutory Sick Pay paid for the absence.
     *
     * @return zero or more
     */
    public Gbp sickPayPaid() {
        return sickPayPaid;
    }

    @Override
    public LocalDate evidenceDate() {
        return days.start();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SicknessAbsence s && s.days.equals(days) && s.qualifyingDays.equals(qualifyingDays)
                && s.averageWeeklyEarnings.equals(averageWeeklyEarnings) && s.sickPayPaid.equals(sickPayPaid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(days, qualifyingDays, averageWeeklyEarnings, sickPayPaid);
    }

    @Override
    public String toString() {
        return "SicknessAbsence[" + days + ", SSP paid " + sickPayPaid + "]";
    }

    /** Builds a {@link SicknessAbsence}. Mutable and not thread-safe. */
    public static final class Builder {

        private final DateRange days;
        private final Set<DayOfWeek> qualifyingDays;
        private final Gbp averageWeeklyEarnings;
        private Gbp sickPayPaid = Gbp.ZERO;

        private Builder(DateRange days, Set<DayOfWeek> qualifyingDays, Gbp averageWeeklyEarnings) {
            this.days = days;
            this.qualifyingDays = qualifyingDays;
            this.averageWeeklyEarnings = averageWeeklyEarnings;
        }

        /**
         * Sets the Statutory Sick Pay paid for the absence (default: none).
         *
         * @param amount £0 - £10m
         * @return this builder
         * @throws InvalidValueException if {@code amount} is null or out of range
         */
        public Builder sickPayPaid(Gbp amount) {
            this.sickPayPaid = amount(amount, "sicknessAbsence.sickPayPaid");
            return this;
        }

        /**
         * Builds the absence. The builder is unchanged.
         *
         * @return the absence, not null
         */
        public SicknessAbsence build() {
            return new SicknessAbsence(this);
        }
    }
}
