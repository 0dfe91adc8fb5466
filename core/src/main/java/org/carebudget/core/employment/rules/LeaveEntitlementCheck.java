package org.carebudget.core.employment.rules;

import org.carebudget.core.employment.ComplianceFigures;

/**
 * A regular-hours contract's annual leave against the statutory minimum, as
 * {@link RegularHoursHoliday#statutoryTenthDays} computes it. Made by the library; immutable and thread-safe.
 *
 * @param daysPerWeek days worked a week
 * @param statutoryTenthDays the statutory minimum in tenths of a day (5.6 weeks, capped at 28 days)
 * @param contractTenthDays the contract's leave in tenths of a day
 */
public record LeaveEntitlementCheck(int daysPerWeek, long statutoryTenthDays, long contractTenthDays)
        implements ComplianceFigures {

    /**
     * Returns the shortfall in tenths of a day.
     *
     * @return zero or more
     */
    public long shortfallTenthDays() {
        return Math.max(0, statutoryTenthDays - contractTenthDays);
    }
}
