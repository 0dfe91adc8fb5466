package org.carebudget.benchmarks.rostering;

import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.workingtime.WeeklyLimitRule;
import org.carebudget.rostering.workingtime.WorkerTimeline;
import org.carebudget.rostering.workingtime.WorkingTimeFinding;
import org.carebudget.rostering.workingtime.WorkingTimeRule;

/**
 * The naive baseline of the 48-hour average, written as a vendor would write a rule through the public timeline:
 * for each day of the check, the 17 weeks ending that day summed afresh (119 additions), with no fast exit and no
 * prefix sums. Same id as the standard rule, so it replaces it in {@code WorkingTimeCheck.with}.
 */
final class NaiveWeeklyLimitRule extends WorkingTimeRule {

    NaiveWeeklyLimitRule() {
        super(WeeklyLimitRule.ID, "48 hours a week averaged over 17 weeks, recomputed naively.", Severity.BLOCKING,
                Source.of("Working Time Regulations 1998 reg. 4", Status.CONFIRMED),
                DateRange.startingOn(java.time.LocalDate.of(1998, 10, 1)));
    }

    @Override
    public void evaluate(WorkerTimeline t) {
        int days = 119;
        long limit7 = 48L * 60 * days;
        for (int end = t.checkFromDay(); end < t.checkToDay(); end++) {
            long total7 = 0;
            for (int d = end - days + 1; d <= end; d++) {
                total7 += t.minutesTimes7(d - t.firstDay());
            }
            if (total7 > limit7) {
                t.report(this, 0, 1, (total7 + 6) / 7, limit7 / 7, (total7 - limit7 + 6) / 7, days, null);
                return;
            }
        }
    }

    @Override
    protected String message(WorkingTimeFinding finding) {
        return "over 48 hours on average";
    }
}
