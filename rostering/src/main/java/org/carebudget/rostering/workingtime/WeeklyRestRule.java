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
 * objective reasons to include it; a young worker's 48 hours stand alone. The weekly rest must lie inside the
 * period; the daily rest beside it may fall on either side, inside or outside (so Saturday 19:00 to Monday 07:00,
 * 36 hours, gives the week to Sunday midnight its 24 hours and the following 12 hours their daily rest). The figure
 * reported is the most consecutive rest that counts: for each rest, its length, capped at its part inside the period
 * plus the daily rest. A period in which the PA does not work needs none. Applies to domestic servants too. One finding per period, with
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
    public void evaluate(@org.jspecify.annotations.Nullable WorkerTimeline t) {
        org.carebudget.rostering.RosteringException.CHECKS.notNull(t, "timeline");
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
        int n = t.workCount();
        int first = t.firstWorkEndingAfter(ps);
        if (first >= n || t.workStart(first) >= pe) {
            return;
        }
        int daily = young ? 0 : extra;
        int week = young ? WorkingTimeLaw.YOUNG_WEEKLY_REST_MINUTES
                : basis == WeeklyRestBasis.ONE_48_HOURS_EACH_FORTNIGHT ? 2 * WorkingTimeLaw.WEEKLY_REST_MINUTES
                : WorkingTimeLaw.WEEKLY_REST_MINUTES;
        // each rest (a gap between periods of work, measured whole): the part inside the period must hold the weekly
        // rest, and the daily rest that may not be part of it may lie on either side, inside or outside the period
        long best = 0;
        long second = 0;
        for (int k = first; k <= n; k++) {
            if (k > first && k <= n && k - 1 < n && t.workEnd(k - 1) >= pe) {
                break;
            }
            long rs = k == 0 ? Long.MIN_VALUE / 4 : t.workEnd(k - 1);
            long re = k == n ? Long.MAX_VALUE / 4 : t.workStart(k);
            long inside = Math.min(re, pe) - Math.max(rs, ps);
            if (inside <= 0) {
                continue;
            }
            long effective = Math.min(re - rs, inside + daily);
            if (effective > best) {
                second = best;
                best = effective;
            } else if (effective > second) {
                second = effective;
            }
        }
        int required = week + daily;
        long measured = best;
        if (!young && basis == WeeklyRestBasis.TWO_DAYS_EACH_FORTNIGHT) {
            measured = best >= 2L * WorkingTimeLaw.WEEKLY_REST_MINUTES + daily ? required : second;
        }
        if (measured < required) {
            t.report(this, ps, pe, measured, required, required - measured, 0, null);
        }
    }

    @Override
    protected String message(WorkingTimeFinding f) {
        return f.personalAssistant() + " would have at most " + hours(f.measuredMinutes())
                + " consecutive hours off in the rest period from " + local(f.window().start()) + " to " + local(f.window().end())
                + " (at least " + hours(f.limitMinutes()) + " required, " + hours(f.differenceMinutes())
                + " short; work for every employer counts).";
    }
}
