package org.carebudget.rostering.cover;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.LondonTime;
import org.carebudget.core.training.CompetencyCheck;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.CompetencyStatus;
import org.carebudget.rostering.Absence;
import org.carebudget.rostering.CarePackagePlan;
import org.carebudget.rostering.Caseload;
import org.carebudget.rostering.Rota;
import org.carebudget.rostering.RosteringException;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.ShiftId;
import org.carebudget.rostering.TimeSpan;
import org.carebudget.rostering.internal.Minutes;
import org.carebudget.rostering.internal.UkDays;
import org.carebudget.rostering.workingtime.WorkingTimeCheck;
import org.carebudget.rostering.workingtime.WorkingTimeFinding;
import org.carebudget.rostering.workingtime.WorkingTimeHistory;
import org.jspecify.annotations.Nullable;

/**
 * The cover look-ahead: for each package, the shifts starting in {@code [asOf, asOf + days)} (21 days unless set)
 * that are not safely covered, and who could fill each one. A shift is reported when it has an unfilled place (a
 * double-up short of its second PA included), when a PA booked on it is away, is not competent in its tasks on every
 * day through its end (from {@code core.training}, through {@link Competence}), is booked elsewhere at the same time,
 * or is in a window where their rota breaks a working-time limit ({@link WorkingTimeCheck}, across all employers and
 * history); a package is reported when fewer distinct PAs work in it than its plan's minimum.
 *
 * <p>Who could fill a shift: the package's team members not already on it who are free then (no overlapping shift
 * in any package), not away on any of its days, employed by its employer, competent in its tasks through its end, and
 * within every working-time limit if they took it ({@link WorkingTimeCheck.Session#fits}).
 *
 * <p>A caseload may be looked at in parts ({@link #run(Rota, WorkingTimeHistory, Competence, int, int)}), in
 * parallel, and the parts merged ({@link #merge}). Immutable and thread-safe.
 */
public final class CoverLookAhead {

    /** The default look-ahead: 21 days, the 3 weeks a managed service monitors. */
    public static final int DEFAULT_DAYS = 21;

    private static final CoverLookAhead STANDARD = new CoverLookAhead(DEFAULT_DAYS, WorkingTimeCheck.standard());

    private final int days;
    private final WorkingTimeCheck workingTime;

    private CoverLookAhead(int days, WorkingTimeCheck workingTime) {
        this.days = days;
        this.workingTime = workingTime;
    }

    /**
     * Returns the look-ahead of 21 days with the standard working-time rules.
     *
     * @return the look-ahead, not null
     */
    public static CoverLookAhead standard() {
        return STANDARD;
    }

    /**
     * Returns this look-ahead over another number of days: {@code this} when unchanged.
     *
     * @param value the days, 1 - {@value WorkingTimeCheck#MAX_DAYS}
     * @return the look-ahead, not null
     * @throws RosteringException if out of range
     */
    public CoverLookAhead withDays(int value) {
        RosteringException.CHECKS.inRange(value, 1, WorkingTimeCheck.MAX_DAYS, "days");
        return value == days ? this : new CoverLookAhead(value, workingTime);
    }

    /**
     * Returns this look-ahead with other working-time rules: {@code this} when the same.
     *
     * @param value the check, not null
     * @return the look-ahead, not null
     * @throws RosteringException if {@code value} is null
     */
    public CoverLookAhead withWorkingTime(@Nullable WorkingTimeCheck value) {
        RosteringException.CHECKS.notNull(value, "workingTime");
        return value == workingTime ? this : new CoverLookAhead(days, value);
    }

    /**
     * Returns the days looked ahead.
     *
     * @return the days
     */
    public int days() {
        return days;
    }

    /**
     * Returns the working-time check used.
     *
     * @return the check, not null
     */
    public WorkingTimeCheck workingTime() {
        return workingTime;
    }

    /**
     * Looks ahead for every package of the rota's caseload, from the history's {@code asOf}.
     *
     * @param rota the rota, not null
     * @param history the work before {@code asOf}, not null, of the rota's caseload
     * @param competence the answers on competence, not null
     * @return the report, not null
     * @throws RosteringException if an argument is null, or the history is of another caseload
     */
    public CoverReport run(@Nullable Rota rota, @Nullable WorkingTimeHistory history,
            @Nullable Competence competence) {
        RosteringException.CHECKS.notNull(rota, "rota");
        return run(rota, history, competence, 0, rota.caseload().packages().size());
    }

    /**
     * Looks ahead for the packages numbered {@code [fromPackage, toPackage)}.
     *
     * @param rota the rota, not null
     * @param history the work before {@code asOf}, not null, of the rota's caseload
     * @param competence the answers on competence, not null
     * @param fromPackage the first package, 0 to the number of packages
     * @param toPackage the package after the last, {@code fromPackage} to the number of packages
     * @return the report, not null
     * @throws RosteringException if an argument is null or out of range, or the history is of another caseload
     */
    public CoverReport run(@Nullable Rota rota, @Nullable WorkingTimeHistory history,
            @Nullable Competence competence, int fromPackage, int toPackage) {
        RosteringException.CHECKS.notNull(rota, "rota");
        RosteringException.CHECKS.notNull(competence, "competence");
        WorkingTimeCheck.Session session = workingTime.session(rota, history, days);
        int packages = rota.caseload().packages().size();
        RosteringException.CHECKS.inRange(fromPackage, 0, packages, "fromPackage");
        RosteringException.CHECKS.inRange(toPackage, fromPackage, packages, "toPackage");
        return new Run(rota, history.asOf(), days, session, competence).run(fromPackage, toPackage);
    }

    /**
     * Merges reports of parts of one look-ahead, in the order given.
     *
     * @param parts the reports, not null, no null element, all from the same day over the same days
     * @return the merged report, not null
     * @throws RosteringException if {@code parts} is null, empty or holds a null, or the parts differ in day or days
     */
    public static CoverReport merge(@Nullable List<CoverReport> parts) {
        List<CoverReport> copy = RosteringException.CHECKS.list(parts, Integer.MAX_VALUE, "parts");
        if (copy.isEmpty()) {
            throw new RosteringException("parts", "at least one report", "none");
        }
        List<CoverFinding> all = new ArrayList<>();
        int shifts = 0;
        for (CoverReport r : copy) {
            if (!r.from().equals(copy.get(0).from()) || r.days() != copy.get(0).days()) {
                throw new RosteringException("parts", "reports from " + copy.get(0).from() + " over "
                        + copy.get(0).days() + " days", r);
            }
            all.addAll(r.findings());
            shifts += r.shiftsChecked();
        }
        return new CoverReport(copy.get(0).from(), copy.get(0).days(), all, shifts);
    }

    @Override
    public String toString() {
        return "CoverLookAhead[" + days + " days, " + workingTime + "]";
    }

    /** One look-ahead over some packages: scratch state, thread-confined. */
    private static final class Run {

        private final Rota rota;
        private final Caseload caseload;
        private final LocalDate asOf;
        private final int days;
        private final int fromDay;
        private final int fromMinute;
        private final int toMinute;
        private final int competenceDays;
        private final WorkingTimeCheck.Session session;
        private final Competence competence;
        private final int[] competentPackage;
        private final long[][][] competentBits;
        private final List<WorkingTimeFinding>[] workingTime;
        private final List<CoverFinding> out = new ArrayList<>();
        private int checked;

        Run(Rota rota, LocalDate asOf, int days, WorkingTimeCheck.Session session, Competence competence) {
            this.rota = rota;
            this.caseload = rota.caseload();
            this.asOf = asOf;
            this.days = days;
            this.fromDay = (int) asOf.toEpochDay();
            this.fromMinute = UkDays.start(fromDay);
            this.toMinute = UkDays.start(fromDay + days);
            this.competenceDays = days + 15;
            this.session = session;
            this.competence = competence;
            this.competentPackage = new int[caseload.workers().size()];
            java.util.Arrays.fill(competentPackage, -1);
            this.competentBits = new long[caseload.workers().size()][][];
            @SuppressWarnings("unchecked")
            List<WorkingTimeFinding>[] none = new List[caseload.workers().size()];
            this.workingTime = none;
        }

        CoverReport run(int fromPackage, int toPackage) {
            for (int p = fromPackage; p < toPackage; p++) {
                carePackage(p);
            }
            return new CoverReport(asOf, days, out, checked);
        }

        /** A PA's working-time findings, worked out once per run (a PA may be in several packages). */
        private List<WorkingTimeFinding> workingTimeOf(int w) {
            List<WorkingTimeFinding> f = workingTime[w];
            if (f == null) {
                f = session.findings(w);
                workingTime[w] = f;
            }
            return f;
        }

        private boolean involves(int shift, int worker) {
            return rota.worker(shift, 0) == worker || rota.worker(shift, 1) == worker;
        }

        private void carePackage(int p) {
            CarePackagePlan plan = caseload.packages().get(p);
            List<Integer> gaps = new ArrayList<>();
            List<List<Object[]>> pending = new ArrayList<>();
            org.carebudget.rostering.internal.IntList distinct = new org.carebudget.rostering.internal.IntList(8);
            for (int k = rota.packageShiftAtOrAfter(p, fromMinute); k < rota.packageShiftCount(p); k++) {
                int s = rota.packageShift(p, k);
                if (rota.startMinute(s) >= toMinute) {
                    break;
                }
                checked++;
                List<Object[]> found = shiftFindings(p, plan, s, distinct);
                if (!found.isEmpty()) {
                    gaps.add(s);
                    pending.add(found);
                }
            }
            List<List<PersonalAssistantId>> candidates = candidates(p, plan, gaps);
            for (int g = 0; g < gaps.size(); g++) {
                for (Object[] f : pending.get(g)) {
                    out.add(finding(plan, gaps.get(g), f, candidates.get(g)));
                }
            }
            if (distinct.size() < plan.minimumDistinctPas()) {
                int n = distinct.size();
                out.add(new CoverFinding(CoverReason.TOO_FEW_PAS, CoverReason.TOO_FEW_PAS.severity(),
                        () -> plan.id() + " has " + n + " distinct PA" + (n == 1 ? "" : "s") + " booked in the "
                                + days + " days from " + asOf + "; its plan needs at least "
                                + plan.minimumDistinctPas() + " to stay safe through sickness and holidays.",
                        CoverReason.TOO_FEW_PAS.source(),
                        asOf, plan.id(), null, TimeSpan.of(Minutes.instant(fromMinute), Minutes.instant(toMinute)),
                        null, List.of(), List.of(), List.of(), null, n, plan.minimumDistinctPas()));
            }
        }

        /** The findings of one shift as {reason, worker, detail}, before candidates are known. */
        private List<Object[]> shiftFindings(int p, CarePackagePlan plan, int s,
                org.carebudget.rostering.internal.IntList distinct) {
            List<Object[]> found = new ArrayList<>(0);
            int staff = rota.staffNeeded(s);
            int filled = 0;
            for (int place = 0; place < staff; place++) {
                int w = rota.worker(s, place);
                if (w < 0) {
                    continue;
                }
                filled++;
                boolean known = false;
                for (int k = 0; k < distinct.size() && !known; k++) {
                    known = distinct.get(k) == w;
                }
                if (!known) {
                    distinct.add(w);
                }
                int start = rota.startMinute(s);
                int end = rota.endMinute(s);
                Absence away = absent(w, start, end);
                if (away != null) {
                    found.add(new Object[] {CoverReason.PA_ABSENT, w, away});
                }
                Object[] competenceFinding = competence(p, plan, s, w);
                if (competenceFinding != null) {
                    found.add(competenceFinding);
                }
                int other = overlapping(w, start, end, s);
                if (other >= 0) {
                    found.add(new Object[] {CoverReason.DOUBLE_BOOKED, w, other});
                }
                List<WorkingTimeFinding> wt = workingTimeOf(w);
                if (!wt.isEmpty()) {
                    ShiftId id = rota.id(s);
                    List<WorkingTimeFinding> mine = new ArrayList<>(1);
                    for (WorkingTimeFinding f : wt) {
                        if (f.shifts().contains(id)) {
                            mine.add(f);
                        }
                    }
                    if (!mine.isEmpty()) {
                        found.add(new Object[] {CoverReason.WORKING_TIME, w, mine});
                    }
                }
            }
            if (filled < staff) {
                found.add(0, new Object[] {staff == 2 && filled == 1 ? CoverReason.SECOND_PA_MISSING
                        : CoverReason.UNFILLED, -1, staff - filled});
            }
            return found;
        }

        private @Nullable Absence absent(int w, int start, int end) {
            List<Absence> list = caseload.absencesOf(w);
            if (list.isEmpty()) {
                return null;
            }
            int d1 = UkDays.dayOf(start);
            int d2 = UkDays.dayOf(end - 1);
            for (Absence a : list) {
                long s = a.days().start().toEpochDay();
                long e = a.days().end().orElseThrow().toEpochDay();
                if (s <= d2 && e > d1) {
                    return a;
                }
            }
            return null;
        }

        /** Returns the first shift of {@code w}'s other than {@code self} overlapping {@code [start, end)}, or -1. */
        private int overlapping(int w, int start, int end, int self) {
            int n = rota.workerShiftCount(w);
            for (int k = rota.workerShiftAtOrAfter(w, start - rota.longestShiftMinutes()); k < n; k++) {
                int o = rota.workerShift(w, k);
                if (rota.startMinute(o) >= end) {
                    break;
                }
                if (o != self && rota.endMinute(o) > start) {
                    return o;
                }
            }
            return -1;
        }

        /** The PA's competent days for a package's tasks, kept for the package last asked about. */
        private long[][] competentDays(int p, CarePackagePlan plan, int w) {
            if (competentPackage[w] == p) {
                return competentBits[w];
            }
            long[][] bits = new long[plan.tasks().size()][(competenceDays + 63) / 64];
            competence.competentDays(plan, caseload.workers().get(w).personalAssistant(), asOf, competenceDays, asOf,
                    bits);
            competentPackage[w] = p;
            competentBits[w] = bits;
            return bits;
        }

        /** Returns the first task of the shift the PA is not competent in on every day, as {task, day}, or null. */
        private int @Nullable [] firstGap(int p, CarePackagePlan plan, int s, int w) {
            long mask = rota.taskMask(s);
            if (mask == 0) {
                return null;
            }
            long[][] bits = competentDays(p, plan, w);
            int d1 = UkDays.dayOf(rota.startMinute(s)) - fromDay;
            int d2 = Math.min(UkDays.dayOf(rota.endMinute(s) - 1) - fromDay, competenceDays - 1);
            for (int t = 0; t < plan.tasks().size(); t++) {
                if ((mask & (1L << t)) == 0) {
                    continue;
                }
                for (int d = d1; d <= d2; d++) {
                    if ((bits[t][d >>> 6] & (1L << (d & 63))) == 0) {
                        return new int[] {t, d};
                    }
                }
            }
            return null;
        }

        private Object @Nullable [] competence(int p, CarePackagePlan plan, int s, int w) {
            int[] gap = firstGap(p, plan, s, w);
            if (gap == null) {
                return null;
            }
            LocalDate day = LocalDate.ofEpochDay(fromDay + gap[1]);
            List<CompetencyCheck> failing = competence.failing(plan, caseload.workers().get(w).personalAssistant(),
                    gap[0], day, asOf);
            boolean lapses = !failing.isEmpty() && failing.stream()
                    .allMatch(c -> c.status() == CompetencyStatus.LAPSES_BEFORE_DATE);
            return new Object[] {lapses ? CoverReason.COMPETENCE_LAPSES : CoverReason.NOT_COMPETENT, w,
                new Object[] {plan.tasks().get(gap[0]).task(), failing, day}};
        }

        private List<List<PersonalAssistantId>> candidates(int p, CarePackagePlan plan, List<Integer> gaps) {
            List<List<PersonalAssistantId>> lists = new ArrayList<>(gaps.size());
            for (int g = 0; g < gaps.size(); g++) {
                lists.add(new ArrayList<>(2));
            }
            if (gaps.isEmpty()) {
                return lists;
            }
            for (int k = 0; k < plan.team().size(); k++) {
                PersonalAssistantId pa = plan.team().get(k);
                int w = caseload.teamWorker(p, k);
                for (int g = 0; g < gaps.size(); g++) {
                    int s = gaps.get(g);
                    if (!involves(s, w) && couldFill(p, plan, s, w)) {
                        lists.get(g).add(pa);
                    }
                }
            }
            return lists;
        }

        private boolean couldFill(int p, CarePackagePlan plan, int s, int w) {
            int start = rota.startMinute(s);
            int end = rota.endMinute(s);
            if (overlapping(w, start, end, s) >= 0 || absent(w, start, end) != null) {
                return false;
            }
            LocalDate day = LocalDate.ofEpochDay(UkDays.dayOf(start));
            if (caseload.workers().get(w).employment(plan.employer(), day).isEmpty()) {
                return false;
            }
            if (firstGap(p, plan, s, w) != null) {
                return false;
            }
            return session.fits(w, start, end, p);
        }

        private CoverFinding finding(CarePackagePlan plan, int s, Object[] f, List<PersonalAssistantId> candidates) {
            CoverReason reason = (CoverReason) f[0];
            int w = (int) f[1];
            PersonalAssistantId pa = w < 0 ? null : caseload.workers().get(w).personalAssistant();
            ShiftId id = rota.id(s);
            int start = rota.startMinute(s);
            int end = rota.endMinute(s);
            TimeSpan when = TimeSpan.of(Minutes.instant(start), Minutes.instant(end));
            LocalDate act = LocalDate.ofEpochDay(UkDays.dayOf(start));
            Severity severity = reason.severity();
            Source source = reason.source();
            List<CompetencyCode> codes = List.of();
            List<String> rules = List.of();
            ShiftId other = null;
            if (reason == CoverReason.NOT_COMPETENT || reason == CoverReason.COMPETENCE_LAPSES) {
                @SuppressWarnings("unchecked")
                List<CompetencyCheck> failing = (List<CompetencyCheck>) ((Object[]) f[2])[1];
                codes = failing.stream().map(CompetencyCheck::competency).sorted().toList();
                if (reason == CoverReason.COMPETENCE_LAPSES) {
                    act = failing.stream().map(c -> c.expiry().lapsesOn()).min(Comparator.naturalOrder()).orElse(act);
                }
            } else if (reason == CoverReason.DOUBLE_BOOKED) {
                other = rota.id((int) f[2]);
            } else if (reason == CoverReason.WORKING_TIME) {
                @SuppressWarnings("unchecked")
                List<WorkingTimeFinding> wt = (List<WorkingTimeFinding>) f[2];
                rules = wt.stream().map(WorkingTimeFinding::ruleId).distinct().sorted().toList();
                severity = wt.stream().anyMatch(x -> x.severity() == Severity.BLOCKING) ? Severity.BLOCKING
                        : Severity.WARNING;
                source = wt.get(0).source();
            }
            String kind = rota.kind(s).name().toLowerCase().replace('_', ' ');
            String second = reason == CoverReason.SECOND_PA_MISSING ? pa(rota, s) : null;
            String otherPackage = other == null ? null : caseload.packages().get(rota.packageIndex((int) f[2])).id()
                    .value();
            LocalDate lapse = act;
            List<CompetencyCode> failingCodes = codes;
            List<String> brokenRules = rules;
            ShiftId otherShift = other;
            java.util.function.Supplier<String> text = () -> {
                String shift = "Shift " + id + " (" + local(when.start()) + " to " + local(when.end()) + ", " + kind
                        + ")";
                String could = candidates.isEmpty() ? " Nobody in the team could fill it."
                        : " Could fill: " + String.join(", ", candidates.stream().map(PersonalAssistantId::value)
                                .toList()) + ".";
                String why;
                switch (reason) {
                    case UNFILLED -> why = " has " + f[2] + " place" + ((int) f[2] == 1 ? "" : "s") + " unfilled.";
                    case SECOND_PA_MISSING -> why = " is a double-up with only " + second + " booked.";
                    case PA_ABSENT -> {
                        Absence a = (Absence) f[2];
                        why = ": " + pa + " is away (" + a.kind().name().toLowerCase().replace('_', ' ') + ", "
                                + a.days() + ").";
                    }
                    case NOT_COMPETENT -> {
                        Object[] detail = (Object[]) f[2];
                        @SuppressWarnings("unchecked")
                        List<CompetencyCheck> failing = (List<CompetencyCheck>) detail[1];
                        why = ": " + pa + " is not competent in " + detail[0] + " on " + detail[2] + " ("
                                + String.join(", ", failing.stream().map(c -> c.competency() + " " + c.status())
                                        .toList()) + ").";
                    }
                    case COMPETENCE_LAPSES -> why = ": " + pa + "'s " + String.join(", ", failingCodes.stream()
                            .map(CompetencyCode::value).toList()) + " lapses on " + lapse
                            + ", before the shift ends: book it now.";
                    case DOUBLE_BOOKED -> why = ": " + pa + " is also booked on shift " + otherShift + " ("
                            + otherPackage + ") at the same time.";
                    case WORKING_TIME -> {
                        @SuppressWarnings("unchecked")
                        List<WorkingTimeFinding> wt = (List<WorkingTimeFinding>) f[2];
                        why = ": " + pa + "'s rota breaks " + String.join(", ", brokenRules) + " ("
                                + wt.get(0).message() + ")";
                    }
                    default -> why = ".";
                }
                return shift + why + could;
            };
            return new CoverFinding(reason, severity, text, source, act, plan.id(), id, when, pa, candidates, codes,
                    rules, other, 0, 0);
        }

        private String pa(Rota r, int s) {
            int w = r.worker(s, 0) >= 0 ? r.worker(s, 0) : r.worker(s, 1);
            return caseload.workers().get(w).personalAssistant().value();
        }

        private static String local(Instant t) {
            LocalDateTime l = LocalDateTime.ofInstant(t, LondonTime.ZONE);
            return l.toLocalDate() + " " + l.toLocalTime();
        }
    }
}
