package org.carebudget.rostering;

/**
 * What a shift is, as a support plan budgets it. All three are working time for the Working Time Regulations,
 * sleep-ins included when the PA sleeps at the workplace (HSE, The Working Time Regulations 1998: guidance on the
 * legislation, OC 1/6 appendix 4, on-call time at the workplace); for the minimum wage only a sleep-in's awake
 * periods count. A shift needing two PAs at once (a double-up) is any kind with two staff. Thread-safe.
 */
public enum ShiftKind {
    /** Daytime support: personal care, visits, activities. */
    DAY,
    /** A waking night: the PA is awake and working throughout. */
    WAKING_NIGHT,
    /** A sleep-in: the PA sleeps at the person's home, with recorded periods awake to give care. */
    SLEEP_IN
}
