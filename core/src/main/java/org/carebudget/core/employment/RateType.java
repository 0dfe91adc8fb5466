package org.carebudget.core.employment;

/** The kinds of hourly pay rate a personal assistant's contract sets. Thread-safe. */
public enum RateType {
    /** Weekday daytime hours. */
    DAY,
    /** Waking night hours. */
    NIGHT,
    /** Weekend hours. */
    WEEKEND,
    /** Bank holiday hours. */
    BANK_HOLIDAY,
    /** Sleep-in nights (often a flat allowance expressed per hour). */
    SLEEP_IN
}
