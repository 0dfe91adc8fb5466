package org.carebudget.rostering.workingtime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.carebudget.core.figures.Source;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.rostering.Absence;
import org.carebudget.rostering.Caseload;
import org.carebudget.rostering.DeclaredHours;
import org.carebudget.rostering.EmploymentTerms;
import org.carebudget.rostering.Rota;
import org.carebudget.rostering.ShiftId;
import org.carebudget.rostering.TimeSpan;
import org.carebudget.rostering.WorkerProfile;
import org.carebudget.rostering.internal.Minutes;
import org.carebudget.rostering.internal.UkDays;

/**
 * One PA's working time as the rules read it, over the days of a check: the history (17 weeks of day totals and the
 * exact times of the last days), the planned shifts of every package from the check's first day, the hours declared
 * with other employers, absences, and the profile. Days are numbered from {@link #firstDay()} (the first day of the
 * 17 weeks before the check) to {@link #firstDay()} {@code + }{@link #dayCount()}; work is a sorted list of
 * non-overlapping periods ({@link #workStart}, {@link #workEnd}) in epoch minutes, shifts less their breaks, merged
 * where they touch.
 *
 * <p>A timeline is also used to ask whether a PA could take one more shift ({@link WorkingTimeCheck.Session#fits}):
 * then it holds that candidate shift too, {@link #isProbing()} is true, the rules need only look at windows holding
 * the candidate ({@link #scopeStartMinute()} to {@link #scopeEndMinute()}), and the first report about it settles the
 * answer ({@link #isDone()}). Made and reused by a {@link WorkingTimeCheck.Session}; not thread-safe.
 */
public final class WorkerTimeline {

    private final Caseload caseload;
    private final Rota rota;
    private final WorkingTimeHistory history;
    private final int fromDay;
    private final int toDay;
    private final int base;
    private final int len;
    private final int fromMinute;
    private final int toMinute;

    private int worker = -1;
    private WorkerProfile profile;
    private WorkingTimeLaw law;
    private final long[] m7;
    private final int[] declared7;
    private final int[] rostered;
    private final int[] night;
    private final byte[] leave;

    private int shiftCount;
    private int[] shiftIndex = new int[64];
    private int[] shiftStart = new int[64];
    private int[] shiftEnd = new int[64];
    private int[] shiftPackage = new int[64];

    private int pieceCount;
    private int[] pieceStart = new int[128];
    private int[] pieceEnd = new int[128];
    private int workCount;
    private int[] workStart = new int[128];
    private int[] workEnd = new int[128];

    private boolean probing;
    private boolean done;
    private int probeStart;
    private int probeEnd;
    private int baseWorkCount;
    private int[] baseWorkStart = new int[128];
    private int[] baseWorkEnd = new int[128];

    private List<WorkingTimeFinding> out;
    private int youngUntil;
    private long total7;
    /** Days worked, and days with 3 hours of night work, in the 17 weeks ending on the check's last day. */
    private int statusWorked;
    private int statusNights;
    private boolean[] scratchFlags;
    private long[] scratchSums;
    private int[] scratchCounts;
    private int[] scratchDays;

    WorkerTimeline(Rota rota, WorkingTimeHistory history, int days) {
        this.caseload = rota.caseload();
        this.rota = rota;
        this.history = history;
        this.fromDay = history.asOfDay();
        this.toDay = fromDay + days;
        this.base = fromDay - WorkingTimeLaw.REFERENCE_DAYS;
        this.len = toDay - base;
        this.fromMinute = UkDays.start(fromDay);
        this.toMinute = UkDays.start(toDay);
        this.m7 = new long[len];
        this.declared7 = new int[len];
        this.rostered = new int[len];
        this.night = new int[len];
        this.leave = new byte[len];
        this.scratchFlags = new boolean[len];
        this.scratchSums = new long[len + 1];
        this.scratchCounts = new int[len + 1];
        this.scratchDays = new int[len];
    }

    /** Fills the timeline with one PA's data. */
    void prepare(int w) {
        worker = w;
        profile = caseload.workers().get(w);
        law = WorkingTimeLaw.of(profile.jurisdiction());
        youngUntil = (int) profile.adultFrom().map(LocalDate::toEpochDay).orElse((long) Integer.MIN_VALUE)
                .longValue();
        Arrays.fill(declared7, 0);
        Arrays.fill(rostered, 0);
        Arrays.fill(night, 0);
        Arrays.fill(leave, (byte) 0);
        history.addDays(w, base, rostered, night, len);
        for (DeclaredHours d : caseload.declaredHoursOf(w)) {
            int s = (int) Math.max(base, d.days().start().toEpochDay());
            int e = (int) Math.min(toDay, d.days().end().map(LocalDate::toEpochDay).orElse((long) toDay));
            for (int day = s; day < e; day++) {
                declared7[day - base] += d.minutesPerWeek();
            }
        }
        for (Absence a : caseload.absencesOf(w)) {
            int s = (int) Math.max(base, a.days().start().toEpochDay());
            int e = (int) Math.min(toDay, a.days().end().orElseThrow().toEpochDay());
            for (int day = s; day < e; day++) {
                leave[day - base] |= (byte) (a.kind().isExcludedDay() ? 3 : 2);
            }
        }
        shiftCount = 0;
        pieceCount = 0;
        total7 = 0;
        int n = rota.workerShiftCount(w);
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rota.startMinute(rota.workerShift(w, mid)) < fromMinute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < n; k++) {
            int s = rota.workerShift(w, k);
            int start = rota.startMinute(s);
            if (start >= toMinute) {
                break;
            }
            addShift(s, start, rota.endMinute(s), rota.packageIndex(s), rota.breakCount(s));
        }
        // the history's pieces all start before the check and come first; the rota's follow in order of start
        int planned = pieceCount;
        int[] plannedStart = Arrays.copyOf(pieceStart, planned);
        int[] plannedEnd = Arrays.copyOf(pieceEnd, planned);
        pieceCount = 0;
        for (int k = 0; k < history.tailCount(w); k++) {
            addPiece(history.tailStart(w, k), history.tailEnd(w, k));
        }
        for (int k = 0; k < planned; k++) {
            addPiece(plannedStart[k], plannedEnd[k]);
        }
        long sum = 0;
        int worked = 0;
        int nights = 0;
        for (int i = 0; i < len; i++) {
            m7[i] = 7L * rostered[i] + declared7[i];
            sum += m7[i];
            if (i >= len - WorkingTimeLaw.REFERENCE_DAYS && rostered[i] > 0) {
                worked++;
                if (night[i] >= WorkingTimeLaw.NIGHT_WORKER_MINUTES) {
                    nights++;
                }
            }
        }
        total7 = sum;
        statusWorked = worked;
        statusNights = nights;
        merge();
        probing = false;
        done = false;
        out = null;
    }

    private void addShift(int index, int start, int end, int pkg, int breaks) {
        if (shiftCount == shiftIndex.length) {
            shiftIndex = Arrays.copyOf(shiftIndex, shiftCount * 2);
            shiftStart = Arrays.copyOf(shiftStart, shiftCount * 2);
            shiftEnd = Arrays.copyOf(shiftEnd, shiftCount * 2);
            shiftPackage = Arrays.copyOf(shiftPackage, shiftCount * 2);
        }
        shiftIndex[shiftCount] = index;
        shiftStart[shiftCount] = start;
        shiftEnd[shiftCount] = end;
        shiftPackage[shiftCount] = pkg;
        shiftCount++;
        int from = start;
        for (int k = 0; k < breaks; k++) {
            int bs = rota.breakStart(index, k);
            if (bs > from) {
                addWork(from, bs, 1);
            }
            from = Math.max(from, rota.breakEnd(index, k));
        }
        if (end > from) {
            addWork(from, end, 1);
        }
    }

    /** Adds (sign 1) or removes (sign -1) a planned piece of work in the day totals, and adds it as a piece. */
    private void addWork(int start, int end, int sign) {
        int day = UkDays.dayOf(start);
        int startDay = day;
        for (int from = start; from < end; day++) {
            int to = Math.min(end, UkDays.start(day + 1));
            int i = day - base;
            if (i >= 0 && i < len) {
                boolean inStatus = i >= len - WorkingTimeLaw.REFERENCE_DAYS;
                boolean was = rostered[i] > 0;
                rostered[i] += sign * (to - from);
                m7[i] += 7L * sign * (to - from);
                total7 += 7L * sign * (to - from);
                if (inStatus && was != rostered[i] > 0) {
                    statusWorked += was ? -1 : 1;
                }
            }
            from = to;
        }
        int i = startDay - base;
        if (i >= 0 && i < len) {
            boolean wasNight = night[i] >= WorkingTimeLaw.NIGHT_WORKER_MINUTES;
            night[i] += sign * WorkingTimeHistory.Nights.overlap(profile.nightTime(), start, end, startDay);
            boolean isNight = night[i] >= WorkingTimeLaw.NIGHT_WORKER_MINUTES;
            if (i >= len - WorkingTimeLaw.REFERENCE_DAYS && wasNight != isNight) {
                statusNights += wasNight ? -1 : 1;
            }
        }
        if (sign > 0) {
            addPiece(start, end);
        }
    }

    private void addPiece(int start, int end) {
        if (pieceCount == pieceStart.length) {
            pieceStart = Arrays.copyOf(pieceStart, pieceCount * 2);
            pieceEnd = Arrays.copyOf(pieceEnd, pieceCount * 2);
        }
        pieceStart[pieceCount] = start;
        pieceEnd[pieceCount] = end;
        pieceCount++;
    }

    private void merge() {
        workCount = 0;
        if (workStart.length < pieceCount) {
            workStart = new int[pieceCount * 2];
            workEnd = new int[pieceCount * 2];
        }
        boolean sorted = true;
        for (int i = 1; i < pieceCount && sorted; i++) {
            sorted = pieceStart[i - 1] <= pieceStart[i];
        }
        long[] keys = null;
        if (!sorted) {
            keys = new long[pieceCount];
            for (int i = 0; i < pieceCount; i++) {
                keys[i] = ((long) (pieceStart[i] - Minutes.FIRST) << 32) | (pieceEnd[i] - Minutes.FIRST);
            }
            Arrays.sort(keys);
        }
        for (int i = 0; i < pieceCount; i++) {
            int s = keys == null ? pieceStart[i] : (int) (keys[i] >>> 32) + Minutes.FIRST;
            int e = keys == null ? pieceEnd[i] : (int) (keys[i] & 0xFFFF_FFFFL) + Minutes.FIRST;
            if (workCount > 0 && s <= workEnd[workCount - 1]) {
                workEnd[workCount - 1] = Math.max(workEnd[workCount - 1], e);
            } else {
                workStart[workCount] = s;
                workEnd[workCount] = e;
                workCount++;
            }
        }
    }

    /** Adds a candidate shift, evaluates the rules about it, removes it; returns whether a rule reported it. */
    boolean probe(List<WorkingTimeRule> rules, int start, int end, int pkg) {
        int savedShifts = shiftCount;
        int savedPieces = pieceCount;
        baseWorkCount = workCount;
        if (baseWorkStart.length < workCount) {
            baseWorkStart = new int[workCount * 2];
            baseWorkEnd = new int[workCount * 2];
        }
        System.arraycopy(workStart, 0, baseWorkStart, 0, workCount);
        System.arraycopy(workEnd, 0, baseWorkEnd, 0, workCount);
        addShift(-1, start, end, pkg, 0);
        mergeProbe(start, end);
        probing = true;
        done = false;
        probeStart = start;
        probeEnd = end;
        try {
            for (WorkingTimeRule rule : rules) {
                rule.evaluate(this);
                if (done) {
                    break;
                }
            }
            return done;
        } finally {
            addWork(start, end, -1);
            shiftCount = savedShifts;
            pieceCount = savedPieces;
            workCount = baseWorkCount;
            System.arraycopy(baseWorkStart, 0, workStart, 0, workCount);
            System.arraycopy(baseWorkEnd, 0, workEnd, 0, workCount);
            probing = false;
            done = false;
        }
    }

    private void mergeProbe(int start, int end) {
        if (workStart.length < workCount + 1) {
            workStart = Arrays.copyOf(workStart, workCount * 2 + 2);
            workEnd = Arrays.copyOf(workEnd, workCount * 2 + 2);
        }
        int at = 0;
        while (at < workCount && workStart[at] < start) {
            at++;
        }
        System.arraycopy(workStart, at, workStart, at + 1, workCount - at);
        System.arraycopy(workEnd, at, workEnd, at + 1, workCount - at);
        workStart[at] = start;
        workEnd[at] = end;
        workCount++;
        int w = 0;
        for (int i = 0; i < workCount; i++) {
            if (w > 0 && workStart[i] <= workEnd[w - 1]) {
                workEnd[w - 1] = Math.max(workEnd[w - 1], workEnd[i]);
            } else {
                workStart[w] = workStart[i];
                workEnd[w] = workEnd[i];
                w++;
            }
        }
        workCount = w;
    }

    List<WorkingTimeFinding> run(List<WorkingTimeRule> rules) {
        out = new ArrayList<>();
        for (WorkingTimeRule rule : rules) {
            rule.evaluate(this);
        }
        return out;
    }

    /**
     * Returns the PA.
     *
     * @return the PA, not null
     */
    public PersonalAssistantId personalAssistant() {
        return profile.personalAssistant();
    }

    /**
     * Returns the PA's profile.
     *
     * @return the profile, not null
     */
    public WorkerProfile profile() {
        return profile;
    }

    /**
     * Returns the law of the PA's jurisdiction.
     *
     * @return the law, not null
     */
    public WorkingTimeLaw law() {
        return law;
    }

    /**
     * Returns the epoch day of the first day held: 17 weeks before the check's first day.
     *
     * @return the epoch day
     */
    public int firstDay() {
        return base;
    }

    /**
     * Returns how many days are held: 17 weeks of history and the check's days.
     *
     * @return the count
     */
    public int dayCount() {
        return len;
    }

    /**
     * Returns the epoch day the check starts.
     *
     * @return the epoch day, {@code firstDay() + 119}
     */
    public int checkFromDay() {
        return fromDay;
    }

    /**
     * Returns the epoch day after the check's last day.
     *
     * @return the epoch day
     */
    public int checkToDay() {
        return toDay;
    }

    /**
     * Returns the minutes worked on a held day in every job: rostered and recorded minutes times 7, plus the minutes a
     * week declared with other employers (each day carrying a seventh of the week, so in sevenths of a minute).
     *
     * @param day 0 to {@code dayCount() - 1}
     * @return the minutes times 7
     */
    public long minutesTimes7(int day) {
        return m7[day];
    }

    /**
     * Returns the minutes worked on a held day in the caseload (recorded and rostered, not declared elsewhere).
     *
     * @param day 0 to {@code dayCount() - 1}
     * @return the minutes
     */
    public int rosteredMinutes(int day) {
        return rostered[day];
    }

    /**
     * Returns the night-time minutes of the work started on a held day.
     *
     * @param day 0 to {@code dayCount() - 1}
     * @return the minutes
     */
    public int nightMinutes(int day) {
        return night[day];
    }

    /**
     * Returns whether a held day is an excluded day for the 48-hour average by absence (annual, sick or family
     * leave). Opt-out days are per employer: see {@link WorkerProfile#isOptedOut}.
     *
     * @param day 0 to {@code dayCount() - 1}
     * @return true on leave
     */
    public boolean isLeaveDay(int day) {
        return (leave[day] & 1) != 0;
    }

    /**
     * Returns whether the PA is a young worker on an epoch day.
     *
     * @param epochDay the epoch day
     * @return true if under 18
     */
    public boolean isYoungOn(int epochDay) {
        return epochDay < youngUntil;
    }

    /**
     * Returns the sum of {@link #minutesTimes7} over every held day: no reference period holds more.
     *
     * @return the minutes times 7
     */
    public long totalTimes7() {
        return total7;
    }

    /**
     * Returns the days worked in the 17 weeks ending on the check's last day.
     *
     * @return the count
     */
    public int daysWorkedInStatusPeriod() {
        return statusWorked;
    }

    /**
     * Returns the days in the 17 weeks ending on the check's last day on which at least 3 hours of the work started
     * fell in night time.
     *
     * @return the count
     */
    public int nightDaysInStatusPeriod() {
        return statusNights;
    }

    /** Reusable scratch arrays for the standard rules, of {@link #dayCount()} (+ 1) elements. */
    boolean[] scratchFlags() {
        return scratchFlags;
    }

    long[] scratchSums() {
        return scratchSums;
    }

    int[] scratchCounts() {
        return scratchCounts;
    }

    int[] scratchDays() {
        return scratchDays;
    }

    /**
     * Returns how many periods of work there are.
     *
     * @return the count
     */
    public int workCount() {
        return workCount;
    }

    /**
     * Returns when a period of work starts, in epoch minutes; periods are sorted and do not touch.
     *
     * @param k 0 to {@code workCount() - 1}
     * @return the epoch minute
     */
    public int workStart(int k) {
        return workStart[k];
    }

    /**
     * Returns when a period of work ends, in epoch minutes.
     *
     * @param k 0 to {@code workCount() - 1}
     * @return the epoch minute
     */
    public int workEnd(int k) {
        return workEnd[k];
    }

    /**
     * Returns the first period of work that ends after a minute: where a rule looking at time from that minute on
     * starts, found by binary search.
     *
     * @param minute the epoch minute
     * @return the index, 0 to {@link #workCount()}
     */
    public int firstWorkEndingAfter(int minute) {
        int lo = 0;
        int hi = workCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (workEnd[mid] <= minute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Returns the start of the working day holding period {@code k}: walks back over gaps shorter than
     * {@code rest} minutes.
     *
     * @param k a period of work, 0 to {@code workCount() - 1}
     * @param rest the rest that separates working days, in minutes
     * @return the index of the first period of that working day
     */
    public int dutyStart(int k, int rest) {
        while (k > 0 && workStart[k] - workEnd[k - 1] < rest) {
            k--;
        }
        return k;
    }

    /**
     * Returns whether the timeline holds a candidate shift being checked.
     *
     * @return true during a candidate check
     */
    public boolean isProbing() {
        return probing;
    }

    /**
     * Returns whether a candidate check has its answer: the rules may stop.
     *
     * @return true once a report involves the candidate
     */
    public boolean isDone() {
        return done;
    }

    /**
     * Returns the start of the time the rules need to look at: the candidate shift, or the check's first minute.
     *
     * @return the epoch minute
     */
    public int scopeStartMinute() {
        return probing ? probeStart : fromMinute;
    }

    /**
     * Returns the end of the time the rules need to look at: the candidate shift's end, or the check's end.
     *
     * @return the epoch minute
     */
    public int scopeEndMinute() {
        return probing ? probeEnd : toMinute;
    }

    /**
     * Returns whether a window holds at least one planned shift of the check (or the candidate): only such windows
     * are reported, since a rota check is about what is planned.
     *
     * @param startMinute the window's start
     * @param endMinute the window's end
     * @return true if a planned shift overlaps it
     */
    public boolean involvesPlanned(int startMinute, int endMinute) {
        for (int i = 0; i < shiftCount; i++) {
            if (shiftStart[i] < endMinute && startMinute < shiftEnd[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the employers of the planned shifts in a window whose duty a rule is: every employer, or only those for
     * whom the PA is not a domestic servant in a private household on the shift's day (and, for the 48-hour average,
     * has not opted out).
     *
     * @param startMinute the window's start
     * @param endMinute the window's end
     * @param excludeDomesticService leave out employers for whom regulation 19 applies
     * @param excludeOptedOut leave out employers the PA has opted out with on the shift's day
     * @return the employers, sorted, without duplicates
     */
    public List<EmployerId> employersOf(int startMinute, int endMinute, boolean excludeDomesticService,
            boolean excludeOptedOut) {
        TreeSet<String> seen = new TreeSet<>();
        List<EmployerId> result = new ArrayList<>(2);
        for (int i = 0; i < shiftCount; i++) {
            if (shiftStart[i] < endMinute && startMinute < shiftEnd[i]) {
                EmployerId e = caseload.packages().get(shiftPackage[i]).employer();
                LocalDate day = LocalDate.ofEpochDay(UkDays.dayOf(shiftStart[i]));
                if (excludeDomesticService) {
                    EmploymentTerms t = profile.employment(e, day).orElse(null);
                    if (t != null && t.isDomesticServant()) {
                        continue;
                    }
                }
                if (excludeOptedOut && profile.isOptedOut(e, day)) {
                    continue;
                }
                if (seen.add(e.value())) {
                    result.add(e);
                }
            }
        }
        result.sort((a, b) -> a.value().compareTo(b.value()));
        return result;
    }

    /**
     * Reports a limit broken in a window. During a candidate check this only records whether the window holds the
     * candidate; otherwise it makes a finding naming the planned shifts in the window and, when {@code employers} is
     * null, every employer of them.
     *
     * @param rule the rule, not null
     * @param startMinute the window's start
     * @param endMinute the window's end, after the start
     * @param measured what was measured, in minutes
     * @param limit the limit, in minutes
     * @param difference by how much it is broken, in minutes, 1 or more
     * @param referenceDays the days of an average, or 0
     * @param employers the employers whose duty it is; null for every employer of the shifts in the window
     */
    public void report(WorkingTimeRule rule, int startMinute, int endMinute, long measured, long limit,
            long difference, int referenceDays, List<EmployerId> employers) {
        if (probing) {
            if (probeStart < endMinute && startMinute < probeEnd) {
                done = true;
            }
            return;
        }
        List<ShiftId> ids = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        for (int i = 0; i < shiftCount; i++) {
            if (shiftStart[i] < endMinute && startMinute < shiftEnd[i]) {
                ids.add(rota.id(shiftIndex[i]));
                first = Math.min(first, shiftStart[i]);
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        ids.sort(null);
        List<EmployerId> who = employers != null ? employers : employersOf(startMinute, endMinute, false, false);
        Source source = law.source(rule.id()).orElse(rule.source());
        out.add(new WorkingTimeFinding(rule, source, LocalDate.ofEpochDay(UkDays.dayOf(first)),
                profile.personalAssistant(), TimeSpan.of(Minutes.instant(startMinute), Minutes.instant(endMinute)),
                ids, who, measured, limit, difference, referenceDays));
    }
}
