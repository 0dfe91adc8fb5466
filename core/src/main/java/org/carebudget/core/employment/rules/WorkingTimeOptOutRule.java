package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.employment.WorkingTimeOptOut;
import org.carebudget.core.figures.EmployerDuties;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/**
 * Where the PA's average weekly hours (measured by rostering over the reference period) exceed the limit, a
 * written opt-out must apply on the date, unless the employer treats the PA as a domestic servant in a private
 * household (reg. 19, the employer's setting). A PA under 18 cannot opt out: hours over the young-worker limit are
 * reported whatever is recorded. Blocking. Immutable and thread-safe.
 */
public final class WorkingTimeOptOutRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "working-time.opt-out";

    /** Creates the rule, in force from 1 October 1998. */
    public WorkingTimeOptOutRule() {
        super(ID, "A written opt-out is recorded where the PA's average weekly hours exceed the limit.",
                Severity.BLOCKING, Source.of("Working Time Regulations 1998 regs 4, 5, 5A and 19",
                        Status.CONFIRMED), DateRange.startingOn(LocalDate.of(1998, 10, 1)));
    }

    @Override
    public void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings) {
        LocalDate asOf = context.asOf();
        long average = employment.averageWeeklyMinutes();
        if (average == 0 || asOf.isBefore(employment.firstDay()) || !employment.continuesOn(asOf)) {
            return;
        }
        EmployerDuties duties = context.employerDutiesOn(asOf);
        if (employment.personalAssistant().ageOn(asOf) < 18) {
            if (average > duties.youngWorkerWeeklyHoursLimit() * 60L) {
                findings.accept(breach("The PA is under 18 and works " + Format.hours(average) + " hours a week; the "
                        + "limit is " + duties.youngWorkerWeeklyHoursLimit() + " hours, with no averaging and no "
                        + "opt-out.", employment.workingTimeOptOuts(), null, duties.source()));
            }
            return;
        }
        if (average <= duties.averageWeeklyHoursLimit() * 60L || employment.employer().domesticServiceExemption()) {
            return;
        }
        for (WorkingTimeOptOut optOut : employment.workingTimeOptOuts()) {
            if (optOut.appliesOn(asOf)) {
                return;
            }
        }
        findings.accept(breach("The PA averages " + Format.hours(average) + " hours a week over "
                + duties.referencePeriodWeeks() + " weeks, above the " + duties.averageWeeklyHoursLimit()
                + "-hour limit, and no written opt-out applies on " + asOf + ".", employment.workingTimeOptOuts(),
                null, duties.source()));
    }
}
