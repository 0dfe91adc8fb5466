package org.carebudget.core.figures;

import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.TaxYear;
import org.jspecify.annotations.Nullable;

/**
 * Workplace pension (automatic enrolment) figures for a tax year: the earnings trigger and qualifying band per pay
 * period length; the minimum contributions on qualifying earnings; the basic-rate relief a relief-at-source scheme
 * adds to a worker's net contribution; the ages that make a worker an eligible jobholder (22 to State Pension age)
 * or a non-eligible jobholder or entitled worker (16 to 74); and the six-week joining window and the longest
 * postponement (3 months) (Pensions Act 2008 ss. 1, 3, 4, 13 and 20; TPR detailed guidance 3a and 5).
 *
 * <p>Built by {@link #forTaxYear(TaxYear)}; immutable and thread-safe.
 */
public final class PensionThresholds implements DatedFigures {

    private final TaxYear taxYear;
    private final PensionBand weekly;
    private final PensionBand fortnightly;
    private final PensionBand fourWeekly;
    private final PensionBand monthly;
    private final PensionBand yearly;
    private final int employerMinimumBasisPoints;
    private final int totalMinimumBasisPoints;
    private final int basicRateReliefBasisPoints;
    private final int eligibleFromAge;
    private final int workerFromAge;
    private final int workerBelowAge;
    private final int joiningWindowWeeks;
    private final int postponementMonths;
    private final Source source;

    private PensionThresholds(Builder b) {
        this.taxYear = b.taxYear;
        this.weekly = Figures.required(b.weekly, "pensionThresholds.weekly");
        this.fortnightly = Figures.required(b.fortnightly, "pensionThresholds.fortnightly");
        this.fourWeekly = Figures.required(b.fourWeekly, "pensionThresholds.fourWeekly");
        this.monthly = Figures.required(b.monthly, "pensionThresholds.monthly");
        this.yearly = Figures.required(b.yearly, "pensionThresholds.yearly");
        this.employerMinimumBasisPoints = Checks.CORE.inRange(b.employerMinimumBasisPoints, 0, 10_000,
                "pensionThresholds.employerMinimumBasisPoints");
        this.totalMinimumBasisPoints = Checks.CORE.inRange(b.totalMinimumBasisPoints, employerMinimumBasisPoints,
                10_000, "pensionThresholds.totalMinimumBasisPoints");
        this.basicRateReliefBasisPoints = Checks.CORE.inRange(b.basicRateReliefBasisPoints, 0, 9_000,
                "pensionThresholds.basicRateReliefBasisPoints");
        this.eligibleFromAge = Checks.CORE.inRange(b.eligibleFromAge, 16, 74, "pensionThresholds.eligibleFromAge");
        this.workerFromAge = Checks.CORE.inRange(b.workerFromAge, 16, eligibleFromAge,
                "pensionThresholds.workerFromAge");
        this.workerBelowAge = Checks.CORE.inRange(b.workerBelowAge, eligibleFromAge + 1, 150,
                "pensionThresholds.workerBelowAge");
        this.joiningWindowWeeks = Checks.CORE.inRange(b.joiningWindowWeeks, 1, 52, "pensionThresholds.joiningWindowWeeks");
        this.postponementMonths = Checks.CORE.inRange(b.postponementMonths, 0, 12, "pensionThresholds.postponementMonths");
        this.source = Figures.required(b.source, "pensionThresholds.source");
    }

    /**
     * Starts a row for a tax year.
     *
     * @param taxYear the tax year, not null
     * @return a builder, not null; not thread-safe
     */
    public static Builder forTaxYear(TaxYear taxYear) {
        return new Builder(Checks.CORE.notNull(taxYear, "pensionThresholds.taxYear"));
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
     * Returns the band for a pay period length.
     *
     * @param frequency the pay frequency, not null
     * @return the band, not null
     * @throws InvalidValueException if {@code frequency} is null
     */
    public PensionBand bandFor(PayFrequency frequency) {
        switch (Checks.CORE.notNull(frequency, "frequency")) {
            case WEEKLY:
                return weekly;
            case FORTNIGHTLY:
                return fortnightly;
            case FOUR_WEEKLY:
                return fourWeekly;
            default:
                return monthly;
        }
    }

    /**
     * Returns the band for a whole year.
     *
     * @return the band, not null
     */
    public PensionBand yearly() {
        return yearly;
    }

    /**
     * Returns the employer's minimum contribution on qualifying earnings.
     *
     * @return basis points, 0 - 10000 (300 = 3%)
     */
    public int employerMinimumBasisPoints() {
        return employerMinimumBasisPoints;
    }

    /**
     * Returns the minimum total contribution on qualifying earnings.
     *
     * @return basis points, at least the employer's (800 = 8%)
     */
    public int totalMinimumBasisPoints() {
        return totalMinimumBasisPoints;
    }

    /**
     * Returns the basic rate of income tax relief a relief-at-source scheme claims on the worker's net contribution,
     * so that a net contribution {@code n} is worth {@code n x 10000 / (10000 - relief)} gross.
     *
     * @return basis points, 0 - 9000 (2000 = 20%)
     */
    public int basicRateReliefBasisPoints() {
        return basicRateReliefBasisPoints;
    }

    /**
     * Returns the age from which a worker earning above the trigger is an eligible jobholder.
     *
     * @return the age (22)
     */
    public int eligibleFromAge() {
        return eligibleFromAge;
    }

    /**
     * Returns the age from which a worker is a non-eligible jobholder or entitled worker.
     *
     * @return the age (16)
     */
    public int workerFromAge() {
        return workerFromAge;
    }

    /**
     * Returns the age below which a worker is a non-eligible jobholder or entitled worker.
     *
     * @return the age (75: workers aged 16 to 74)
     */
    public int workerBelowAge() {
        return workerBelowAge;
    }

    /**
     * Returns the joining window: the weeks after the automatic enrolment date within which enrolment must be done.
     *
     * @return weeks (6)
     */
    public int joiningWindowWeeks() {
        return joiningWindowWeeks;
    }

    /**
     * Returns the longest postponement of automatic enrolment, with a notice given within the joining window.
     *
     * @return months (3)
     */
    public int postponementMonths() {
        return postponementMonths;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PensionThresholds p && p.taxYear.equals(taxYear) && p.weekly.equals(weekly)
                && p.fortnightly.equals(fortnightly) && p.fourWeekly.equals(fourWeekly) && p.monthly.equals(monthly)
                && p.yearly.equals(yearly) && p.employerMinimumBasisPoints == employerMinimumBasisPoints
                && p.totalMinimumBasisPoints == totalMinimumBasisPoints
                && p.basicRateReliefBasisPoints == basicRateReliefBasisPoints && p.eligibleFromAge == eligibleFromAge
                && p.workerFromAge == workerFromAge && p.workerBelowAge == workerBelowAge
                && p.joiningWindowWeeks == joiningWindowWeeks && p.postponementMonths == postponementMonths
                && p.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(taxYear, weekly, monthly, yearly, employerMinimumBasisPoints, totalMinimumBasisPoints,
                eligibleFromAge, source);
    }

    @Override
    public String toString() {
        return "PensionThresholds[" + taxYear + ": yearly " + yearly + ", minimum " + totalMinimumBasisPoints + " bp ("
                + employerMinimumBasisPoints + " bp employer), eligible " + eligibleFromAge + " to State Pension age]";
    }

    /** Builds a {@link PensionThresholds} row. Mutable and not thread-safe; {@link #build} validates. */
    public static final class Builder {

        private final TaxYear taxYear;
        private @Nullable PensionBand weekly;
        private @Nullable PensionBand fortnightly;
        private @Nullable PensionBand fourWeekly;
        private @Nullable PensionBand monthly;
        private @Nullable PensionBand yearly;
        private int employerMinimumBasisPoints = -1;
        private int totalMinimumBasisPoints = -1;
        private int basicRateReliefBasisPoints = -1;
        private int eligibleFromAge = 22;
        private int workerFromAge = 16;
        private int workerBelowAge = 75;
        private int joiningWindowWeeks = 6;
        private int postponementMonths = 3;
        private @Nullable Source source;

        private Builder(TaxYear taxYear) {
            this.taxYear = taxYear;
        }

        /**
         * Sets the band for weekly pay.
         *
         * @param band the band, not null
         * @return this builder
         */
        public Builder weekly(PensionBand band) {
            this.weekly = band;
            return this;
        }

        /**
         * Sets the band for fortnightly pay.
         *
         * @param band the band, not null
         * @return this builder
         */
        public Builder fortnightly(PensionBand band) {
            this.fortnightly = band;
            return this;
        }

        /**
         * Sets the band for 4-weekly pay.
         *
         * @param band the band, not null
         * @return this builder
         */
        public Builder fourWeekly(PensionBand band) {
            this.fourWeekly = band;
            return this;
        }

        /**
         * Sets the band for monthly pay.
         *
         * @param band the band, not null
         * @return this builder
         */
        public Builder monthly(PensionBand band) {
            this.monthly = band;
            return this;
        }

        /**
         * Sets the band for a year.
         *
         * @param band the band, not null
         * @return this builder
         */
        public Builder yearly(PensionBand band) {
            this.yearly = band;
            return this;
        }

        /**
         * Sets the minimum contributions on qualifying earnings.
         *
         * @param employerBasisPoints the employer's minimum, 0 - 10000 (300 = 3%)
         * @param totalBasisPoints the minimum in total, at least the employer's (800 = 8%)
         * @return this builder
         */
        public Builder minimumContributions(int employerBasisPoints, int totalBasisPoints) {
            this.employerMinimumBasisPoints = employerBasisPoints;
            this.totalMinimumBasisPoints = totalBasisPoints;
            return this;
        }

        /**
         * Sets the basic-rate relief added to a relief-at-source contribution.
         *
         * @param basisPoints the basic rate, 0 - 9000 (2000 = 20%)
         * @return this builder
         */
        public Builder basicRateReliefBasisPoints(int basisPoints) {
            this.basicRateReliefBasisPoints = basisPoints;
            return this;
        }

        /**
         * Sets the ages (default: eligible from 22; workers 16 to 74).
         *
         * @param eligibleFrom the age from which a worker can be an eligible jobholder, 16 - 74
         * @param workerFrom the youngest age of a jobholder or entitled worker, 16 - {@code eligibleFrom}
         * @param workerBelow the age below which a worker is a jobholder or entitled worker, above {@code eligibleFrom}
         * @return this builder
         */
        public Builder ages(int eligibleFrom, int workerFrom, int workerBelow) {
            this.eligibleFromAge = eligibleFrom;
            this.workerFromAge = workerFrom;
            this.workerBelowAge = workerBelow;
            return this;
        }

        /**
         * Sets the joining window and the longest postponement (default: 6 weeks and 3 months).
         *
         * @param windowWeeks the joining window in weeks, 1 - 52
         * @param longestPostponementMonths the longest postponement in months, 0 - 12
         * @return this builder
         */
        public Builder timing(int windowWeeks, int longestPostponementMonths) {
            this.joiningWindowWeeks = windowWeeks;
            this.postponementMonths = longestPostponementMonths;
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
        public PensionThresholds build() {
            return new PensionThresholds(this);
        }
    }
}
