package org.carebudget.rostering;

/**
 * How a worker's weekly rest is given (reg. 11(1)-(2)): 24 hours in each 7 days, or, if the employer so determines,
 * two periods of 24 hours or one of 48 hours in each 14 days. Periods start at midnight between Sunday and Monday
 * (reg. 11(6)); 14-day periods start on the Monday of the week the worker's earliest employment began (reg. 11(5)).
 * Young workers always have 48 hours in each 7 days (reg. 11(3)). Thread-safe.
 */
public enum WeeklyRestBasis {
    /** At least 24 hours' uninterrupted rest in each 7-day period. */
    ONE_DAY_EACH_WEEK,
    /** Two uninterrupted rests of at least 24 hours each in each 14-day period. */
    TWO_DAYS_EACH_FORTNIGHT,
    /** One uninterrupted rest of at least 48 hours in each 14-day period. */
    ONE_48_HOURS_EACH_FORTNIGHT
}
