package org.carebudget.core.training;

/** How urgently a {@link PlanItem} must be booked, most urgent first. Thread-safe. */
public enum Urgency {
    /** Missing or already lapsed: the PA may not do the tasks that need it now. */
    OVERDUE,
    /** Lapses within the look-ahead, and a task that needs it is then below its minimum of competent PAs. */
    COVER_AT_RISK,
    /** Lapses within the look-ahead; cover stays at or above the minimum. */
    DUE
}
