package org.carebudget.rostering.workingtime;

import java.time.LocalTime;
import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.EmployerId;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.internal.UkDays;

/**
 * A young worker (under 18) may not work in the restricted period: 22:00 - 06:00, or 23:00 - 07:00 where the
 * contract provides for work after 22:00 (reg. 6A). The exceptions of reg. 27A (hospitals and similar
 * establishments, and others) are not a private household's, so are not applied. Not an employer's duty where the
 * PA is its domestic servant in a private household (reg. 19 as amended). One finding per period of work in the
 * restricted period. Immutable and thread-safe.
 */
public final class YoungNightWorkRule extends WorkingTimeRule {

    /** The rule id. */
    public static final String ID = "wtr.young-night-work";

    private static final LocalTime TEN = LocalTime.of(22, 0);
    private static final LocalTime ELEVEN = LocalTime.of(23, 0);
    private static final LocalTime SIX = LocalTime.of(6, 0);
    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    /** Creates the rule, in force from 6 April 2003 (SI 2002/3128). */
    public YoungNightWorkRule() {
        super(ID, "A young worker does not work between 22:00 and 06:00 (23:00 and 07:00 by contract).",
                Severity.BLOCKING, Source.of("Working Time Regulations 1998 reg. 6A", Status.CONFIRMED),
                org.carebudget.core.time.DateRange.startingOn(java.time.LocalDate.of(2003, 4, 6)));
    }

    @Override
    public void evaluate(@org.jspecify.annotations.Nullable WorkerTimeline t) {
        org.carebudget.rostering.RosteringException.CHECKS.notNull(t, "timeline");
        boolean later = t.profile().youngWorkerContractAfter10pm();
        LocalTime from = later ? ELEVEN : TEN;
        LocalTime to = later ? SEVEN : SIX;
        if (!t.isYoungOn(org.carebudget.rostering.internal.UkDays.dayOf(t.scopeStartMinute()))
                && !t.isYoungOn(t.checkFromDay())) {
            return;
        }
        for (int k = t.firstWorkEndingAfter(t.scopeStartMinute()); k < t.workCount(); k++) {
            int s = t.workStart(k);
            int e = t.workEnd(k);
            if (e <= t.scopeStartMinute() || s >= t.scopeEndMinute() || !t.isYoungOn(UkDays.dayOf(s))) {
                continue;
            }
            int minutes = WorkingTimeHistory.Nights.overlap(from, to, s, e);
            if (minutes == 0) {
                continue;
            }
            List<EmployerId> duty = t.employersOf(s, e, true, false);
            if (!duty.isEmpty() || t.isProbing()) {
                t.report(this, s, e, minutes, 0, minutes, 0, duty);
                if (t.isDone()) {
                    return;
                }
            }
        }
    }

    @Override
    protected String message(WorkingTimeFinding f) {
        return f.personalAssistant() + " is under 18 and would work " + hours(f.measuredMinutes())
                + " hours in the restricted night period in the work from " + local(f.window().start())
                + "; young workers may not work then. Employers: " + f.employers() + ".";
    }
}
