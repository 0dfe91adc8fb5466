package org.carebudget.rostering.workingtime;

import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.EmployerId;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.internal.UkDays;

/**
 * A young worker (under 18) works at most 40 hours a week, hours for every employer added, declared hours included
 * (reg. 5A(1)(b), (2)); no averaging and no opt-out. A week is taken from Monday 00:00, as for weekly rest
 * (reg. 11(6)), and the limit applies to a week whose Monday the PA is under 18. Not an employer's duty where the PA
 * is its domestic servant in a private household (reg. 19 as amended). One finding per week. Immutable and
 * thread-safe.
 */
public final class YoungWeeklyLimitRule extends WorkingTimeRule {

    /** The rule id. */
    public static final String ID = "wtr.young-weekly-limit";

    /** Creates the rule, in force from 6 April 2003 (SI 2002/3128). */
    public YoungWeeklyLimitRule() {
        super(ID, "A young worker works at most 40 hours a week, in all jobs together.", Severity.BLOCKING,
                Source.of("Working Time Regulations 1998 reg. 5A", Status.SECONDARY),
                org.carebudget.core.time.DateRange.startingOn(java.time.LocalDate.of(2003, 4, 6)));
    }

    @Override
    public void evaluate(@org.jspecify.annotations.Nullable WorkerTimeline t) {
        org.carebudget.rostering.RosteringException.CHECKS.notNull(t, "timeline");
        int from = UkDays.mondayOf(UkDays.dayOf(t.scopeStartMinute()));
        int to = UkDays.dayOf(t.scopeEndMinute() - 1);
        for (int monday = Math.max(from, UkDays.mondayOf(t.checkFromDay())); monday <= to
                && monday < t.checkToDay(); monday += 7) {
            if (!t.isYoungOn(monday)) {
                continue;
            }
            long total7 = 0;
            for (int day = monday; day < monday + 7 && day < t.checkToDay(); day++) {
                total7 += t.minutesTimes7(day - t.firstDay());
            }
            if (total7 <= 7L * WorkingTimeLaw.YOUNG_WEEK_MINUTES) {
                continue;
            }
            int s = UkDays.start(monday);
            int e = UkDays.start(monday + 7);
            List<EmployerId> duty = t.employersOf(s, e, true, false);
            if (!duty.isEmpty() || t.isProbing()) {
                long m = (total7 + 6) / 7;
                t.report(this, s, e, m, WorkingTimeLaw.YOUNG_WEEK_MINUTES, m - WorkingTimeLaw.YOUNG_WEEK_MINUTES, 0,
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
                + " hours in the week from " + local(f.window().start()) + " (at most 40, " + hours(f.differenceMinutes())
                + " over; every job counts, with no averaging and no opt-out). Employers: " + f.employers() + ".";
    }
}
