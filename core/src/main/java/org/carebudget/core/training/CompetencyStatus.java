package org.carebudget.core.training;

/** How a PA stands on one competency a task needs, on the date asked about. Thread-safe. */
public enum CompetencyStatus {
    /** A record completed on or before the date is valid on it. */
    VALID,
    /** No record completed on or before the date. */
    MISSING,
    /** The record in force had lapsed by the date (refresh due or support plan changed). */
    EXPIRED,
    /**
     * Valid on the day asked from ({@code asOf}) but lapsing before the date asked about, such as a future shift, or
     * (for a {@link PlanItem}) lapsing within the plan's look-ahead: something to book now.
     */
    LAPSES_BEFORE_DATE
}
