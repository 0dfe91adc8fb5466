package org.carebudget.core.hours;

/**
 * The kind of hours a minute of care was, for pay and reporting: the pay-rate category of a personal assistant's
 * time. A minute has exactly one kind. Rostering classifies each minute of a shift by the shift's kind and the UK
 * calendar (bank holidays by nation, weekends); a sleep-in's minutes are split into time awake for the purpose of
 * working and time asleep, because only the first counts for the minimum wage (Mencap v Tomlinson-Blake [2021]
 * UKSC 8). Both count as working time for the Working Time Regulations. Thread-safe.
 */
public enum HoursKind {
    /** Weekday daytime hours (a day shift on a day that is neither a weekend day nor a bank holiday). */
    DAY,
    /** Waking night hours on a weekday that is not a bank holiday. */
    NIGHT,
    /** Day or waking-night hours on a Saturday or Sunday that is not a bank holiday. */
    WEEKEND,
    /** Day or waking-night hours on a bank holiday of the package's nation. */
    BANK_HOLIDAY,
    /** Sleep-in time awake for the purpose of working: counts for the minimum wage. */
    SLEEP_IN_AWAKE,
    /** Sleep-in time asleep (or awake for other purposes): working time, but not minimum-wage time. */
    SLEEP_IN_ASLEEP;

    /**
     * Returns whether minutes of this kind count towards the hours paid at least the minimum wage.
     *
     * @return false only for {@link #SLEEP_IN_ASLEEP}
     */
    public boolean countsForMinimumWage() {
        return this != SLEEP_IN_ASLEEP;
    }
}
