package org.carebudget.rostering.workingtime;

import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.rostering.EmploymentTerms;
import org.carebudget.rostering.NightWorkerStatus;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.internal.UkDays;

/**
 * A night worker's normal hours may not exceed an average of 8 hours for each 24 hours over each 17-week reference
 * period (reg. 6(1)-(4)); there is no opt-out. The average divides the hours worked (in every job, overtime included
 * since SI 2002/3128) by the days in the period less the weekly rest days (one in seven): 8 hours over 102 of 119
 * days is the same 816 hours as 48 a week (reg. 6(5); the divisor is status U). A PA is a night worker when declared
 * one, or, for {@link NightWorkerStatus#FROM_HOURS}, when on the majority of the days worked in the 17 weeks ending
 * on the check's last day at least 3 hours of the work started that day fell in the PA's night time (reg. 2). Not an
 * employer's duty where the PA is its domestic servant in a private household (reg. 19). One finding per employer,
 * for its worst period. Immutable and thread-safe.
 */
public final class NightLimitRule extends WorkingTimeRule {

    /** The rule id. */
    public static final String ID = "wtr.night-limit";

    /** Creates the rule. */
    public NightLimitRule() {
        super(ID, "A night worker's hours average at most 8 for each 24 hours over each 17-week reference period.",
                Severity.BLOCKING, Source.of("Working Time Regulations 1998 reg. 6", Status.UNCONFIRMED), SINCE_1998);
    }

    /**
     * Returns whether the timeline's PA is a night worker, declared or from the hours of the 17 weeks ending on the
     * check's last day.
     *
     * @param t the timeline, not null
     * @return true for a night worker
     */
    public static boolean isNightWorker(@org.jspecify.annotations.Nullable WorkerTimeline t) {
        org.carebudget.rostering.RosteringException.CHECKS.notNull(t, "timeline");
        NightWorkerStatus status = t.profile().nightWorker();
        if (status != NightWorkerStatus.FROM_HOURS) {
            return status == NightWorkerStatus.NIGHT_WORKER;
        }
        return t.nightDaysInStatusPeriod() * 2 > t.daysWorkedInStatusPeriod();
    }

    @Override
    public void evaluate(@org.jspecify.annotations.Nullable WorkerTimeline t) {
        org.carebudget.rostering.RosteringException.CHECKS.notNull(t, "timeline");
        // 8 hours over 102 of 119 days is 816 hours: no period holds more than every day held
        boolean longEmployed = true;
        for (EmploymentTerms e : t.profile().employments()) {
            longEmployed &= e.employed().start().toEpochDay() <= t.firstDay();
        }
        if ((longEmployed && t.totalTimes7() <= 2880L * WorkingTimeLaw.REFERENCE_DAYS) || !isNightWorker(t)) {
            return;
        }
        int n = t.dayCount();
        long[] sum = t.scratchSums();
        sum[0] = 0;
        for (int i = 0; i < n; i++) {
            sum[i + 1] = sum[i] + t.minutesTimes7(i);
        }
        for (EmploymentTerms e : t.profile().employments()) {
            if (e.isDomesticServant()) {
                continue;
            }
            long[] worst = {-1, 0, 0, 0, 0};
            ReferencePeriods.each(t, e, (first, end) -> {
                if (t.isDone()) {
                    return;
                }
                int a = first - t.firstDay();
                int b = Math.min(end - t.firstDay(), n);
                int len = end - first;
                long total7 = sum[b] - sum[a];
                long limit7 = (long) WorkingTimeLaw.NIGHT_AVERAGE_MINUTES * 7 * (len - len / 7);
                if (total7 > limit7) {
                    int from = UkDays.start(first);
                    int to = UkDays.start(end);
                    if (t.isProbing()) {
                        t.report(this, from, to, 0, 0, 1, len, null);
                    } else if (t.involvesPlanned(from, to) && (worst[0] < 0 || total7 * worst[4] > worst[1] * len)) {
                        worst[0] = first;
                        worst[1] = total7;
                        worst[2] = limit7;
                        worst[3] = end;
                        worst[4] = len;
                    }
                }
            });
            if (!t.isProbing() && worst[0] >= 0) {
                long measured = (worst[1] + 6) / 7;
                long limit = worst[2] / 7;
                t.report(this, UkDays.start((int) worst[0]), UkDays.start((int) worst[3]), measured, limit,
                        measured - limit, (int) worst[4], List.of(e.employer()));
            }
            if (t.isDone()) {
                return;
            }
        }
    }

    @Override
    protected String message(WorkingTimeFinding f) {
        int days = f.referenceDays() - f.referenceDays() / 7;
        return f.personalAssistant() + ", a night worker, would average " + hours(f.measuredMinutes() / Math.max(1, days))
                + " hours per 24 over the " + f.referenceDays() / 7 + " weeks from " + local(f.window().start()) + " ("
                + hours(f.measuredMinutes()) + " hours against at most " + hours(f.limitMinutes()) + ", "
                + hours(f.differenceMinutes()) + " over); night workers cannot opt out. Employer: " + f.employers()
                + ".";
    }
}
