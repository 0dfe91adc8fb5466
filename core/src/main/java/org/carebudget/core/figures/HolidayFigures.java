package org.carebudget.core.figures;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * Statutory holiday figures (Working Time Regulations 1998 regs 13, 13A, 15B, 16A and 16B;
 * gov.uk/holiday-entitlement-rights): 5.6 weeks a year capped at 28 days for regular hours; for irregular-hours
 * and part-year workers in leave years beginning on or after {@link #irregularHoursLeaveYearsFrom()} (1 April 2024),
 * 12.07% of hours worked in each pay period, and rolled-up holiday pay at the same percentage as its own payslip
 * line; and, from 6 April 2026 (Employment Rights Act 2025 s. 35, inserting reg. 16B), records of annual leave and
 * holiday pay kept for {@link #recordRetentionYears()} years from the date they were made.
 *
 * <p>Built by {@link #from(LocalDate)}; immutable and thread-safe.
 */
public final class HolidayFigures implements DatedFigures {

    private final DateRange inForce;
    private final int accrualBasisPoints;
    private final int weeksPerYearTenths;
    private final int capDays;
    private final LocalDate irregularHoursLeaveYearsFrom;
    private final int recordRetentionYears;
    private final Source source;

    private HolidayFigures(Builder b) {
        this.inForce = Figures.range(b.start, b.end, "holiday.inForce");
        this.accrualBasisPoints = Checks.CORE.inRange(b.accrualBasisPoints, 0, 10_000, "holiday.accrualBasisPoints");
        this.weeksPerYearTenths = Checks.CORE.inRange(b.weeksPerYearTenths, 0, 520, "holiday.weeksPerYearTenths");
        this.capDays = Checks.CORE.inRange(b.capDays, 0, 366, "holiday.capDays");
        this.irregularHoursLeaveYearsFrom = Checks.CORE.date(b.irregularHoursLeaveYearsFrom,
                "holiday.irregularHoursLeaveYearsFrom");
        this.recordRetentionYears = Checks.CORE.inRange(b.recordRetentionYears, 0, 100, "holiday.recordRetentionYears");
        this.source = Figures.required(b.source, "holiday.source");
    }

    /**
     * Starts a row in force from a date.
     *
     * @param start the first day in force, a supported date, not null
     * @return a builder, not null; not thread-safe
     */
    public static Builder from(LocalDate start) {
        return new Builder(Checks.CORE.date(start, "holiday.start"));
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
     * Returns the holiday accrued per hour worked by irregular-hours and part-year workers.
     *
     * @return basis points, 0 - 10000 (1207 = 12.07%)
     */
    public int accrualBasisPoints() {
        return accrualBasisPoints;
    }

    /**
     * Returns the statutory weeks of leave a year.
     *
     * @return tenths of a week, 0 - 520 (56 = 5.6 weeks)
     */
    public int weeksPerYearTenths() {
        return weeksPerYearTenths;
    }

    /**
     * Returns the most days of statutory leave a year.
     *
     * @return days, 0 - 366 (28)
     */
    public int capDays() {
        return capDays;
    }

    /**
     * Returns the first leave-year start from which the irregular-hours and part-year regime applies.
     *
     * @return the date (2024-04-01), not null
     */
    public LocalDate irregularHoursLeaveYearsFrom() {
        return irregularHoursLeaveYearsFrom;
    }

    /**
     * Returns how long records of annual leave and holiday pay must be kept from the date they were made.
     *
     * @return years, 0 where there is no statutory duty (before 6 April 2026)
     */
    public int recordRetentionYears() {
        return recordRetentionYears;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HolidayFigures h && h.inForce.equals(inForce) && h.accrualBasisPoints == accrualBasisPoints
                && h.weeksPerYearTenths == weeksPerYearTenths && h.capDays == capDays
                && h.irregularHoursLeaveYearsFrom.equals(irregularHoursLeaveYearsFrom)
                && h.recordRetentionYears == recordRetentionYears && h.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inForce, accrualBasisPoints, weeksPerYearTenths, capDays, irregularHoursLeaveYearsFrom,
                recordRetentionYears, source);
    }

    @Override
    public String toString() {
        return "HolidayFigures[" + inForce + ": " + weeksPerYearTenths / 10 + "." + weeksPerYearTenths % 10
                + " weeks capped at " + capDays + " days; " + accrualBasisPoints + " bp of hours from leave years "
                + irregularHoursLeaveYearsFrom + "; records kept " + recordRetentionYears + " years]";
    }

    /** Builds a {@link HolidayFigures} row. Mutable and not thread-safe; {@link #build} validates. */
    public static final class Builder {

        private final LocalDate start;
        private @Nullable LocalDate end;
        private int accrualBasisPoints = -1;
        private int weeksPerYearTenths = -1;
        private int capDays = -1;
        private @Nullable LocalDate irregularHoursLeaveYearsFrom;
        private int recordRetentionYears;
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
            this.end = Checks.CORE.date(end, "holiday.end");
            return this;
        }

        /**
         * Sets the statutory leave for regular hours.
         *
         * @param weeksTenths weeks a year in tenths, 0 - 520 (56 = 5.6 weeks)
         * @param cap the most days a year, 0 - 366
         * @return this builder
         */
        public Builder leavePerYear(int weeksTenths, int cap) {
            this.weeksPerYearTenths = weeksTenths;
            this.capDays = cap;
            return this;
        }

        /**
         * Sets the irregular-hours and part-year regime.
         *
         * @param basisPoints holiday accrued per hour worked, 0 - 10000 (1207 = 12.07%)
         * @param leaveYearsFrom the first leave-year start the regime applies to, a supported date, not null
         * @return this builder
         */
        public Builder irregularHoursAccrual(int basisPoints, LocalDate leaveYearsFrom) {
            this.accrualBasisPoints = basisPoints;
            this.irregularHoursLeaveYearsFrom = leaveYearsFrom;
            return this;
        }

        /**
         * Sets how long holiday records must be kept (default: 0, no statutory duty).
         *
         * @param years years from the date a record was made, 0 - 100
         * @return this builder
         */
        public Builder recordRetentionYears(int years) {
            this.recordRetentionYears = years;
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
        public HolidayFigures build() {
            return new HolidayFigures(this);
        }
    }
}
