package org.carebudget.rostering.workingtime;

import java.time.LocalDate;
import org.carebudget.rostering.EmploymentTerms;
import org.carebudget.rostering.OptOut;
import org.carebudget.rostering.internal.UkDays;

/**
 * The 17-week reference periods of one employment that a check must look at (regs. 4(3)-(4), 6(3)-(4)), and the
 * day sums an average needs. Periods are half-open ranges of epoch days. Rolling periods ending after the check's
 * last day are left out: with no work known beyond it, each holds no more than the one ending on the last day. Not
 * thread-safe (one per rule evaluation).
 */
final class ReferencePeriods {

    /** Receives a period {@code [first, end)} of epoch days. */
    interface Consumer {
        void accept(int first, int end);
    }

    private ReferencePeriods() {
    }

    /** Calls {@code c} for each reference period of {@code e} overlapping the timeline's scope. */
    static void each(WorkerTimeline t, EmploymentTerms e, Consumer c) {
        int days = WorkingTimeLaw.REFERENCE_DAYS;
        int eStart = (int) e.employed().start().toEpochDay();
        int eEnd = (int) (long) e.employed().end().map(LocalDate::toEpochDay).orElse((long) Integer.MAX_VALUE);
        int scopeFrom = UkDays.dayOf(t.scopeStartMinute());
        int scopeTo = UkDays.dayOf(t.scopeEndMinute() - 1) + 1;
        int lastKnown = t.checkToDay() - 1;
        if (eStart >= scopeTo || eEnd <= scopeFrom) {
            return;
        }
        LocalDate successive = t.profile().referencePeriod().successiveStart().orElse(null);
        if (successive == null) {
            int from = Math.max(scopeFrom - days + 1, eStart);
            int to = Math.min(scopeTo - 1, lastKnown - days + 1);
            for (int s = from; s <= to; s++) {
                if (s < eEnd) {
                    c.accept(s, s + days);
                }
            }
        } else {
            int anchor = (int) successive.toEpochDay();
            int k = Math.floorDiv(scopeFrom - days + 1 - anchor, days);
            for (int s = anchor + k * days; s < scopeTo; s += days) {
                if (s + days > scopeFrom && s >= eStart && s < eEnd) {
                    c.accept(s, s + days);
                }
            }
        }
        // employed for less than 17 weeks: the period elapsed since starting work, at each whole week
        for (int end = Math.max(eStart + 7, scopeFrom + 1); end <= Math.min(lastKnown + 1, eStart + days - 1); end++) {
            if ((end - eStart) % 7 == 0) {
                c.accept(eStart, end);
            }
        }
    }

    /** Marks the excluded days of an employment: leave, and (adult days only) days opted out with its employer. */
    static void excluded(WorkerTimeline t, EmploymentTerms e, boolean[] excluded) {
        int base = t.firstDay();
        int n = t.dayCount();
        for (int i = 0; i < n; i++) {
            excluded[i] = t.isLeaveDay(i);
        }
        long adultFrom = t.profile().adultFrom().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
        for (OptOut o : t.profile().optOuts()) {
            if (!o.employer().equals(e.employer())) {
                continue;
            }
            int s = (int) Math.max(Math.max(base, adultFrom), o.days().start().toEpochDay());
            int end = (int) Math.min(base + n, (long) o.days().end().map(LocalDate::toEpochDay).orElse((long) base + n));
            for (int d = s; d < end; d++) {
                excluded[d - base] = true;
            }
        }
    }
}
