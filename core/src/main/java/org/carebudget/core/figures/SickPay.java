package org.carebudget.core.figures;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * Statutory Sick Pay figures for the dates in force (Social Security Contributions and Benefits Act 1992 Part XI).
 * Before 6 April 2026: the flat weekly rate, after 3 waiting days of a period of incapacity for work of at least 4
 * days, only for an employee whose average weekly earnings reach the lower earnings limit. From 6 April 2026
 * (Employment Rights Act 2025): the lower of the weekly rate and 80% of average weekly earnings, from the first day
 * of sickness, with no earnings threshold. At most {@link #maximumWeeks()} weeks in a period of entitlement. The
 * weekly rate is shared over the qualifying days (days the employee normally works) in each week.
 *
 * <p>Built by {@link #from(LocalDate)}; immutable and thread-safe.
 */
public final class SickPay implements DatedFigures {

    private final DateRange inForce;
    private final Gbp weeklyRate;
    private final int averageEarningsCapPercent;
    private final int waitingDays;
    private final @Nullable Gbp lowerEarningsLimitWeekly;
    private final int minimumIncapacityDays;
    private final int maximumWeeks;
    private final Source source;

    private SickPay(Builder b) {
        this.inForce = Figures.range(b.start, b.end, "sickPay.inForce");
        this.weeklyRate = Figures.positive(b.weeklyRate, Figures.MAX_AMOUNT_PENCE, "sickPay.weeklyRate");
        this.averageEarningsCapPercent = Checks.CORE.inRange(b.averageEarningsCapPercent, 0, 100,
                "sickPay.averageEarningsCapPercent");
        this.waitingDays = Checks.CORE.inRange(b.waitingDays, 0, 7, "sickPay.waitingDays");
        this.lowerEarningsLimitWeekly = b.lowerEarningsLimitWeekly == null ? null
                : Figures.notNegative(b.lowerEarningsLimitWeekly, Figures.MAX_AMOUNT_PENCE, "sickPay.lowerEarningsLimit");
        this.minimumIncapacityDays = Checks.CORE.inRange(b.minimumIncapacityDays, 1, 7, "sickPay.minimumIncapacityDays");
        this.maximumWeeks = Checks.CORE.inRange(b.maximumWeeks, 1, 52, "sickPay.maximumWeeks");
        this.source = Figures.required(b.source, "sickPay.source");
    }

    /**
     * Starts a row in force from a date.
     *
     * @param start the first day in force, a supported date, not null
     * @return a builder, not null; not thread-safe
     */
    public static Builder from(LocalDate start) {
        return new Builder(Checks.CORE.date(start, "sickPay.start"));
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
     * Returns the flat weekly rate.
     *
     * @return the rate, positive
     */
    public Gbp weeklyRate() {
        return weeklyRate;
    }

    /**
     * Returns the cap as a percentage of average weekly earnings: SSP is the lower of the weekly rate and this share.
     *
     * @return 1 - 100, or 0 where there is no such cap
     */
    public int averageEarningsCapPercent() {
        return averageEarningsCapPercent;
    }

    /**
     * Returns the unpaid waiting days at the start of a period of incapacity for work.
     *
     * @return 0 - 7 (3 before 6 April 2026, 0 after)
     */
    public int waitingDays() {
        return waitingDays;
    }

    /**
     * Returns the weekly lower earnings limit average earnings must reach, where one applies.
     *
     * @return the limit, or null where there is none (from 6 April 2026)
     */
    public @Nullable Gbp lowerEarningsLimitWeekly() {
        return lowerEarningsLimitWeekly;
    }

    /**
     * Returns the fewest consecutive days of incapacity that form a period of incapacity for work.
     *
     * @return 1 - 7 (4 before 6 April 2026)
     */
    public int minimumIncapacityDays() {
        return minimumIncapacityDays;
    }

    /**
     * Returns the most weeks of SSP in a period of entitlement.
     *
     * @return weeks (28)
     */
    public int maximumWeeks() {
        return maximumWeeks;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SickPay s && s.inForce.equals(inForce) && s.weeklyRate.equals(weeklyRate)
                && s.averageEarningsCapPercent == averageEarningsCapPercent && s.waitingDays == waitingDays
                && Objects.equals(s.lowerEarningsLimitWeekly, lowerEarningsLimitWeekly)
                && s.minimumIncapacityDays == minimumIncapacityDays && s.maximumWeeks == maximumWeeks
                && s.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inForce, weeklyRate, averageEarningsCapPercent, waitingDays, lowerEarningsLimitWeekly,
                minimumIncapacityDays, maximumWeeks, source);
    }

    @Override
    public String toString() {
        return "SickPay[" + inForce + ": " + weeklyRate + "/wk" + (averageEarningsCapPercent > 0 ? " or "
                + averageEarningsCapPercent + "% of average weekly earnings" : "") + ", " + waitingDays
                + " waiting days" + (lowerEarningsLimitWeekly == null ? "" : ", earnings of at least "
                + lowerEarningsLimitWeekly + "/wk") + "]";
    }

    /** Builds a {@link SickPay} row. Mutable and not thread-safe; {@link #build} validates. */
    public static final class Builder {

        private final LocalDate start;
        private @Nullable LocalDate end;
        private @Nullable Gbp weeklyRate;
        private int averageEarningsCapPercent;
        private int waitingDays;
        private @Nullable Gbp lowerEarningsLimitWeekly;
        private int minimumIncapacityDays = 1;
        private int maximumWeeks = 28;
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
            this.end = Checks.CORE.date(end, "sickPay.end");
            return this;
        }

        /**
         * Sets the flat weekly rate.
         *
         * @param weekly the rate, positive
         * @return this builder
         */
        public Builder weeklyRate(Gbp weekly) {
            this.weeklyRate = weekly;
            return this;
        }

        /**
         * Caps SSP at a percentage of average weekly earnings (default: no cap).
         *
         * @param percent the percentage, 1 - 100
         * @return this builder
         */
        public Builder averageEarningsCapPercent(int percent) {
            this.averageEarningsCapPercent = percent;
            return this;
        }

        /**
         * Sets the unpaid waiting days (default: none).
         *
         * @param days the waiting days, 0 - 7
         * @return this builder
         */
        public Builder waitingDays(int days) {
            this.waitingDays = days;
            return this;
        }

        /**
         * Requires average weekly earnings of at least a limit (default: none).
         *
         * @param weekly the weekly lower earnings limit, zero or more
         * @return this builder
         */
        public Builder lowerEarningsLimitWeekly(Gbp weekly) {
            this.lowerEarningsLimitWeekly = Checks.CORE.notNull(weekly, "sickPay.lowerEarningsLimit");
            return this;
        }

        /**
         * Sets the fewest consecutive days of incapacity that form a period of incapacity (default: 1).
         *
         * @param days the days, 1 - 7
         * @return this builder
         */
        public Builder minimumIncapacityDays(int days) {
            this.minimumIncapacityDays = days;
            return this;
        }

        /**
         * Sets the most weeks of SSP in a period of entitlement (default: 28).
         *
         * @param weeks the weeks, 1 - 52
         * @return this builder
         */
        public Builder maximumWeeks(int weeks) {
            this.maximumWeeks = weeks;
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
        public SickPay build() {
            return new SickPay(this);
        }
    }
}
