package org.carebudget.core.employment;

import org.carebudget.core.InvalidValueException;

/**
 * Minutes worked in a pay reference period, by kind. A sleep-in is split into time awake for the purpose of
 * working, which counts for the minimum wage, and time asleep, which does not (Mencap v Tomlinson-Blake [2021]
 * UKSC 8). Each value is elapsed time, so a night over a clock change counts the hours actually worked.
 * Immutable and thread-safe.
 *
 * @param dayMinutes weekday daytime minutes, 0 - 527040 (a leap year)
 * @param nightMinutes waking night minutes, 0 - 527040
 * @param weekendMinutes weekend minutes, 0 - 527040
 * @param bankHolidayMinutes bank holiday minutes, 0 - 527040
 * @param sleepInAwakeMinutes sleep-in minutes awake for the purpose of working, 0 - 527040
 * @param sleepInAsleepMinutes sleep-in minutes asleep (or awake for other purposes), 0 - 527040
 */
public record HoursWorked(long dayMinutes, long nightMinutes, long weekendMinutes, long bankHolidayMinutes,
        long sleepInAwakeMinutes, long sleepInAsleepMinutes) {

    /** No time worked. */
    public static final HoursWorked NONE = new HoursWorked(0, 0, 0, 0, 0, 0);

    private static final long MAX = 366L * 24 * 60;

    /**
     * Validates the minutes.
     *
     * @param dayMinutes weekday daytime minutes, 0 - 527040
     * @param nightMinutes waking night minutes, 0 - 527040
     * @param weekendMinutes weekend minutes, 0 - 527040
     * @param bankHolidayMinutes bank holiday minutes, 0 - 527040
     * @param sleepInAwakeMinutes sleep-in minutes awake for work, 0 - 527040
     * @param sleepInAsleepMinutes sleep-in minutes asleep, 0 - 527040
     * @throws InvalidValueException if a value is out of range
     */
    public HoursWorked {
        InvalidValueException.requireInRange(dayMinutes, 0, MAX, "hoursWorked.dayMinutes");
        InvalidValueException.requireInRange(nightMinutes, 0, MAX, "hoursWorked.nightMinutes");
        InvalidValueException.requireInRange(weekendMinutes, 0, MAX, "hoursWorked.weekendMinutes");
        InvalidValueException.requireInRange(bankHolidayMinutes, 0, MAX, "hoursWorked.bankHolidayMinutes");
        InvalidValueException.requireInRange(sleepInAwakeMinutes, 0, MAX, "hoursWorked.sleepInAwakeMinutes");
        InvalidValueException.requireInRange(sleepInAsleepMinutes, 0, MAX, "hoursWorked.sleepInAsleepMinutes");
    }

    /**
     * Returns daytime minutes only.
     *
     * @param dayMinutes weekday daytime minutes, 0 - 527040
     * @return the hours, not null
     * @throws InvalidValueException if out of range
     */
    public static HoursWorked ofDayMinutes(long dayMinutes) {
        return new HoursWorked(dayMinutes, 0, 0, 0, 0, 0);
    }

    /**
     * Returns the minutes that count as working time for the minimum wage and holiday accrual: everything but
     * sleep-in time asleep.
     *
     * @return the minutes, zero or more
     */
    public long countedMinutes() {
        return dayMinutes + nightMinutes + weekendMinutes + bankHolidayMinutes + sleepInAwakeMinutes;
    }
}
