package org.carebudget.core.employment.rules;

import org.carebudget.core.employment.ComplianceFigures;

/**
 * Average weekly working time over a limit, as {@link WorkingTimeOptOutRule} finds it. Made by the library;
 * immutable and thread-safe.
 *
 * @param averageWeeklyMinutes the PA's average weekly working time, in minutes
 * @param limitHours the weekly limit applied, in hours (48 on average, or 40 for a young worker)
 * @param referenceWeeks the weeks the average is taken over (the young-worker limit has no averaging: 1)
 * @param youngWorker whether the young-worker limit applied
 */
public record WeeklyHoursOverLimit(long averageWeeklyMinutes, int limitHours, int referenceWeeks, boolean youngWorker)
        implements ComplianceFigures {

    /**
     * Returns the minutes over the limit.
     *
     * @return minutes, positive
     */
    public long minutesOver() {
        return averageWeeklyMinutes - limitHours * 60L;
    }
}
