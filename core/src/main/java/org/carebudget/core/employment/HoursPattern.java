package org.carebudget.core.employment;

/**
 * How a personal assistant's hours are arranged, as Acas defines the kinds of worker for holiday.
 * Thread-safe.
 */
public enum HoursPattern {
    /** Fixed, regular hours: 5.6 weeks' holiday a year, capped at 28 days. */
    REGULAR,
    /** Hours wholly or mostly variable in each pay period: holiday accrues at 12.07% of hours worked. */
    IRREGULAR,
    /** Part-year: required only for part of the year with unpaid weeks between: accrues at 12.07%. */
    PART_YEAR;

    /**
     * Returns whether holiday accrues as a share of hours worked (and rolled-up holiday pay is allowed).
     *
     * @return true for {@link #IRREGULAR} and {@link #PART_YEAR}
     */
    public boolean accruesByHoursWorked() {
        return this != REGULAR;
    }
}
