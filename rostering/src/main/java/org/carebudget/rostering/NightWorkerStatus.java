package org.carebudget.rostering;

/**
 * Whether a worker is a night worker (reg. 2: works at least 3 hours of night time as a normal course, that is on
 * the majority of days worked; or a proportion set by a collective or workforce agreement). Thread-safe.
 */
public enum NightWorkerStatus {
    /** Worked out from the hours: at least 3 hours of night time on the majority of days worked in the period. */
    FROM_HOURS,
    /** A night worker, as agreed or as the pattern of work makes plain (a rotation of one week of nights in three). */
    NIGHT_WORKER,
    /** Not a night worker. */
    NOT_NIGHT_WORKER
}
