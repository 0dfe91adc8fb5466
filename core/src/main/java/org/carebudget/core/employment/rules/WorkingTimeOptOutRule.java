package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.DomesticService;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.WorkingTimeOptOut;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.WorkingTimeLimits;
import org.carebudget.core.time.DateRange;

/**
 * Where the PA's average weekly hours (measured by rostering over the reference period) exceed the 48-hour limit, a
 * written opt-out must apply on the date (Working Time Regulations 1998 regs 4 and 5), unless the employer treats the
 * PA as a domestic servant in a private household, to whom reg. 4(1)-(2) does not apply (reg. 19). A PA under 18
 * cannot opt out: hours over the young-worker limit (reg. 5A) are blocking whatever is recorded.
 *
 * <p>Regulation 19 as amended by the Working Time (Amendment) Regulations 2002 (SI 2002/3128) appears to disapply the
 * young-worker limits (regs 5A and 6A) for domestic servants in a private household too; the current text of
 * regulation 19 could not be read to confirm it. For a domestic servant under 18 over the young-worker limit the rule
 * therefore gives a warning, not a block, citing the amendment as unconfirmed; replace the rule to decide otherwise.
 * Dates without working-time figures are reported as not checked. Blocking, with a {@link WeeklyHoursOverLimit}. In
 * force from 6 April 2003 (the young-worker limits). Immutable and thread-safe.
 */
public final class WorkingTimeOptOutRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "working-time.opt-out";

    private static final Source YOUNG_DOMESTIC = Source.of("Working Time Regulations 1998 reg. 19 as amended by "
            + "SI 2002/3128: appears to disapply regs 5A and 6A for domestic servants in a private household; the "
            + "current text of reg. 19 was not read to confirm it", Status.UNCONFIRMED);

    /** Creates the rule. */
    public WorkingTimeOptOutRule() {
        super(ID, "A written opt-out is recorded where the PA's average weekly hours exceed the limit.",
                ComplianceSeverity.BLOCKING, Source.of("Working Time Regulations 1998 regs 4, 5, 5A and 19",
                        Status.CONFIRMED), DateRange.startingOn(LocalDate.of(2003, 4, 6)));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        LocalDate asOf = context.asOf();
        long average = employment.averageWeeklyMinutes();
        if (average == 0 || asOf.isBefore(employment.firstDay()) || !employment.continuesOn(asOf)) {
            return;
        }
        Missing missing = new Missing();
        WorkingTimeLimits limits = rowOrNote(context, WorkingTimeLimits.class, asOf, null, missing);
        missing.report(this, "working time", findings);
        if (limits == null) {
            return;
        }
        boolean domestic = employment.employer().domesticService() == DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD;
        if (Ages.on(employment.personalAssistant().dateOfBirth(), asOf) < 18) {
            if (average > limits.youngWorkerWeeklyHours() * 60L) {
                WeeklyHoursOverLimit over = new WeeklyHoursOverLimit(average, limits.youngWorkerWeeklyHours(), 1, true);
                String message = "The PA is under 18 and works " + Format.hours(average) + " hours a week; the limit "
                        + "is " + limits.youngWorkerWeeklyHours() + " hours, with no averaging and no opt-out";
                if (domestic) {
                    findings.accept(finding(ComplianceSeverity.WARNING, message + ", unless reg. 19 as amended "
                            + "disapplies it for a domestic servant in a private household (not confirmed).",
                            YOUNG_DOMESTIC).evidence(employment.workingTimeOptOuts()).figures(over).build());
                } else {
                    findings.accept(breach(message + ".", employment.workingTimeOptOuts(), null, null, over, limits));
                }
            }
            return;
        }
        if (average <= limits.averageWeeklyHours() * 60L || domestic) {
            return;
        }
        for (WorkingTimeOptOut optOut : employment.workingTimeOptOuts()) {
            if (optOut.appliesOn(asOf)) {
                return;
            }
        }
        WeeklyHoursOverLimit over = new WeeklyHoursOverLimit(average, limits.averageWeeklyHours(),
                limits.referenceWeeks(), false);
        findings.accept(breach("The PA averages " + Format.hours(average) + " hours a week over "
                + limits.referenceWeeks() + " weeks, above the " + limits.averageWeeklyHours() + "-hour limit, and no "
                + "written opt-out applies on " + asOf + ".", employment.workingTimeOptOuts(), null, null, over,
                limits));
    }
}
