package org.carebudget.rostering.workingtime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.rostering.Caseload;
import org.carebudget.rostering.NightTime;
import org.carebudget.rostering.RosteringException;
import org.carebudget.rostering.TimeSpan;
import org.carebudget.rostering.TimesheetEntry;
import org.carebudget.rostering.Timesheets;
import org.carebudget.rostering.internal.Groups;
import org.carebudget.rostering.internal.IntList;
import org.carebudget.rostering.internal.Minutes;
import org.carebudget.rostering.internal.UkDays;
import org.jspecify.annotations.Nullable;

/**
 * The work each PA of a caseload did in the 17 weeks before a date, from timesheets: what a working-time check of a
 * rota starting that date needs, so that a check on day 1 of a new rota is right. Each record is work started before
 * {@code asOf}; together they should be every employer's work in the caseload (hours with employers outside it are
 * {@link org.carebudget.rostering.DeclaredHours}).
 *
 * <p>For the 48-hour and night averages only each day's total matters, so the history keeps, per PA, the minutes
 * worked on each of the {@value #DAYS} days before {@code asOf} (and on the days a record runs into after it) and the
 * night-time minutes of work started each day; for the rest rules it keeps the exact times of work in the last
 * {@value #TAIL_DAYS} days. Records are summarised as they are added (streaming), so 17 weeks of a national
 * caseload's timesheets are never held. Built with {@link #builder}; immutable and thread-safe.
 */
public final class WorkingTimeHistory {

    /** The days before {@code asOf} whose totals are kept: one reference period. */
    public static final int DAYS = WorkingTimeLaw.REFERENCE_DAYS;
    /** The days before {@code asOf} whose exact times of work are kept. */
    public static final int TAIL_DAYS = 16;
    /** The days from {@code asOf} on into which a record started before it may run and still count. */
    static final int SPILL_DAYS = 15;
    static final int STORED_DAYS = DAYS + SPILL_DAYS;

    private final Caseload caseload;
    private final LocalDate asOf;
    private final int asOfDay;
    private final char[] minutes;
    private final char[] night;
    private final int[] tailStart;
    private final int[] tailEnd;
    private final Groups tail;

    private WorkingTimeHistory(Builder b) {
        this.caseload = b.caseload;
        this.asOf = b.asOf;
        this.asOfDay = b.asOfDay;
        this.minutes = b.minutes.clone();
        this.night = b.night.clone();
        this.tailStart = b.tailStart.toArray();
        this.tailEnd = b.tailEnd.toArray();
        IntList items = new IntList(tailStart.length);
        for (int i = 0; i < tailStart.length; i++) {
            items.add(i);
        }
        this.tail = Groups.of(caseload.workers().size(), b.tailWorker, items, tailStart.length, b.tailStart, null);
    }

    /**
     * Returns an empty history (no work recorded) of a caseload before a date.
     *
     * @param caseload the caseload, not null
     * @param asOf the first day of the rota to be checked, not null, supported
     * @return the history, not null
     * @throws RosteringException if an argument is null or the date unsupported
     */
    public static WorkingTimeHistory none(@Nullable Caseload caseload, @Nullable LocalDate asOf) {
        return builder(caseload, asOf).build();
    }

    /**
     * Returns a builder of the history of a caseload's PAs before a date.
     *
     * @param caseload the caseload, not null
     * @param asOf the first day of the rota to be checked, not null, supported, at least 17 weeks after
     *     {@code SupportedDates.FIRST} and 15 days before {@code SupportedDates.LAST}
     * @return the builder, not null
     * @throws RosteringException if an argument is null or the date out of range
     */
    public static Builder builder(@Nullable Caseload caseload, @Nullable LocalDate asOf) {
        RosteringException.CHECKS.notNull(caseload, "caseload");
        RosteringException.CHECKS.date(asOf, "asOf");
        int day = (int) asOf.toEpochDay();
        if (day - DAYS - 1 < UkDays.FIRST_DAY || day + SPILL_DAYS + 400 > UkDays.LAST_DAY) {
            throw new RosteringException("asOf", LocalDate.ofEpochDay(UkDays.FIRST_DAY + DAYS + 1) + " - "
                    + LocalDate.ofEpochDay(UkDays.LAST_DAY - SPILL_DAYS - 400), asOf);
        }
        return new Builder(caseload, asOf);
    }

    /**
     * Returns the caseload.
     *
     * @return the caseload, not null
     */
    public Caseload caseload() {
        return caseload;
    }

    /**
     * Returns the first day after the history: the first day of the rota it serves.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the minutes a PA worked on a day, as recorded.
     *
     * @param pa the PA, not null, in the caseload
     * @param date the day, not null
     * @return the minutes; 0 for a day the history does not cover
     * @throws RosteringException if an argument is null or the PA is not in the caseload
     */
    public int minutesOn(@Nullable PersonalAssistantId pa, @Nullable LocalDate date) {
        int w = known(pa);
        RosteringException.CHECKS.notNull(date, "date");
        int i = (int) (date.toEpochDay() - firstDay());
        return i < 0 || i >= STORED_DAYS ? 0 : minutes[w * STORED_DAYS + i];
    }

    /**
     * Returns the night-time minutes of the work a PA started on a day, as recorded.
     *
     * @param pa the PA, not null, in the caseload
     * @param date the day, not null
     * @return the minutes; 0 for a day the history does not cover
     * @throws RosteringException if an argument is null or the PA is not in the caseload
     */
    public int nightMinutesOn(@Nullable PersonalAssistantId pa, @Nullable LocalDate date) {
        int w = known(pa);
        RosteringException.CHECKS.notNull(date, "date");
        int i = (int) (date.toEpochDay() - firstDay());
        return i < 0 || i >= STORED_DAYS ? 0 : night[w * STORED_DAYS + i];
    }

    private int known(@Nullable PersonalAssistantId pa) {
        int w = caseload.workerIndex(pa);
        if (w < 0) {
            throw new RosteringException("personalAssistant", "a PA in the caseload", pa);
        }
        return w;
    }

    int firstDay() {
        return asOfDay - DAYS;
    }

    int asOfDay() {
        return asOfDay;
    }

    /** Adds the worker's stored day totals into {@code target[i]} and night minutes, from day {@code base}. */
    void addDays(int worker, int base, int[] target, int[] nightTarget, int length) {
        int off = worker * STORED_DAYS;
        int first = firstDay();
        for (int i = 0; i < STORED_DAYS; i++) {
            int t = first + i - base;
            if (t >= 0 && t < length) {
                target[t] += minutes[off + i];
                nightTarget[t] += night[off + i];
            }
        }
    }

    int tailCount(int worker) {
        return tail.count(worker);
    }

    int tailStart(int worker, int k) {
        return tailStart[tail.item(worker, k)];
    }

    int tailEnd(int worker, int k) {
        return tailEnd[tail.item(worker, k)];
    }

    @Override
    public String toString() {
        return "WorkingTimeHistory[" + caseload.workers().size() + " PAs, " + DAYS + " days before " + asOf + "]";
    }

    /**
     * Summarises records of work as they come. Each call adds what it was given or, if invalid, nothing. Not
     * thread-safe.
     */
    public static final class Builder {

        private final Caseload caseload;
        private final LocalDate asOf;
        private final int asOfDay;
        private final int asOfMinute;
        private final int tailFrom;
        private final char[] minutes;
        private final char[] night;
        private final IntList tailWorker = new IntList();
        private final IntList tailStart = new IntList();
        private final IntList tailEnd = new IntList();

        private Builder(Caseload caseload, LocalDate asOf) {
            this.caseload = caseload;
            this.asOf = asOf;
            this.asOfDay = (int) asOf.toEpochDay();
            this.asOfMinute = UkDays.start(asOfDay);
            this.tailFrom = UkDays.start(asOfDay - TAIL_DAYS);
            int n = caseload.workers().size();
            this.minutes = new char[n * STORED_DAYS];
            this.night = new char[n * STORED_DAYS];
        }

        /**
         * Adds work a PA did.
         *
         * @param pa the PA, not null, in the caseload
         * @param worked when, not null, starting before {@code asOf}
         * @return this builder, not null
         * @throws RosteringException if an argument is null, the PA is not in the caseload, or the work started on or
         *     after {@code asOf}
         */
        public Builder add(@Nullable PersonalAssistantId pa, @Nullable TimeSpan worked) {
            return add(pa, worked, List.of());
        }

        /**
         * Adds work a PA did, less its rest breaks.
         *
         * @param pa the PA, not null, in the caseload
         * @param worked when, not null, starting before {@code asOf}
         * @param breaks the rest breaks taken, not null, within {@code worked}, not overlapping
         * @return this builder, not null
         * @throws RosteringException if an argument or element is null, the PA is not in the caseload, the work
         *     started on or after {@code asOf}, or a break is outside the work or overlaps another
         */
        public Builder add(@Nullable PersonalAssistantId pa, @Nullable TimeSpan worked,
                @Nullable List<TimeSpan> breaks) {
            int w = caseload.workerIndex(pa);
            if (w < 0) {
                throw new RosteringException("personalAssistant", "a PA in the caseload", pa);
            }
            RosteringException.CHECKS.notNull(worked, "worked");
            List<TimeSpan> sorted = new java.util.ArrayList<>(RosteringException.CHECKS.list(breaks, 48, "breaks"));
            java.util.Collections.sort(sorted);
            int[] pairs = new int[sorted.size() * 2];
            for (int i = 0; i < sorted.size(); i++) {
                TimeSpan b = sorted.get(i);
                if (!worked.encloses(b) || (i > 0 && sorted.get(i - 1).overlaps(b))) {
                    throw new RosteringException("breaks", "breaks within the work " + worked + ", not overlapping",
                            b);
                }
                pairs[2 * i] = minute(b.start());
                pairs[2 * i + 1] = minute(b.end());
            }
            int s = minute(worked.start());
            int e = minute(worked.end());
            check(s, worked);
            addPieces(w, s, e, pairs);
            return this;
        }

        private static int minute(java.time.Instant t) {
            return (int) (t.getEpochSecond() / 60);
        }

        private void check(int start, Object shown) {
            if (start >= asOfMinute) {
                throw new RosteringException("worked", "work started before asOf " + asOf, shown);
            }
        }

        /**
         * Adds work a PA did, by index and epoch minutes: the allocation-free path for streaming a caseload's
         * timesheets.
         *
         * @param worker the PA's index in the caseload, 0 to {@code caseload.workers().size() - 1}
         * @param startMinute when the work started, in whole minutes since 1970-01-01T00:00Z, before {@code asOf}
         * @param endMinute when it ended, after {@code startMinute}, at most 14 days later
         * @return this builder, not null
         * @throws RosteringException if an argument is out of range
         */
        public Builder add(int worker, int startMinute, int endMinute) {
            RosteringException.CHECKS.inRange(worker, 0, caseload.workers().size() - 1, "worker");
            RosteringException.CHECKS.inRange(startMinute, Minutes.FIRST, asOfMinute - 1, "startMinute");
            RosteringException.CHECKS.inRange(endMinute, startMinute + 1L, startMinute + 14L * 24 * 60,
                    "endMinute");
            addPiece(worker, startMinute, endMinute);
            return this;
        }

        /**
         * Adds work a PA did less its rest breaks, by index and epoch minutes.
         *
         * @param worker the PA's index in the caseload, 0 to {@code caseload.workers().size() - 1}
         * @param startMinute when the work started, in whole minutes since 1970-01-01T00:00Z, before {@code asOf}
         * @param endMinute when it ended, after {@code startMinute}, at most 14 days later
         * @param breaks the breaks as pairs of epoch minutes {@code [start0, end0, start1, end1, ...]}, sorted, within
         *     the work, not overlapping, at most 48 pairs; not null
         * @return this builder, not null
         * @throws RosteringException if an argument is out of range or null, or the breaks are not as described
         */
        public Builder add(int worker, int startMinute, int endMinute, int @Nullable [] breaks) {
            RosteringException.CHECKS.inRange(worker, 0, caseload.workers().size() - 1, "worker");
            RosteringException.CHECKS.inRange(startMinute, Minutes.FIRST, asOfMinute - 1, "startMinute");
            RosteringException.CHECKS.inRange(endMinute, startMinute + 1L, startMinute + 14L * 24 * 60,
                    "endMinute");
            RosteringException.CHECKS.notNull(breaks, "breaks");
            if (breaks.length % 2 != 0 || breaks.length > 96) {
                throw new RosteringException("breaks", "pairs of minutes, at most 48", breaks.length + " values");
            }
            int at = startMinute;
            for (int i = 0; i < breaks.length; i += 2) {
                if (breaks[i] < at || breaks[i + 1] <= breaks[i] || breaks[i + 1] > endMinute) {
                    throw new RosteringException("breaks", "sorted pairs within " + startMinute + " - " + endMinute
                            + ", not overlapping", breaks[i] + " - " + breaks[i + 1]);
                }
                at = breaks[i + 1];
            }
            addPieces(worker, startMinute, endMinute, breaks);
            return this;
        }

        /**
         * Adds every worked entry of some timesheets that started before {@code asOf}, less its breaks.
         *
         * @param timesheets the timesheets, not null, against a rota of this caseload
         * @return this builder, not null
         * @throws RosteringException if {@code timesheets} is null or of another caseload
         */
        public Builder addWorked(@Nullable Timesheets timesheets) {
            RosteringException.CHECKS.notNull(timesheets, "timesheets");
            if (timesheets.rota().caseload() != caseload) {
                throw new RosteringException("timesheets", "timesheets against a rota of this caseload", timesheets);
            }
            for (int e = 0; e < timesheets.size(); e++) {
                if (timesheets.outcome(e) == TimesheetEntry.Outcome.WORKED
                        && timesheets.startMinute(e) < asOfMinute) {
                    addPieces(timesheets.worker(e), timesheets.startMinute(e), timesheets.endMinute(e),
                            timesheets.breakMinutePairs(e));
                }
            }
            return this;
        }

        private void addPieces(int worker, int start, int end, int[] breaks) {
            int from = start;
            for (int i = 0; i < breaks.length; i += 2) {
                if (breaks[i] > from) {
                    addPiece(worker, from, breaks[i]);
                }
                from = Math.max(from, breaks[i + 1]);
            }
            if (end > from) {
                addPiece(worker, from, end);
            }
        }

        private void addPiece(int worker, int start, int end) {
            int first = asOfDay - DAYS;
            int off = worker * STORED_DAYS;
            int day = UkDays.dayOf(start);
            int startDay = day;
            for (int from = start; from < end; day++) {
                int dayEnd = UkDays.start(day + 1);
                int to = Math.min(end, dayEnd);
                int i = day - first;
                if (i >= 0 && i < STORED_DAYS) {
                    minutes[off + i] = (char) Math.min(Character.MAX_VALUE, minutes[off + i] + (to - from));
                }
                from = to;
            }
            int n = nightMinutes(worker, start, end, startDay);
            int i = startDay - first;
            if (n > 0 && i >= 0 && i < STORED_DAYS) {
                night[off + i] = (char) Math.min(Character.MAX_VALUE, night[off + i] + n);
            }
            if (end > tailFrom) {
                tailWorker.add(worker);
                tailStart.add(start);
                tailEnd.add(end);
            }
        }

        private int nightMinutes(int worker, int start, int end, int startDay) {
            NightTime nt = caseload.workers().get(worker).nightTime();
            return Nights.overlap(nt, start, end, startDay);
        }

        /**
         * Builds the history of everything added. The builder stays usable.
         *
         * @return the history, not null
         */
        public WorkingTimeHistory build() {
            return new WorkingTimeHistory(this);
        }
    }

    /** Night-time windows as epoch minutes. Stateless and thread-safe. */
    static final class Nights {

        private Nights() {
        }

        /** Returns the minutes of {@code [start, end)} in the worker's night time, any night it touches. */
        static int overlap(NightTime nt, int start, int end, int startDay) {
            int total = 0;
            int lastDay = UkDays.dayOf(end - 1);
            for (int d = startDay - 1; d <= lastDay; d++) {
                int ns = nt.startsAtMidnight() ? UkDays.start(d + 1) : UkDays.at(d, nt.start());
                int ne = UkDays.at(d + 1, nt.end());
                int o = Math.min(end, ne) - Math.max(start, ns);
                if (o > 0) {
                    total += o;
                }
            }
            return total;
        }

        /** Returns the minutes of {@code [start, end)} between {@code from} one day and {@code to} the next. */
        static int overlap(LocalTime from, LocalTime to, int start, int end) {
            int total = 0;
            int lastDay = UkDays.dayOf(end - 1);
            for (int d = UkDays.dayOf(start) - 1; d <= lastDay; d++) {
                int ns = UkDays.at(d, from);
                int ne = UkDays.at(d + 1, to);
                int o = Math.min(end, ne) - Math.max(start, ns);
                if (o > 0) {
                    total += o;
                }
            }
            return total;
        }
    }
}
