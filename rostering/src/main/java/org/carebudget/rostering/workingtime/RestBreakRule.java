package org.carebudget.rostering.workingtime;

import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.internal.UkDays;

/**
 * A rest break during the working day: an uninterrupted 20 minutes when daily working time is more than 6 hours, 30
 * minutes over 4.5 hours for a young worker (reg. 12(1), (3)-(5)), counting work for every employer. A working day is
 * read as a stretch of work whose gaps are all shorter than the daily rest (so a waking night across midnight is one
 * working day, and a split shift with a long afternoon gap is one); a break is any gap inside it at least that long,
 * whether a recorded break in a shift or time between shifts. A rota that plans no break in a long shift is reported,
 * as a warning: the break must be given, wherever it falls. Applies to domestic servants too. Immutable and
 * thread-safe.
 */
public final class RestBreakRule extends WorkingTimeRule {

    /** The rule id. */
    public static final String ID = "wtr.rest-break";

    /** Creates the rule. */
    public RestBreakRule() {
        super(ID, "A 20-minute break when working more than 6 hours (30 minutes over 4.5 hours for a young worker).",
                Severity.WARNING, Source.of("Working Time Regulations 1998 reg. 12", Status.CONFIRMED), SINCE_1998);
    }

    @Override
    public void evaluate(@org.jspecify.annotations.Nullable WorkerTimeline t) {
        org.carebudget.rostering.RosteringException.CHECKS.notNull(t, "timeline");
        int n = t.workCount();
        if (n == 0) {
            return;
        }
        int k = t.dutyStart(Math.min(n - 1, t.firstWorkEndingAfter(t.scopeStartMinute())),
                WorkingTimeLaw.YOUNG_DAILY_REST_MINUTES);
        while (k < n && t.workStart(k) < t.scopeEndMinute()) {
            int start = t.workStart(k);
            boolean young = t.isYoungOn(UkDays.dayOf(start));
            int rest = young ? WorkingTimeLaw.YOUNG_DAILY_REST_MINUTES : WorkingTimeLaw.DAILY_REST_MINUTES;
            int worked = t.workEnd(k) - start;
            int longestGap = 0;
            int j = k + 1;
            while (j < n && t.workStart(j) - t.workEnd(j - 1) < rest) {
                longestGap = Math.max(longestGap, t.workStart(j) - t.workEnd(j - 1));
                worked += t.workEnd(j) - t.workStart(j);
                j++;
            }
            int end = t.workEnd(j - 1);
            int threshold = young ? WorkingTimeLaw.YOUNG_BREAK_AFTER_MINUTES : WorkingTimeLaw.BREAK_AFTER_MINUTES;
            int needed = young ? WorkingTimeLaw.YOUNG_BREAK_MINUTES : WorkingTimeLaw.BREAK_MINUTES;
            if (worked > threshold && longestGap < needed && end > t.scopeStartMinute()
                    && start < t.scopeEndMinute()) {
                t.report(this, start, end, longestGap, needed, needed - longestGap, 0, null);
                if (t.isDone()) {
                    return;
                }
            }
            k = j;
        }
    }

    @Override
    protected String message(WorkingTimeFinding f) {
        return f.personalAssistant() + " would work the day from " + local(f.window().start()) + " to " + local(f.window().end())
                + " with no break of " + f.limitMinutes() + " minutes (longest " + f.measuredMinutes()
                + "): plan an uninterrupted break.";
    }
}
