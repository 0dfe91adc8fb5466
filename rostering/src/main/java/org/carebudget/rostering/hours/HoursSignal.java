package org.carebudget.rostering.hours;

import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.rostering.Severity;

/**
 * What hour monitoring reports about a package's use of a funder's hours, each with its rule id, severity and source:
 * a managed service monitors "actual hours used against budgeted hours" for commissioners (seed 000), and an NHS
 * body may require repayment where "a substantial part" of a direct payment is unused (NHS (Direct Payments)
 * Regulations 2013 reg. 15, C), as councils reclaim surplus at review. Thresholds are the monitor's settings.
 * Thread-safe.
 */
public enum HoursSignal {
    /** A completed week delivered fewer hours than budgeted, by more than the under-use threshold. */
    UNDER_USE("hours.under-use", Severity.NOTICE),
    /** A week delivered (or, ahead, is planned for) more hours than budgeted, by more than the over-use threshold. */
    OVER_USE("hours.over-use", Severity.WARNING),
    /** At the recent rate the period will end above its budget. */
    FORECAST_OVER_BUDGET("hours.forecast-over-budget", Severity.WARNING),
    /** At the recent rate the period will end below its budget by more than the under-use threshold. */
    FORECAST_UNDER_USE("hours.forecast-under-use", Severity.NOTICE);

    private static final Source SOURCE = Source.of("Seed 000: monitoring of actual hours used against budgeted "
            + "hours for commissioners; NHS (Direct Payments) Regulations 2013 reg. 15 (repayment where a substantial "
            + "part is unused); thresholds are the funder's settings", Status.CONFIRMED);

    private final String ruleId;
    private final Severity severity;

    HoursSignal(String ruleId, Severity severity) {
        this.ruleId = ruleId;
        this.severity = severity;
    }

    /**
     * Returns the rule id.
     *
     * @return the id, not blank
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the severity.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the source.
     *
     * @return the source, not null
     */
    public Source source() {
        return SOURCE;
    }
}
