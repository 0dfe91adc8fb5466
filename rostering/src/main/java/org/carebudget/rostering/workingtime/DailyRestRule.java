package org.carebudget.rostering.workingtime;

import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.internal.UkDays;

/**
 * At least 11 consecutive hours' rest in each 24-hour period, 12 for a young worker (reg. 10), counting work for
 * every employer. The 24-hour periods are read as the Government's guidance reads them, not midnight to midnight:
 * each starts when work starts after a rest of at least the minimum, and must hold such a rest within it; so a
 * working day from first start to last finish may span at most 13 hours (12 for a young worker). A period with no
 * such rest is followed by the next starting 24 hours later. Applies to domestic servants too.
 * One finding per period, naming the longest rest in it and the shortfall. The young worker's rest "may be
 * interrupted" for work split up over the day (reg. 10(3)) is not modelled. Immutable and thread-safe.
 */
public final class DailyRestRule extends WorkingTimeRule {

    /** The rule id. */
    public static final String ID = "wtr.daily-rest";

    /** Creates the rule. */
    public DailyRestRule() {
        super(ID, "At least 11 consecutive hours' rest (12 for a young worker) in each 24 hours.", Severity.BLOCKING,
                Source.of("Working Time Regulations 1998 reg. 10", Status.CONFIRMED), SINCE_1998);
    }

    @Override
    public void evaluate(@org.jspecify.annotations.Nullable WorkerTimeline t) {
        org.carebudget.rostering.RosteringException.CHECKS.notNull(t, "timeline");
        int n = t.workCount();
        if (n == 0) {
            return;
        }
        // start at the working day that holds the first work within a day of the scope
        int k = t.dutyStart(Math.min(n - 1, t.firstWorkEndingAfter(t.scopeStartMinute() - 24 * 60)),
                WorkingTimeLaw.YOUNG_DAILY_REST_MINUTES);
        int p = t.workStart(k);
        while (k < n) {
            int required = t.isYoungOn(UkDays.dayOf(p)) ? WorkingTimeLaw.YOUNG_DAILY_REST_MINUTES
                    : WorkingTimeLaw.DAILY_REST_MINUTES;
            int end = p + 24 * 60;
            // the longest rest in [p, end): gaps between periods of work, and from the last one to the end
            int longest = 0;
            int last = p;
            int j = k;
            int restAt = -1;
            while (j < n && t.workStart(j) < end) {
                int gap = t.workStart(j) - last;
                if (gap > longest) {
                    longest = gap;
                }
                if (gap >= required && restAt < 0) {
                    restAt = j;
                }
                last = Math.max(last, t.workEnd(j));
                j++;
            }
            if (last < end) {
                int tail = end - last;
                longest = Math.max(longest, tail);
                if (tail >= required && restAt < 0) {
                    restAt = j;
                }
            }
            if (restAt < 0 && p < t.scopeEndMinute() && end > t.scopeStartMinute()) {
                t.report(this, p, end, longest, required, required - longest, 0, null);
                if (t.isDone()) {
                    return;
                }
            }
            if (restAt >= 0) {
                k = restAt;
                if (k >= n) {
                    return;
                }
                p = t.workStart(k);
            } else {
                // no rest in the period: the next period starts 24 hours on (inside work, or at the next start)
                while (k < n && t.workEnd(k) <= end) {
                    k++;
                }
                if (k >= n) {
                    return;
                }
                p = Math.max(end, t.workStart(k));
            }
            if (p >= t.scopeEndMinute() + 24 * 60) {
                return;
            }
        }
    }

    @Override
    protected String message(WorkingTimeFinding f) {
        return f.personalAssistant() + " would rest at most " + hours(f.measuredMinutes())
                + " consecutive hours in the 24 hours from " + local(f.window().start()) + " (at least "
                + hours(f.limitMinutes()) + " required, " + hours(f.differenceMinutes())
                + " short; work for every employer counts).";
    }
}
