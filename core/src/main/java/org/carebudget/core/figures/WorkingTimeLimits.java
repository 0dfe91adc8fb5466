package org.carebudget.core.figures;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * The working-time limits of the Working Time Regulations 1998 (GB): 48 hours a week on average over 17 weeks
 * (reg. 4, unless the worker opts out in writing); for a young worker (under 18) 8 hours a day and 40 hours a week,
 * with no averaging and no opt-out (reg. 5A). Built by {@link #from(LocalDate)}; immutable and thread-safe.
 */
public final class WorkingTimeLimits implements DatedFigures {

    private final DateRange inForce;
    private final int averageWeeklyHours;
    private final int referenceWeeks;
    private final int youngWorkerDailyHours;
    private final int youngWorkerWeeklyHours;
    private final Source source;

    private WorkingTimeLimits(Builder b) {
        this.inForce = Figures.range(b.start, b.end, "workingTime.inForce");
        this.averageWeeklyHours = Checks.CORE.inRange(b.averageWeeklyHours, 1, 168, "workingTime.averageWeeklyHours");
        this.referenceWeeks = Checks.CORE.inRange(b.referenceWeeks, 1, 52, "workingTime.referenceWeeks");
        this.youngWorkerDailyHours = Checks.CORE.inRange(b.youngWorkerDailyHours, 1, 24,
                "workingTime.youngWorkerDailyHours");
        this.youngWorkerWeeklyHours = Checks.CORE.inRange(b.youngWorkerWeeklyHours, 1, 168,
                "workingTime.youngWorkerWeeklyHours");
        this.source = Figures.required(b.source, "workingTime.source");
    }

    /**
     * Starts a row in force from a date.
     *
     * @param start the first day in force, a supported date, not null
     * @return a builder, not null; not thread-safe
     */
    public static Builder from(LocalDate start) {
        return new Builder(Checks.CORE.date(start, "workingTime.start"));
    }

    @Override
    public DateRange inForce() {
        return inForce;
    }

    @Override
    public Source source() {
        return source;
    }

    /**
     * Returns the most hours a week on average over the reference period.
     *
     * @return hours, 1 - 168 (48)
     */
    public int averageWeeklyHours() {
        return averageWeeklyHours;
    }

    /**
     * Returns the weeks over which the weekly average is taken.
     *
     * @return weeks, 1 - 52 (17)
     */
    public int referenceWeeks() {
        return referenceWeeks;
    }

    /**
     * Returns the most hours a day for a young worker.
     *
     * @return hours, 1 - 24 (8)
     */
    public int youngWorkerDailyHours() {
        return youngWorkerDailyHours;
    }

    /**
     * Returns the most hours a week for a young worker.
     *
     * @return hours, 1 - 168 (40)
     */
    public int youngWorkerWeeklyHours() {
        return youngWorkerWeeklyHours;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WorkingTimeLimits w && w.inForce.equals(inForce) && w.averageWeeklyHours == averageWeeklyHours
                && w.referenceWeeks == referenceWeeks && w.youngWorkerDailyHours == youngWorkerDailyHours
                && w.youngWorkerWeeklyHours == youngWorkerWeeklyHours && w.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inForce, averageWeeklyHours, referenceWeeks, youngWorkerDailyHours, youngWorkerWeeklyHours,
                source);
    }

    @Override
    public String toString() {
        return "WorkingTimeLimits[" + inForce + ": " + averageWeeklyHours + " h/wk over " + referenceWeeks
                + " weeks; young workers " + youngWorkerDailyHours + " h/day, " + youngWorkerWeeklyHours + " h/wk]";
    }

    /** Builds a {@link WorkingTimeLimits} row. Mutable and not thread-safe; {@link #build} validates. */
    public static final class Builder {

        private final LocalDate start;
        private @Nullable LocalDate end;
        private int averageWeeklyHours;
        private int referenceWeeks;
        private int youngWorkerDailyHours;
        private int youngWorkerWeeklyHours;
        private @Nullable Source source;

        private Builder(LocalDate start) {
            this.start = start;
        }

        /**
         * Sets the first day no longer in force (default: open-ended).
         *
         * @param end the exclusive end, after the start, a supported date, not null
         * @return this builder
         */
        public Builder until(LocalDate end) {
            this.end = Checks.CORE.date(end, "workingTime.end");
            return this;
        }

        /**
         * Sets the adult weekly limit.
         *
         * @param hours the most hours a week on average, 1 - 168
         * @param overWeeks the reference period in weeks, 1 - 52
         * @return this builder
         */
        public Builder averageWeeklyHours(int hours, int overWeeks) {
            this.averageWeeklyHours = hours;
            this.referenceWeeks = overWeeks;
            return this;
        }

        /**
         * Sets the young-worker limits.
         *
         * @param daily the most hours a day, 1 - 24
         * @param weekly the most hours a week, 1 - 168
         * @return this builder
         */
        public Builder youngWorkerHours(int daily, int weekly) {
            this.youngWorkerDailyHours = daily;
            this.youngWorkerWeeklyHours = weekly;
            return this;
        }

        /**
         * Sets the source.
         *
         * @param value the source, not null
         * @return this builder
         */
        public Builder source(Source value) {
            this.source = value;
            return this;
        }

        /**
         * Validates and builds the row. The builder is unchanged.
         *
         * @return the row, not null
         * @throws InvalidValueException if a figure is missing or out of range
         */
        public WorkingTimeLimits build() {
            return new WorkingTimeLimits(this);
        }
    }
}
