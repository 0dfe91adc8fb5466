package org.carebudget.core.figures;

import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.TaxYear;
import org.jspecify.annotations.Nullable;

/**
 * Employer (secondary) Class 1 National Insurance, Employment Allowance and PAYE figures for a tax year. The tax
 * year of a payment follows its pay date.
 *
 * <p>Employer NICs are charged at the secondary rate on earnings above the secondary threshold; for an employee under
 * {@link #under21ReliefBelowAge()} (category M) or an apprentice under {@link #apprenticeReliefBelowAge()} (category
 * H) the rate is 0% up to the upper secondary threshold and the full rate above it. Per-period thresholds are the
 * weekly figure times the weeks in the period, or the monthly figure HMRC publishes for monthly pay.
 *
 * <p>The PAYE threshold is the pay at or above which the employer must register and run PAYE; it carries its own
 * source ({@link #payeThresholdSource()}), as it is confirmed less often than the NI figures.
 *
 * <p>Built by {@link #forTaxYear(TaxYear)}; immutable and thread-safe.
 */
public final class EmployerCosts implements DatedFigures {

    private final TaxYear taxYear;
    private final int secondaryRateBasisPoints;
    private final Gbp secondaryThresholdWeekly;
    private final Gbp secondaryThresholdMonthly;
    private final Gbp secondaryThresholdYearly;
    private final Gbp upperSecondaryThresholdWeekly;
    private final Gbp upperSecondaryThresholdMonthly;
    private final Gbp upperSecondaryThresholdYearly;
    private final int under21ReliefBelowAge;
    private final int apprenticeReliefBelowAge;
    private final Gbp lowerEarningsLimitWeekly;
    private final Gbp employmentAllowance;
    private final Gbp payeThresholdWeekly;
    private final Gbp payeThresholdMonthly;
    private final Source payeThresholdSource;
    private final Source source;

    private EmployerCosts(Builder b) {
        this.taxYear = b.taxYear;
        this.secondaryRateBasisPoints = Checks.CORE.inRange(b.secondaryRateBasisPoints, 0, 10_000,
                "employerCosts.secondaryRateBasisPoints");
        long max = Figures.MAX_AMOUNT_PENCE;
        this.secondaryThresholdWeekly = Figures.notNegative(b.secondaryThresholdWeekly, max,
                "employerCosts.secondaryThresholdWeekly");
        this.secondaryThresholdMonthly = Figures.notNegative(b.secondaryThresholdMonthly, max,
                "employerCosts.secondaryThresholdMonthly");
        this.secondaryThresholdYearly = Figures.notNegative(b.secondaryThresholdYearly, max,
                "employerCosts.secondaryThresholdYearly");
        this.upperSecondaryThresholdWeekly = Figures.notNegative(b.upperSecondaryThresholdWeekly, max,
                "employerCosts.upperSecondaryThresholdWeekly");
        this.upperSecondaryThresholdMonthly = Figures.notNegative(b.upperSecondaryThresholdMonthly, max,
                "employerCosts.upperSecondaryThresholdMonthly");
        this.upperSecondaryThresholdYearly = Figures.notNegative(b.upperSecondaryThresholdYearly, max,
                "employerCosts.upperSecondaryThresholdYearly");
        this.under21ReliefBelowAge = Checks.CORE.inRange(b.under21ReliefBelowAge, 16, 150,
                "employerCosts.under21ReliefBelowAge");
        this.apprenticeReliefBelowAge = Checks.CORE.inRange(b.apprenticeReliefBelowAge, 16, 150,
                "employerCosts.apprenticeReliefBelowAge");
        this.lowerEarningsLimitWeekly = Figures.notNegative(b.lowerEarningsLimitWeekly, max,
                "employerCosts.lowerEarningsLimitWeekly");
        this.employmentAllowance = Figures.notNegative(b.employmentAllowance, max, "employerCosts.employmentAllowance");
        this.payeThresholdWeekly = Figures.notNegative(b.payeThresholdWeekly, max, "employerCosts.payeThresholdWeekly");
        this.payeThresholdMonthly = Figures.notNegative(b.payeThresholdMonthly, max,
                "employerCosts.payeThresholdMonthly");
        this.source = Figures.required(b.source, "employerCosts.source");
        this.payeThresholdSource = b.payeThresholdSource == null ? source : b.payeThresholdSource;
    }

    /**
     * Starts a row for a tax year.
     *
     * @param taxYear the tax year, not null
     * @return a builder, not null; not thread-safe
     */
    public static Builder forTaxYear(TaxYear taxYear) {
        return new Builder(Checks.CORE.notNull(taxYear, "employerCosts.taxYear"));
    }

    @Override
    public DateRange inForce() {
        return taxYear.range();
    }

    @Override
    public Source source() {
        return source;
    }

    /**
     * Returns the tax year.
     *
     * @return the tax year, not null
     */
    public TaxYear taxYear() {
        return taxYear;
    }

    /**
     * Returns the employer (secondary) Class 1 rate.
     *
     * @return basis points, 0 - 10000 (1500 = 15%)
     */
    public int secondaryRateBasisPoints() {
        return secondaryRateBasisPoints;
    }

    /**
     * Returns the secondary threshold for a pay period: the weekly figure times 1, 2 or 4 weeks, or the monthly figure.
     *
     * @param frequency the pay frequency, not null
     * @return the threshold, zero or more
     */
    public Gbp secondaryThreshold(PayFrequency frequency) {
        return forPeriod(frequency, secondaryThresholdWeekly, secondaryThresholdMonthly);
    }

    /**
     * Returns the secondary threshold for a year.
     *
     * @return the threshold, zero or more
     */
    public Gbp secondaryThresholdYearly() {
        return secondaryThresholdYearly;
    }

    /**
     * Returns the upper secondary threshold for a pay period (up to which under-21s and apprentices under 25 cost
     * no employer NICs).
     *
     * @param frequency the pay frequency, not null
     * @return the threshold, zero or more
     */
    public Gbp upperSecondaryThreshold(PayFrequency frequency) {
        return forPeriod(frequency, upperSecondaryThresholdWeekly, upperSecondaryThresholdMonthly);
    }

    /**
     * Returns the upper secondary threshold for a year.
     *
     * @return the threshold, zero or more
     */
    public Gbp upperSecondaryThresholdYearly() {
        return upperSecondaryThresholdYearly;
    }

    /**
     * Returns the age below which the under-21 relief (category M) applies.
     *
     * @return the age, 16 - 150 (21)
     */
    public int under21ReliefBelowAge() {
        return under21ReliefBelowAge;
    }

    /**
     * Returns the age below which the apprentice relief (category H) applies.
     *
     * @return the age, 16 - 150 (25)
     */
    public int apprenticeReliefBelowAge() {
        return apprenticeReliefBelowAge;
    }

    /**
     * Returns the weekly lower earnings limit.
     *
     * @return the limit, zero or more
     */
    public Gbp lowerEarningsLimitWeekly() {
        return lowerEarningsLimitWeekly;
    }

    /**
     * Returns the Employment Allowance: the most one employer may set against its employer NICs in the tax year.
     *
     * @return the allowance, zero or more
     */
    public Gbp employmentAllowance() {
        return employmentAllowance;
    }

    /**
     * Returns the PAYE threshold for a pay period: the weekly figure times 1, 2 or 4 weeks, or the monthly figure.
     *
     * @param frequency the pay frequency, not null
     * @return the threshold, zero or more
     */
    public Gbp payeThreshold(PayFrequency frequency) {
        return forPeriod(frequency, payeThresholdWeekly, payeThresholdMonthly);
    }

    /**
     * Returns where the PAYE threshold comes from.
     *
     * @return the source, not null
     */
    public Source payeThresholdSource() {
        return payeThresholdSource;
    }

    private static Gbp forPeriod(PayFrequency frequency, Gbp weekly, Gbp monthly) {
        switch (Checks.CORE.notNull(frequency, "frequency")) {
            case WEEKLY:
                return weekly;
            case FORTNIGHTLY:
                return weekly.times(2);
            case FOUR_WEEKLY:
                return weekly.times(4);
            default:
                return monthly;
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EmployerCosts c && c.taxYear.equals(taxYear)
                && c.secondaryRateBasisPoints == secondaryRateBasisPoints
                && c.secondaryThresholdWeekly.equals(secondaryThresholdWeekly)
                && c.secondaryThresholdMonthly.equals(secondaryThresholdMonthly)
                && c.secondaryThresholdYearly.equals(secondaryThresholdYearly)
                && c.upperSecondaryThresholdWeekly.equals(upperSecondaryThresholdWeekly)
                && c.upperSecondaryThresholdMonthly.equals(upperSecondaryThresholdMonthly)
                && c.upperSecondaryThresholdYearly.equals(upperSecondaryThresholdYearly)
                && c.under21ReliefBelowAge == under21ReliefBelowAge && c.apprenticeReliefBelowAge == apprenticeReliefBelowAge
                && c.lowerEarningsLimitWeekly.equals(lowerEarningsLimitWeekly)
                && c.employmentAllowance.equals(employmentAllowance) && c.payeThresholdWeekly.equals(payeThresholdWeekly)
                && c.payeThresholdMonthly.equals(payeThresholdMonthly) && c.payeThresholdSource.equals(payeThresholdSource)
                && c.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taxYear, secondaryRateBasisPoints, secondaryThresholdWeekly, secondaryThresholdMonthly,
                upperSecondaryThresholdWeekly, lowerEarningsLimitWeekly, employmentAllowance, payeThresholdWeekly, source);
    }

    @Override
    public String toString() {
        return "EmployerCosts[" + taxYear + ": " + secondaryRateBasisPoints + " bp above " + secondaryThresholdWeekly
                + "/wk, " + secondaryThresholdMonthly + "/mo; 0% to " + upperSecondaryThresholdWeekly + "/wk under "
                + under21ReliefBelowAge + " and apprentices under " + apprenticeReliefBelowAge + "; allowance "
                + employmentAllowance + "; PAYE from " + payeThresholdWeekly + "/wk]";
    }

    /** Builds an {@link EmployerCosts} row. Mutable and not thread-safe; {@link #build} validates. */
    public static final class Builder {

        private final TaxYear taxYear;
        private int secondaryRateBasisPoints = -1;
        private @Nullable Gbp secondaryThresholdWeekly;
        private @Nullable Gbp secondaryThresholdMonthly;
        private @Nullable Gbp secondaryThresholdYearly;
        private @Nullable Gbp upperSecondaryThresholdWeekly;
        private @Nullable Gbp upperSecondaryThresholdMonthly;
        private @Nullable Gbp upperSecondaryThresholdYearly;
        private int under21ReliefBelowAge = 21;
        private int apprenticeReliefBelowAge = 25;
        private @Nullable Gbp lowerEarningsLimitWeekly;
        private @Nullable Gbp employmentAllowance;
        private @Nullable Gbp payeThresholdWeekly;
        private @Nullable Gbp payeThresholdMonthly;
        private @Nullable Source payeThresholdSource;
        private @Nullable Source source;

        private Builder(TaxYear taxYear) {
            this.taxYear = taxYear;
        }

        /**
         * Sets the employer (secondary) Class 1 rate.
         *
         * @param basisPoints the rate in basis points, 0 - 10000 (1500 = 15%)
         * @return this builder
         */
        public Builder secondaryRateBasisPoints(int basisPoints) {
            this.secondaryRateBasisPoints = basisPoints;
            return this;
        }

        /**
         * Sets the secondary threshold as HMRC publishes it.
         *
         * @param weekly per week, zero or more
         * @param monthly per month, zero or more
         * @param yearly per year, zero or more
         * @return this builder
         */
        public Builder secondaryThreshold(Gbp weekly, Gbp monthly, Gbp yearly) {
            this.secondaryThresholdWeekly = weekly;
            this.secondaryThresholdMonthly = monthly;
            this.secondaryThresholdYearly = yearly;
            return this;
        }

        /**
         * Sets the upper secondary threshold for under-21s and apprentices under 25 as HMRC publishes it.
         *
         * @param weekly per week, zero or more
         * @param monthly per month, zero or more
         * @param yearly per year, zero or more
         * @return this builder
         */
        public Builder upperSecondaryThreshold(Gbp weekly, Gbp monthly, Gbp yearly) {
            this.upperSecondaryThresholdWeekly = weekly;
            this.upperSecondaryThresholdMonthly = monthly;
            this.upperSecondaryThresholdYearly = yearly;
            return this;
        }

        /**
         * Sets the ages below which the young-worker reliefs apply (default: under 21, category M; apprentices under
         * 25, category H).
         *
         * @param under21Below the age below which the under-21 relief applies, 16 - 150
         * @param apprenticeBelow the age below which the apprentice relief applies, 16 - 150
         * @return this builder
         */
        public Builder reliefAges(int under21Below, int apprenticeBelow) {
            this.under21ReliefBelowAge = under21Below;
            this.apprenticeReliefBelowAge = apprenticeBelow;
            return this;
        }

        /**
         * Sets the weekly lower earnings limit.
         *
         * @param weekly the limit, zero or more
         * @return this builder
         */
        public Builder lowerEarningsLimitWeekly(Gbp weekly) {
            this.lowerEarningsLimitWeekly = weekly;
            return this;
        }

        /**
         * Sets the Employment Allowance per employer for the year.
         *
         * @param yearly the allowance, zero or more
         * @return this builder
         */
        public Builder employmentAllowance(Gbp yearly) {
            this.employmentAllowance = yearly;
            return this;
        }

        /**
         * Sets the pay at or above which PAYE must be run, and where that figure comes from.
         *
         * @param weekly per week, zero or more
         * @param monthly per month, as published (not the weekly figure scaled), zero or more
         * @param thresholdSource the source of these two figures, not null
         * @return this builder
         */
        public Builder payeThreshold(Gbp weekly, Gbp monthly, Source thresholdSource) {
            this.payeThresholdWeekly = weekly;
            this.payeThresholdMonthly = monthly;
            this.payeThresholdSource = Checks.CORE.notNull(thresholdSource, "employerCosts.payeThresholdSource");
            return this;
        }

        /**
         * Sets the source of the row.
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
        public EmployerCosts build() {
            return new EmployerCosts(this);
        }
    }
}
