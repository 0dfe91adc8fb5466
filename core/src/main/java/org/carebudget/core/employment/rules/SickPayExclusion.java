package org.carebudget.core.employment.rules;

/** Why an absence earned no more Statutory Sick Pay. Thread-safe. */
public enum SickPayExclusion {
    /** Shorter than the days that form a period of incapacity for work (4 before 6 April 2026). */
    NOT_A_PERIOD_OF_INCAPACITY,
    /** Average weekly earnings below the lower earnings limit (before 6 April 2026). */
    BELOW_LOWER_EARNINGS_LIMIT,
    /** Every qualifying day was a waiting day. */
    WAITING_DAYS_ONLY,
    /** The most weeks of SSP in the period of entitlement (28) were already paid. */
    MAXIMUM_WEEKS_REACHED,
    /** No day of the absence was a qualifying day. */
    NO_QUALIFYING_DAYS
}
