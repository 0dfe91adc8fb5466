package org.carebudget.core.employment.rules;

import org.carebudget.core.Checks;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.time.DateRange;

/**
 * The holiday an irregular-hours or part-year PA accrues in one pay period, as {@link IrregularHoursHoliday#accrual}
 * computes it: the accrual rate applied to the minutes worked, rounded up to the minute in the worker's favour.
 * Made by the library; immutable and thread-safe.
 *
 * @param period the pay reference period, not null
 * @param minutesWorked the minutes that count (all but sleep-in time asleep)
 * @param accrualBasisPoints the accrual rate (1207 = 12.07%)
 * @param requiredMinutes the holiday that must accrue, rounded up to the minute
 * @param recordedMinutes the holiday the pay record shows accrued
 * @param shortfallMinutes how many minutes short the record is, zero when enough
 */
public record HolidayAccrual(DateRange period, long minutesWorked, int accrualBasisPoints, long requiredMinutes,
        long recordedMinutes, long shortfallMinutes) implements ComplianceFigures {

    /**
     * Checks the figures are present.
     *
     * @param period the pay reference period, not null
     * @param minutesWorked the minutes that count
     * @param accrualBasisPoints the accrual rate
     * @param requiredMinutes the holiday that must accrue
     * @param recordedMinutes the holiday recorded
     * @param shortfallMinutes the shortfall in minutes
     * @throws org.carebudget.core.InvalidValueException if {@code period} is null
     */
    public HolidayAccrual {
        Checks.CORE.notNull(period, "period");
    }
}
