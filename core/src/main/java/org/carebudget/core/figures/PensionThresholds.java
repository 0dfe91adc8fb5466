package org.carebudget.core.figures;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;

/**
 * Workplace pension (automatic enrolment) figures for a tax year: earnings trigger and qualifying band per pay
 * period length, and the minimum contributions on qualifying earnings. Immutable and thread-safe.
 *
 * @param inForce the tax year, as dates, not null
 * @param weekly the band for weekly pay, not null
 * @param fortnightly the band for fortnightly pay, not null
 * @param fourWeekly the band for 4-weekly pay, not null
 * @param monthly the band for monthly pay, not null
 * @param yearly the band for a year, not null
 * @param employerMinimumBasisPoints the employer's minimum contribution (300 = 3%), 0 - 10000
 * @param totalMinimumBasisPoints the minimum total contribution (800 = 8%), at least the employer's, up to 10000
 * @param source the source, not null
 */
public record PensionThresholds(DateRange inForce, PensionBand weekly, PensionBand fortnightly, PensionBand fourWeekly,
        PensionBand monthly, PensionBand yearly, int employerMinimumBasisPoints, int totalMinimumBasisPoints,
        Source source) implements DatedFigures {

    /**
     * Validates the row.
     *
     * @param inForce the tax year, as dates, not null
     * @param weekly the band for weekly pay, not null
     * @param fortnightly the band for fortnightly pay, not null
     * @param fourWeekly the band for 4-weekly pay, not null
     * @param monthly the band for monthly pay, not null
     * @param yearly the band for a year, not null
     * @param employerMinimumBasisPoints the employer's minimum contribution (300 = 3%), 0 - 10000
     * @param totalMinimumBasisPoints the minimum total contribution (800 = 8%), at least the employer's, up to 10000
     * @param source the source, not null
     * @throws InvalidValueException if a component is null or out of range
     */
    public PensionThresholds {
        InvalidValueException.requireNonNull(inForce, "inForce");
        InvalidValueException.requireNonNull(weekly, "weekly");
        InvalidValueException.requireNonNull(fortnightly, "fortnightly");
        InvalidValueException.requireNonNull(fourWeekly, "fourWeekly");
        InvalidValueException.requireNonNull(monthly, "monthly");
        InvalidValueException.requireNonNull(yearly, "yearly");
        InvalidValueException.requireInRange(employerMinimumBasisPoints, 0, 10_000, "employerMinimumBasisPoints");
        InvalidValueException.requireInRange(totalMinimumBasisPoints, employerMinimumBasisPoints, 10_000, "totalMinimumBasisPoints");
        InvalidValueException.requireNonNull(source, "source");
    }

    /**
     * Returns the band for a pay period length.
     *
     * @param frequency the pay frequency, not null
     * @return the band, not null
     */
    public PensionBand bandFor(PayFrequency frequency) {
        switch (InvalidValueException.requireNonNull(frequency, "frequency")) {
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
}
