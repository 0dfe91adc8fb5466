package org.carebudget.rostering.workingtime;

import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.WeeklyRestBasis;
import org.carebudget.rostering.internal.UkDays;

/**
 * Weekly rest (reg. 11), counting work for every employer: an adult has an uninterrupted 24 hours in each 7-day
 * period, or, if the employer so determines, two of 24 hours or one of 48 hours in each 14-day period; a young worker
 * 48 hours in each 7 days. Periods start at midnight between Sunday and Monday (reg. 11(4)-(6)); 14-day periods
 * every other week from the week the PA's earliest employment began (reg. 11(5)). An adult's weekly rest may not
 * include the daily rest (reg. 11(7)), so 24 hours means 35 consecutive hours off (24 + 11) unless the profile records
 * objective reasons to include it; a young worker's 48 hours stand alone. Rest is measured inside each period, and a
 * period in which the PA does not work needs none. Applies to domestic servants too. One finding per period, with
 * the longest rest found and the shortfall. Immutable and thread-safe.
 */
public final class WeeklyRestRule extends WorkingTimeRule {

    /** The rule id. */
    public static final String ID = "wtr.weekly-rest";

    /** Creates the rule. */
    public WeeklyRestRule() {
        super(ID, "An uninterrupted weekly rest of 24 hours in each 7 days (or 48 in 14; 48 in 7 for a young worker).",
                Severity.BLOCKING, Source.of("Working Time Regulations 1998 reg. 11", Status.SECONDARY), SINCE_1998);
    }

    @Override
    public void evaluate(WorkerTimeline t) {
        WeeklyRestBasis basis = t.profile().weeklyRest();
        int scopeFrom = UkDays.dayOf(t.scopeStartMinute());
        int scopeTo = UkDays.dayOf(t.scopeEndMinute() - 1);
        int extra = t.profile().weeklyRestMayIncludeDailyRest() ? 0 : WorkingTimeLaw.DAILY_REST_MINUTES;
        int first = UkDays.mondayOf(scopeFrom);
        int length = 7;
        if (basis != WeeklyRestBasis.ONE_DAY_EACH_WEEK) {
            int anchor = UkDays.mondayOf((int) t.profile().firstDayOfWork().toEpochDay());
            first = anchor + Math.floorDiv(scopeFrom - anchor, 14) * 14;
            length = 14;
        }
        for (int day = first; day <= scopeTo && day < t.checkToDay(); day += length) {
            boolean young = t.isYoungOn(day);
            int periodLength = young && length == 14 ? 7 : length;
            for (int sub = day; sub < day + length; sub += periodLength) {
                if (sub > scopeTo || (sub + periodLength <= scopeFrom)) {
                    continue;
                }
                check(t, sub, periodLength, young, basis, extra);
                if (t.isDone()) {
                    return;
                }
            }
        }
    }

    private void check(WorkerTimeline t, int day, int days, boolean young, WeeklyRestBasis basis, int extra) {
        int ps = UkDays.start(day);
        int pe = UkDays.start(day + days);
        int longest = 0;
        int second = 0;
        int last = ps;
        boolean worked = false;
        for (int k = 0; k < t.workCount(); k++) {
            int s = t.workStart(k);
            int e = t.workEnd(k);
            if (e <= ps) {
                continue;
            }
            if (s >= pe) {
                break;
            }
            worked = true;
            int gap = Math.max(0, s - last);
            if (gap > longest) {
                second = longest;
                longest = gap;
            } else if (gap > second) {
                second = gap;
            }
            last = Math.max(last, e);
        }
        if (!worked) {
            return;
        }
        int tail = Math.max(0, pe - last);
        if (tail > longest) {
            second = longest;
            longest = tail;
        } else if (tail > second) {
            second = tail;
        }
        int required;
        int measured;
        if (young) {
            required = WorkingTimeLaw.YOUNG_WEEKLY_REST_MINUTES;
            measured = longest;
        } else if (basis == WeeklyRestBasis.ONE_DAY_EACH_WEEK) {
            required = WorkingTimeLaw.WEEKLY_REST_MINUTES + extra;
            measured = longest;
        } else if (basis == WeeklyRestBasis.ONE_48_HOURS_EACH_FORTNIGHT) {
            required = 2 * WorkingTimeLaw.WEEKLY_REST_MINUTES + extra;
            measured = longest;
        } else {
            // two rests of 24 hours (each on top of a daily rest), or one long enough to hold both
            required = WorkingTimeLaw.WEEKLY_REST_MINUTES + extra;
            int both = 2 * WorkingTimeLaw.WEEKLY_REST_MINUTES + extra;
            measured = longest >= both ? required : second;
        }
        if (measured < required) {
            t.report(this, ps, pe, measured, required, required - measured, 0, null);
        }
    }

    @Override
    protected String message(WorkingTimeFinding f) {
        return f.personalAssistant() + " would have at most " + hours(f.measuredMinutes())
                + " consecutive hours off in the rest period from " + f.window().start() + " to " + f.window().end()
                + " (at least " + hours(f.limitMinutes()) + " required, " + hours(f.differenceMinutes())
                + " short; work for every employer counts).";
    }
}
