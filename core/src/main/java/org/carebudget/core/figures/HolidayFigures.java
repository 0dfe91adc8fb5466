package org.carebudget.core.figures;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.time.DateRange;

/**
 * Statutory holiday figures: 5.6 weeks a year capped at 28 days for regular hours; for irregular-hours and
 * part-year workers (leave years from 1 April 2024) 12.07% of hours worked in each pay period, and rolled-up
 * holiday pay at the same percentage as its own payslip line (gov.uk/holiday-entitlement-rights).
 * Immutable and thread-safe.
 *
 * @param inForce the dates in force, not null
 * @param accrualBasisPoints holiday accrued per hour worked, in basis points (1207 = 12.07%), 0 - 10000
 * @param weeksPerYearTenths the statutory weeks a year, in tenths (56 = 5.6 weeks), 0 - 520
 * @param capDays the most days a year, 0 - 366
 * @param source the source, not null
 */
public record HolidayFigures(DateRange inForce, int accrualBasisPoints, int weeksPerYearTenths, int capDays,
        Source source) implements DatedFigures {

    /**
     * Validates the row.
     *
     * @param inForce the dates in force, not null
     * @param accrualBasisPoints holiday accrued per hour worked, in basis points (1207 = 12.07%), 0 - 10000
     * @param weeksPerYearTenths the statutory weeks a year, in tenths (56 = 5.6 weeks), 0 - 520
     * @param capDays the most days a year, 0 - 366
     * @param source the source, not null
     * @throws InvalidValueException if a component is null or out of range
     */
    public HolidayFigures {
        InvalidValueException.requireNonNull(inForce, "inForce");
        InvalidValueException.requireInRange(accrualBasisPoints, 0, 10_000, "accrualBasisPoints");
        InvalidValueException.requireInRange(weeksPerYearTenths, 0, 520, "weeksPerYearTenths");
        InvalidValueException.requireInRange(capDays, 0, 366, "capDays");
        InvalidValueException.requireNonNull(source, "source");
    }
}
