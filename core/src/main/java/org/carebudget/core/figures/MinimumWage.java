package org.carebudget.core.figures;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * National Minimum Wage and National Living Wage hourly rates, the age the National Living Wage starts at, and the
 * daily accommodation offset, for the dates they are in force. The rate for a pay reference period is the one in
 * force on its first day, for the worker's age on that day (gov.uk/national-minimum-wage-rates).
 *
 * <p>The age the National Living Wage starts at is a column, not a constant: it was 25, then 23 (April 2021), then
 * 21 (April 2024), and the Low Pay Commission plans to extend it to 18-20 year olds; an April that does so is one
 * row with {@code fromAge(18)} and no young adult rate.
 *
 * <p>Built by {@link #from(LocalDate)}; immutable and thread-safe.
 */
public final class MinimumWage implements DatedFigures {

    /** The youngest age the National Living Wage may start at in a row. */
    public static final int YOUNGEST_NATIONAL_LIVING_WAGE_AGE = 18;

    /** The oldest age the National Living Wage may start at in a row. */
    public static final int OLDEST_NATIONAL_LIVING_WAGE_AGE = 25;

    private final DateRange inForce;
    private final Gbp nationalLivingWage;
    private final int nationalLivingWageAge;
    private final @Nullable Gbp youngAdultRate;
    private final Gbp age16To17;
    private final Gbp apprentice;
    private final Gbp accommodationOffsetPerDay;
    private final Source source;

    private MinimumWage(Builder b) {
        this.inForce = Figures.range(b.start, b.end, "minimumWage.inForce");
        this.nationalLivingWage = Figures.positive(b.nationalLivingWage, Figures.MAX_RATE_PENCE,
                "minimumWage.nationalLivingWage");
        this.nationalLivingWageAge = Checks.CORE.inRange(b.nationalLivingWageAge, YOUNGEST_NATIONAL_LIVING_WAGE_AGE,
                OLDEST_NATIONAL_LIVING_WAGE_AGE, "minimumWage.nationalLivingWageAge");
        if (nationalLivingWageAge > YOUNGEST_NATIONAL_LIVING_WAGE_AGE) {
            this.youngAdultRate = Figures.positive(b.youngAdultRate, Figures.MAX_RATE_PENCE,
                    "minimumWage.youngAdultRate (required while the National Living Wage starts above 18)");
        } else if (b.youngAdultRate != null) {
            throw new InvalidValueException("minimumWage.youngAdultRate",
                    "none when the National Living Wage starts at 18", b.youngAdultRate);
        } else {
            this.youngAdultRate = null;
        }
        this.age16To17 = Figures.positive(b.age16To17, Figures.MAX_RATE_PENCE, "minimumWage.age16To17");
        this.apprentice = Figures.positive(b.apprentice, Figures.MAX_RATE_PENCE, "minimumWage.apprentice");
        this.accommodationOffsetPerDay = Figures.notNegative(b.accommodationOffsetPerDay, Figures.MAX_RATE_PENCE,
                "minimumWage.accommodationOffsetPerDay");
        this.source = Figures.required(b.source, "minimumWage.source");
    }

    /**
     * Starts a row in force from a date.
     *
     * @param start the first day in force, a supported date, not null
     * @return a builder, not null; not thread-safe
     */
    public static Builder from(LocalDate start) {
        return new Builder(Checks.CORE.date(start, "minimumWage.start"));
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
     * Returns the National Living Wage, the rate from {@link #nationalLivingWageAge()} on.
     *
     * @return the hourly rate, positive
     */
    public Gbp nationalLivingWage() {
        return nationalLivingWage;
    }

    /**
     * Returns the age the National Living Wage starts at.
     *
     * @return 18 - 25 (21 since April 2024)
     */
    public int nationalLivingWageAge() {
        return nationalLivingWageAge;
    }

    /**
     * Returns the rate from 18 to one year below the National Living Wage age (18 to 20 while it starts at 21).
     *
     * @return the hourly rate, or null when the National Living Wage starts at 18
     */
    public @Nullable Gbp youngAdultRate() {
        return youngAdultRate;
    }

    /**
     * Returns the rate for ages 16 and 17.
     *
     * @return the hourly rate, positive
     */
    public Gbp age16To17() {
        return age16To17;
    }

    /**
     * Returns the apprentice rate, for an apprentice under 19 or in the first year of the apprenticeship.
     *
     * @return the hourly rate, positive
     */
    public Gbp apprentice() {
        return apprentice;
    }

    /**
     * Returns the most that free living accommodation counts towards minimum-wage pay for each whole day it is
     * provided (NMW Regulations 2015 reg. 16), and the most that a charge for it may be before the excess reduces
     * minimum-wage pay (reg. 14).
     *
     * @return the daily offset, zero or more
     */
    public Gbp accommodationOffsetPerDay() {
        return accommodationOffsetPerDay;
    }

    /**
     * Returns the hourly minimum for a worker of an age who is not on the apprentice rate.
     *
     * @param age the age in whole years on the first day of the pay reference period, 16 - 150 (no minimum wage
     *     applies below school-leaving age)
     * @return the hourly rate, not null
     * @throws InvalidValueException if {@code age} is out of range
     */
    public Gbp rateForAge(int age) {
        Checks.CORE.inRange(age, 16, 150, "age");
        if (age >= nationalLivingWageAge) {
            return nationalLivingWage;
        }
        return age >= 18 ? Objects.requireNonNull(youngAdultRate) : age16To17;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MinimumWage m && m.inForce.equals(inForce) && m.nationalLivingWage.equals(nationalLivingWage)
                && m.nationalLivingWageAge == nationalLivingWageAge && Objects.equals(m.youngAdultRate, youngAdultRate)
                && m.age16To17.equals(age16To17) && m.apprentice.equals(apprentice)
                && m.accommodationOffsetPerDay.equals(accommodationOffsetPerDay) && m.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inForce, nationalLivingWage, nationalLivingWageAge, youngAdultRate, age16To17, apprentice,
                accommodationOffsetPerDay, source);
    }

    @Override
    public String toString() {
        return "MinimumWage[" + inForce + ": " + nationalLivingWage + " from " + nationalLivingWageAge
                + (youngAdultRate == null ? "" : ", " + youngAdultRate + " from 18") + ", " + age16To17
                + " at 16-17, apprentice " + apprentice + ", offset " + accommodationOffsetPerDay + " a day]";
    }

    /** Builds a {@link MinimumWage} row. Mutable and not thread-safe; {@link #build} validates. */
    public static final class Builder {

        private final LocalDate start;
        private @Nullable LocalDate end;
        private @Nullable Gbp nationalLivingWage;
        private int nationalLivingWageAge;
        private @Nullable Gbp youngAdultRate;
        private @Nullable Gbp age16To17;
        private @Nullable Gbp apprentice;
        private @Nullable Gbp accommodationOffsetPerDay;
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
            this.end = Checks.CORE.date(end, "minimumWage.end");
            return this;
        }

        /**
         * Sets the National Living Wage and the age it starts at.
         *
         * @param hourly the hourly rate, positive, at most £10,000
         * @param fromAge the age it starts at, 18 - 25
         * @return this builder
         */
        public Builder nationalLivingWage(Gbp hourly, int fromAge) {
            this.nationalLivingWage = hourly;
            this.nationalLivingWageAge = fromAge;
            return this;
        }

        /**
         * Sets the rate from 18 to one year below the National Living Wage age; leave unset when it starts at 18.
         *
         * @param hourly the hourly rate, positive, at most £10,000
         * @return this builder
         */
        public Builder youngAdultRate(Gbp hourly) {
            this.youngAdultRate = hourly;
            return this;
        }

        /**
         * Sets the rate for ages 16 and 17.
         *
         * @param hourly the hourly rate, positive, at most £10,000
         * @return this builder
         */
        public Builder age16To17(Gbp hourly) {
            this.age16To17 = hourly;
            return this;
        }

        /**
         * Sets the apprentice rate.
         *
         * @param hourly the hourly rate, positive, at most £10,000
         * @return this builder
         */
        public Builder apprentice(Gbp hourly) {
            this.apprentice = hourly;
            return this;
        }

        /**
         * Sets the daily accommodation offset.
         *
         * @param daily the offset per whole day, zero or more, at most £10,000
         * @return this builder
         */
        public Builder accommodationOffsetPerDay(Gbp daily) {
            this.accommodationOffsetPerDay = daily;
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
        public MinimumWage build() {
            return new MinimumWage(this);
        }
    }
}
