package org.carebudget.rostering.workingtime;

import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.EmployerId;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.internal.UkDays;

/**
 * A young worker (under 18) works at most 8 hours a day, a day being 24 hours from midnight (reg. 2), hours for
 * every employer added (reg. 5A(1)(a), (2)); no averaging. Hours declared with employers outside the caseload are
 * weekly totals, so they count towards the week ({@link YoungWeeklyLimitRule}), not the day. Not an employer's duty
 * where the PA is its domestic servant in a private household (reg. 19 as amended by SI 2002/3128). One finding per
 * day. Immutable and thread-safe.
 */
public final class YoungDailyLimitRule extends WorkingTimeRule {

    /** The rule id. */
    public static final String ID = "wtr.young-daily-limit";

    /** Creates the rule, in force from 6 April 2003 (SI 2002/3128). */
    public YoungDailyLimitRule() {
        super(ID, "A young worker works at most 8 hours a day, in all jobs together.", Severity.BLOCKING,
                Source.of("Working Time Regulations 1998 reg. 5A", Status.SECONDARY),
                org.carebudget.core.time.DateRange.startingOn(java.time.LocalDate.of(2003, 4, 6)));
    }

    @Override
    public void evaluate(@org.jspecify.annotations.Nullable WorkerTimeline t) {
        org.carebudget.rostering.RosteringException.CHECKS.notNull(t, "timeline");
        int from = UkDays.dayOf(t.scopeStartMinute());
        int to = UkDays.dayOf(t.scopeEndMinute() - 1);
        for (int day = Math.max(from, t.checkFromDay()); day <= to && day < t.checkToDay(); day++) {
            int i = day - t.firstDay();
            if (!t.isYoungOn(day) || t.rosteredMinutes(i) <= WorkingTimeLaw.YOUNG_DAY_MINUTES) {
                continue;
            }
            int s = UkDays.start(day);
            int e = UkDays.start(day + 1);
            List<EmployerId> duty = t.employersOf(s, e, true, false);
            if (!duty.isEmpty() || t.isProbing()) {
                int m = t.rosteredMinutes(i);
                t.report(this, s, e, m, WorkingTimeLaw.YOUNG_DAY_MINUTES, m - WorkingTimeLaw.YOUNG_DAY_MINUTES, 0,
                        duty);
                if (t.isDone()) {
                    return;
                }
            }
        }
    }

    @Override
    protected String message(WorkingTimeFinding f) {
        return f.personalAssistant() + " is under 18 and would work " + hours(f.measuredMinutes())
                + " hours on the day from " + local(f.window().start()) + " (at most 8, " + hours(f.differenceMinutes())
                + " over; hours for every employer count). Employers: " + f.employers() + ".";
    }
}
