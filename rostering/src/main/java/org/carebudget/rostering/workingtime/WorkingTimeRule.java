package org.carebudget.rostering.workingtime;

import java.time.LocalDate;
import org.carebudget.core.figures.Source;
import org.carebudget.core.rule.AbstractCitedRule;
import org.carebudget.core.time.DateRange;
import org.carebudget.rostering.Severity;

/**
 * A working-time rule: reads one PA's {@link WorkerTimeline} (history, planned shifts, declared hours, absences and
 * profile) and reports each limit the rota would break through {@link WorkerTimeline#report}. The standard rules
 * are in {@link WorkingTimeCheck#standard()}; a vendor may add its own, or replace or switch off a standard one by
 * id. Implementations must be immutable and thread-safe.
 */
public abstract class WorkingTimeRule extends AbstractCitedRule<Severity> {

    /** In force from the Working Time Regulations 1998's commencement, 1 October 1998. */
    static final DateRange SINCE_1998 = DateRange.startingOn(LocalDate.of(1998, 10, 1));

    /**
     * Creates the rule.
     *
     * @param id the id, not blank
     * @param description what it checks, not blank
     * @param severity what a finding means, not null
     * @param source the source cited in Great Britain (findings cite the worker's jurisdiction), not null
     * @param inForce the dates in force, not null
     */
    protected WorkingTimeRule(String id, String description, Severity severity, Source source, DateRange inForce) {
        super(id, description, severity, source, inForce);
    }

    /**
     * Returns whether the rule is in force on a date.
     *
     * @param date the date, not null
     * @return true if {@link #inForce()} contains it
     * @throws org.carebudget.rostering.RosteringException if {@code date} is null
     */
    @Override
    public boolean inForceOn(@org.jspecify.annotations.Nullable LocalDate date) {
        return inForce().contains(org.carebudget.rostering.RosteringException.CHECKS.date(date, "date"));
    }

    /**
     * Evaluates the rule for one PA, reporting every limit broken through {@link WorkerTimeline#report}. When
     * {@link WorkerTimeline#isDone()} turns true (a candidate check has its answer), the rule may stop.
     *
     * @param timeline the PA's timeline, not null
     */
    public abstract void evaluate(WorkerTimeline timeline);

    /**
     * Returns the plain-English message of a finding of this rule, from its typed figures.
     *
     * @param finding the finding, not null, its figures set
     * @return the message, not blank
     */
    protected abstract String message(WorkingTimeFinding finding);

    /** Formats an instant as London local time, such as {@code 2026-10-25 01:30}. */
    static String local(java.time.Instant t) {
        java.time.LocalDateTime l = java.time.LocalDateTime.ofInstant(t, org.carebudget.core.time.LondonTime.ZONE);
        return l.toLocalDate() + " " + l.toLocalTime();
    }

    /** Formats minutes as hours, such as {@code 52.5} or {@code 11}. */
    static String hours(long minutes) {
        long tenths = Math.round(minutes / 6.0);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }
}
