package org.carebudget.core.figures;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * Employer National Insurance and PAYE figures for a tax year. An individual employing a care or support
 * worker may claim the Employment Allowance (HMRC NIM06520). Immutable and thread-safe.
 *
 * @param inForce the tax year, as dates, not null
 * @param secondaryNicRateBasisPoints the employer (secondary) Class 1 NIC rate in basis points (1500 = 15%), 0 - 10000
 * @param secondaryThresholdWeekly the secondary threshold per week, zero or more
 * @param secondaryThresholdMonthly the secondary threshold per month, zero or more
 * @param secondaryThresholdYearly the secondary threshold per year, zero or more
 * @param lowerEarningsLimitWeekly the lower earnings limit per week, zero or more
 * @param employmentAllowance the Employment Allowance per employer per year, zero or more
 * @param payeThresholdWeekly the weekly pay from which PAYE must be run, zero or more
 * @param payeThresholdMonthly the monthly pay from which PAYE must be run, as HMRC publishes it (not the weekly
 *     figure scaled), zero or more
 * @param source the source, not null
 */
public record EmployerCosts(DateRange inForce, int secondaryNicRateBasisPoints, Gbp secondaryThresholdWeekly,
        Gbp secondaryThresholdMonthly, Gbp secondaryThresholdYearly, Gbp lowerEarningsLimitWeekly,
        Gbp employmentAllowance, Gbp payeThresholdWeekly, Gbp payeThresholdMonthly, Source source) implements DatedFigures {

    /**
     * Validates the row.
     *
     * @param inForce the tax year, as dates, not null
     * @param secondaryNicRateBasisPoints the employer (secondary) Class 1 NIC rate in basis points (1500 = 15%), 0 - 10000
     * @param secondaryThresholdWeekly the secondary threshold per week, zero or more
     * @param secondaryThresholdMonthly the secondary threshold per month, zero or more
     * @param secondaryThresholdYearly the secondary threshold per year, zero or more
     * @param lowerEarningsLimitWeekly the lower earnings limit per week, zero or more
     * @param employmentAllowance the Employment Allowance per employer per year, zero or more
     * @param payeThresholdWeekly the weekly pay from which PAYE must be run, zero or more
     * @param payeThresholdMonthly the monthly pay from which PAYE must be run, zero or more
     * @param source the source, not null
     * @throws InvalidValueException if a component is null or out of range
     */
    public EmployerCosts {
        InvalidValueException.requireNonNull(inForce, "inForce");
        InvalidValueException.requireInRange(secondaryNicRateBasisPoints, 0, 10_000, "secondaryNicRateBasisPoints");
        Figures.notNegative(secondaryThresholdWeekly, "secondaryThresholdWeekly");
        Figures.notNegative(secondaryThresholdMonthly, "secondaryThresholdMonthly");
        Figures.notNegative(secondaryThresholdYearly, "secondaryThresholdYearly");
        Figures.notNegative(lowerEarningsLimitWeekly, "lowerEarningsLimitWeekly");
        Figures.notNegative(employmentAllowance, "employmentAllowance");
        Figures.notNegative(payeThresholdWeekly, "payeThresholdWeekly");
        Figures.notNegative(payeThresholdMonthly, "payeThresholdMonthly");
        InvalidValueException.requireNonNull(source, "source");
    }
}
