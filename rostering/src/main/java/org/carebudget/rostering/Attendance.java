package org.carebudget.rostering;

/**
 * How a planned shift went for one PA, from the timesheet compared with the rota. Thread-safe.
 */
public enum Attendance {
    /** Worked from the planned start (or earlier) for at least the planned minutes. */
    DELIVERED,
    /** Worked, starting after the planned start. */
    LATE,
    /** Worked from the planned start, but fewer minutes than planned. */
    SHORT,
    /** Not worked: the PA did not come. */
    MISSED,
    /** Not worked: the shift was cancelled. */
    CANCELLED,
    /** No timesheet yet. */
    NOT_RECORDED
}
