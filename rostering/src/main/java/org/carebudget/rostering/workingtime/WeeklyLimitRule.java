package org.carebudget.rostering.workingtime;

import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.rostering.EmploymentTerms;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.internal.UkDays;

/**
 * The 48-hour week: a worker's working time in every job, averaged over each applicable 17-week reference period,
 * may not exceed 48 hours for each seven days unless the worker has agreed in writing (reg. 4). The average is
 * {@code (A + B) / C}: A the hours worked in the period on days that are not excluded, B the hours of as many days
 * worked straight after it as there were excluded days (annual, sick and family leave, and days opted out), C the
 * weeks in the period (reg. 4(6)-(7)); a worker employed for under 17 weeks is measured over the time elapsed, at each
 * whole week (reg. 4(4)). Hours declared with other employers count.
 *
 * <p>Evaluated per employment: the duty is each employer's, so there is one finding per employer whose duty is
 * broken, for its worst period, naming the planned shifts in that period. An employer for whom the PA is a domestic
 * servant in a private household has no such duty (reg. 19), nor one the PA opted out with for every day of the
 * period. Young workers have the stricter {@link YoungWeeklyLimitRule} instead. Immutable and thread-safe.
 */
public final class WeeklyLimitRule extends WorkingTimeRule {

    /** The rule id. */
    public static final String ID = "wtr.weekly-limit";

    /** Creates the rule. */
    public WeeklyLimitRule() {
        super(ID, "Working time in every job averages at most 48 hours a week over each 17-week reference period.",
                Severity.BLOCKING, Source.of("Working Time Regulations 1998 reg. 4", Status.CONFIRMED), SINCE_1998);
    }

    @Override
    public void evaluate(@org.jspecify.annotations.Nullable WorkerTimeline t) {
        org.carebudget.rostering.RosteringException.CHECKS.notNull(t, "timeline");
        int n = t.dayCount();
        long ceiling = (long) WorkingTimeLaw.WEEKLY_AVERAGE_MINUTES * WorkingTimeLaw.REFERENCE_DAYS;
        boolean[] excluded = t.scratchFlags();
        long[] sumA = t.scratchSums();
        int[] countExcluded = t.scratchCounts();
        int[] workedDays = t.scratchDays();
        for (EmploymentTerms e : t.profile().employments()) {
            if (e.isDomesticServant()) {
                continue;
            }
            // no period can hold more than every day held; with 17 weeks employed and no more than 48 hours a week
            // in all the days held, there is nothing to find
            if (t.totalTimes7() <= ceiling && e.employed().start().toEpochDay() <= t.firstDay()) {
                continue;
            }
            ReferencePeriods.excluded(t, e, excluded);
            int worked = 0;
            sumA[0] = 0;
            countExcluded[0] = 0;
            for (int i = 0; i < n; i++) {
                sumA[i + 1] = sumA[i] + (excluded[i] ? 0 : t.minutesTimes7(i));
                countExcluded[i + 1] = countExcluded[i] + (excluded[i] ? 1 : 0);
                if (!excluded[i] && t.rosteredMinutes(i) > 0) {
                    workedDays[worked++] = i;
                }
            }
            final int workedCount = worked;
            long[] worst = {-1, 0, 0, 0, 0};
            ReferencePeriods.each(t, e, (first, end) -> {
                if (t.isDone()) {
                    return;
                }
                int a = first - t.firstDay();
                int b = Math.min(end - t.firstDay(), n);
                int len = end - first;
                if (!t.isYoungOn(end - 1) && countExcluded[b] - countExcluded[a] < b - a) {
                    long total7 = sumA[b] - sumA[a];
                    int makeUp = countExcluded[b] - countExcluded[a];
                    if (makeUp > 0) {
                        int k = lowerBound(workedDays, workedCount, b);
                        for (int j = k; j < workedCount && j < k + makeUp; j++) {
                            total7 += t.minutesTimes7(workedDays[j]);
                        }
                    }
                    long limit7 = (long) WorkingTimeLaw.WEEKLY_AVERAGE_MINUTES * len;
                    if (total7 > limit7) {
                        int from = UkDays.start(first);
                        int to = UkDays.start(end);
                        if (t.isProbing()) {
                            t.report(this, from, to, 0, 0, 1, len, null);
                        } else if (t.involvesPlanned(from, to)
                                && (worst[0] < 0 || total7 * worst[4] > worst[1] * len)) {
                            worst[0] = first;
                            worst[1] = total7;
                            worst[2] = limit7;
                            worst[3] = end;
                            worst[4] = len;
                        }
                    }
                }
            });
            if (!t.isProbing() && worst[0] >= 0) {
                int from = UkDays.start((int) worst[0]);
                int to = UkDays.start((int) worst[3]);
                long measured = (worst[1] + 6) / 7;
                long limit = worst[2] / 7;
                t.report(this, from, to, measured, limit, measured - limit, (int) worst[4], List.of(e.employer()));
            }
            if (t.isDone()) {
                return;
            }
        }
    }

    private static int lowerBound(int[] values, int count, int key) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    protected String message(WorkingTimeFinding f) {
        return f.personalAssistant() + " would average " + hours(f.averageMinutesPerWeek()) + " hours a week over the "
                + f.referenceDays() / 7 + " weeks from " + local(f.window().start()) + " (" + hours(f.measuredMinutes())
                + " hours in all jobs against at most " + hours(f.limitMinutes()) + ", " + hours(f.differenceMinutes())
                + " over), with no opt-out for " + f.employers() + ".";
    }
}
