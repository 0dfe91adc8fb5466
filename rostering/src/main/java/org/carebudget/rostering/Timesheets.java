package org.carebudget.rostering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.rostering.internal.IntList;
import org.carebudget.rostering.internal.Minutes;
import org.jspecify.annotations.Nullable;

/**
 * The timesheets recorded against a {@link Rota}: for each planned shift, who worked it and when, who missed it, or
 * that it was cancelled. Each entry names a shift that exists in the rota and a PA who is in the caseload; a shift
 * has at most one entry per place it needs (two for a double-up), a PA at most one per shift, and a cancelled shift
 * no other entry. Time worked starts within 24 hours of the planned start and lasts at most as long as the shift may.
 *
 * <p>Entries are held in primitive columns and numbered in the order added; index-based readers serve the hours
 * aggregation. Built with {@link #builder(Rota)}; immutable and thread-safe.
 */
public final class Timesheets {

    private static final byte CANCELLED = 1;

    private final Rota rota;
    private final int[] shift;
    private final int[] worker;
    private final byte[] outcome;
    private final int[] start;
    private final int[] end;
    private final int[] breakMinutes;
    private final int[] awakeMinutes;
    private final int[] first;
    private final int[] second;
    private final byte[] shiftFlags;
    private final Map<Integer, int[][]> periods;

    private Timesheets(Builder b) {
        this.rota = b.rota;
        this.shift = b.shift.toArray();
        this.worker = b.worker.toArray();
        this.outcome = new byte[shift.length];
        for (int i = 0; i < shift.length; i++) {
            outcome[i] = (byte) b.outcome.get(i);
        }
        this.start = b.start.toArray();
        this.end = b.end.toArray();
        this.breakMinutes = b.breakMinutes.toArray();
        this.awakeMinutes = b.awakeMinutes.toArray();
        this.first = b.first.clone();
        this.second = b.second.clone();
        this.shiftFlags = b.flags.clone();
        this.periods = new HashMap<>(b.periods);
    }

    /**
     * Returns an empty builder for timesheets against a rota.
     *
     * @param rota the rota, not null
     * @return the builder, not null
     * @throws RosteringException if {@code rota} is null
     */
    public static Builder builder(@Nullable Rota rota) {
        return new Builder(RosteringException.CHECKS.notNull(rota, "rota"));
    }

    /**
     * Returns the rota the entries record.
     *
     * @return the rota, not null
     */
    public Rota rota() {
        return rota;
    }

    /**
     * Returns how many entries there are.
     *
     * @return the count
     */
    public int size() {
        return shift.length;
    }

    private int check(int entry) {
        return RosteringException.CHECKS.inRange(entry, 0, shift.length - 1, "entry");
    }

    /**
     * Returns the entry numbered {@code entry}, rebuilt from the columns.
     *
     * @param entry the index, 0 to {@code size() - 1}
     * @return the entry, equal to the one added, not null
     * @throws RosteringException if out of range
     */
    public TimesheetEntry entry(int entry) {
        check(entry);
        ShiftId id = rota.id(shift[entry]);
        TimesheetEntry.Outcome o = TimesheetEntry.Outcome.values()[outcome[entry]];
        if (o == TimesheetEntry.Outcome.CANCELLED) {
            return TimesheetEntry.cancelled(id);
        }
        PersonalAssistantId pa = rota.caseload().workers().get(worker[entry]).personalAssistant();
        if (o == TimesheetEntry.Outcome.MISSED) {
            return TimesheetEntry.missed(id, pa);
        }
        int[][] p = periods.get(entry);
        return TimesheetEntry.worked(id, pa, TimeSpan.ofMinutes(start[entry], end[entry]),
                p == null ? List.of() : spans(p[0]), p == null ? List.of() : spans(p[1]));
    }

    private static List<TimeSpan> spans(int[] pairs) {
        List<TimeSpan> list = new ArrayList<>(pairs.length / 2);
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(TimeSpan.ofMinutes(pairs[i], pairs[i + 1]));
        }
        return list;
    }

    /**
     * Returns the entries recorded for a shift.
     *
     * @param id the shift, not null
     * @return the entries, in the order added, not null; empty when none or the shift is not in the rota
     * @throws RosteringException if {@code id} is null
     */
    public List<TimesheetEntry> entries(@Nullable ShiftId id) {
        int s = rota.indexOf(id);
        List<TimesheetEntry> list = new ArrayList<>(2);
        if (s >= 0) {
            if (first[s] >= 0) {
                list.add(entry(first[s]));
            }
            if (second[s] >= 0) {
                list.add(entry(second[s]));
            }
        }
        return list;
    }

    /**
     * Returns how a planned shift went for a PA booked on it, comparing the timesheet with the rota.
     *
     * @param id the shift, not null, in the rota
     * @param pa the PA, not null
     * @return the attendance, not null: {@link Attendance#NOT_RECORDED} when the timesheets say nothing of the PA
     * @throws RosteringException if an argument is null or the shift is not in the rota
     */
    public Attendance attendance(@Nullable ShiftId id, @Nullable PersonalAssistantId pa) {
        int s = rota.indexOf(id);
        if (s < 0) {
            throw new RosteringException("shift", "a shift in the rota", id);
        }
        int w = rota.caseload().workerIndex(pa);
        if ((shiftFlags[s] & CANCELLED) != 0) {
            return Attendance.CANCELLED;
        }
        for (int e : new int[] {first[s], second[s]}) {
            if (e >= 0 && worker[e] == w) {
                if (outcome[e] == TimesheetEntry.Outcome.MISSED.ordinal()) {
                    return Attendance.MISSED;
                }
                if (start[e] > rota.startMinute(s)) {
                    return Attendance.LATE;
                }
                long planned = (long) rota.endMinute(s) - rota.startMinute(s) - rota.breakMinutes(s);
                long worked = (long) end[e] - start[e] - breakMinutes[e];
                return worked < planned ? Attendance.SHORT : Attendance.DELIVERED;
            }
        }
        return Attendance.NOT_RECORDED;
    }

    /**
     * Returns the number of the shift an entry records.
     *
     * @param entry the index, 0 to {@code size() - 1}
     * @return the shift index in the rota
     * @throws RosteringException if out of range
     */
    public int shiftIndex(int entry) {
        return shift[check(entry)];
    }

    /**
     * Returns the number of the PA an entry names.
     *
     * @param entry the index, 0 to {@code size() - 1}
     * @return the worker index, or -1 for a cancellation
     * @throws RosteringException if out of range
     */
    public int worker(int entry) {
        return worker[check(entry)];
    }

    /**
     * Returns what an entry records.
     *
     * @param entry the index, 0 to {@code size() - 1}
     * @return the outcome, not null
     * @throws RosteringException if out of range
     */
    public TimesheetEntry.Outcome outcome(int entry) {
        return TimesheetEntry.Outcome.values()[outcome[check(entry)]];
    }

    /**
     * Returns the epoch minute work started, for a worked entry.
     *
     * @param entry the index, 0 to {@code size() - 1}
     * @return the minute; the planned start for an entry that was not worked
     * @throws RosteringException if out of range
     */
    public int startMinute(int entry) {
        return start[check(entry)];
    }

    /**
     * Returns the epoch minute work ended, for a worked entry.
     *
     * @param entry the index, 0 to {@code size() - 1}
     * @return the minute; equal to {@link #startMinute} for an entry that was not worked
     * @throws RosteringException if out of range
     */
    public int endMinute(int entry) {
        return end[check(entry)];
    }

    /**
     * Returns the minutes of rest breaks in a worked entry.
     *
     * @param entry the index, 0 to {@code size() - 1}
     * @return the minutes, 0 or more
     * @throws RosteringException if out of range
     */
    public int breakMinutes(int entry) {
        return breakMinutes[check(entry)];
    }

    /**
     * Returns the minutes awake in a worked sleep-in.
     *
     * @param entry the index, 0 to {@code size() - 1}
     * @return the minutes, 0 or more
     * @throws RosteringException if out of range
     */
    public int awakeMinutes(int entry) {
        return awakeMinutes[check(entry)];
    }

    /**
     * Returns the rest breaks of a worked entry as pairs of epoch minutes.
     *
     * @param entry the index, 0 to {@code size() - 1}
     * @return a new array, empty when none
     * @throws RosteringException if out of range
     */
    public int[] breakMinutePairs(int entry) {
        int[][] p = periods.get(check(entry));
        return p == null ? new int[0] : p[1].clone();
    }

    @Override
    public String toString() {
        return "Timesheets[" + shift.length + " entries]";
    }

    /**
     * Collects entries, checking each against the rota as it comes: an entry is added whole or not at all. Not
     * thread-safe.
     */
    public static final class Builder {

        private final Rota rota;
        private final IntList shift = new IntList();
        private final IntList worker = new IntList();
        private final IntList outcome = new IntList();
        private final IntList start = new IntList();
        private final IntList end = new IntList();
        private final IntList breakMinutes = new IntList();
        private final IntList awakeMinutes = new IntList();
        private final int[] first;
        private final int[] second;
        private final byte[] flags;
        private final Map<Integer, int[][]> periods = new HashMap<>();

        private Builder(Rota rota) {
            this.rota = rota;
            first = new int[rota.size()];
            second = new int[rota.size()];
            Arrays.fill(first, -1);
            Arrays.fill(second, -1);
            flags = new byte[rota.size()];
        }

        /**
         * Adds an entry.
         *
         * @param entry the entry, not null, for a shift in the rota and a PA in the caseload, fitting the rules on
         *     the type
         * @return this builder, not null
         * @throws RosteringException if {@code entry} is null or breaks a rule on the type; nothing is added then
         */
        public Builder add(@Nullable TimesheetEntry entry) {
            RosteringException.CHECKS.notNull(entry, "entry");
            int s = rota.indexOf(entry.shift());
            if (s < 0) {
                throw new RosteringException("shift", "a shift in the rota", entry.shift());
            }
            if ((flags[s] & CANCELLED) != 0) {
                throw new RosteringException("shift", "a shift not recorded as cancelled", entry.shift());
            }
            int w = -1;
            int from = rota.startMinute(s);
            int to = from;
            if (entry.outcome() == TimesheetEntry.Outcome.CANCELLED) {
                if (first[s] >= 0) {
                    throw new RosteringException("shift", "a shift with no other entry, to cancel it", entry.shift());
                }
            } else {
                w = rota.caseload().workerIndex(entry.personalAssistant());
                if (w < 0) {
                    throw new RosteringException("personalAssistant", "a PA whose profile is in the caseload",
                            entry.personalAssistant());
                }
                for (int e : new int[] {first[s], second[s]}) {
                    if (e >= 0 && worker.get(e) == w) {
                        throw new RosteringException("personalAssistant", "one entry per PA on a shift",
                                entry.personalAssistant() + " on shift " + entry.shift());
                    }
                }
                if (first[s] >= 0 && (second[s] >= 0 || rota.staffNeeded(s) < 2)) {
                    throw new RosteringException("shift", "at most " + rota.staffNeeded(s) + " entries for shift "
                            + entry.shift(), entry);
                }
                TimeSpan worked = entry.worked();
                if (worked != null) {
                    long longest = (rota.isLongerThan24Hours(s) ? Shift.LONGEST_MARKED_HOURS
                            : Shift.LONGEST_HOURS) * 60L;
                    if (worked.minutes() > longest) {
                        throw new RosteringException("worked", "at most " + longest / 60 + " elapsed hours", worked);
                    }
                    if (Math.abs((long) worked.startMinute() - from) > 24 * 60) {
                        throw new RosteringException("worked", "a start within 24 hours of the planned start "
                                + Minutes.instant(from), worked);
                    }
                    if (!entry.awakePeriods().isEmpty() && rota.kind(s) != ShiftKind.SLEEP_IN) {
                        throw new RosteringException("awakePeriods", "awake periods only on a sleep-in",
                                entry.shift());
                    }
                    from = worked.startMinute();
                    to = worked.endMinute();
                }
            }
            int index = shift.size();
            shift.add(s);
            worker.add(w);
            outcome.add(entry.outcome().ordinal());
            start.add(from);
            end.add(to);
            breakMinutes.add((int) (entry.worked() == null ? 0 : entry.worked().minutes() - entry.workingMinutes()));
            long awake = 0;
            for (TimeSpan a : entry.awakePeriods()) {
                awake += a.minutes();
            }
            awakeMinutes.add((int) awake);
            if (!entry.awakePeriods().isEmpty() || !entry.breaks().isEmpty()) {
                periods.put(index, new int[][] {pairs(entry.awakePeriods()), pairs(entry.breaks())});
            }
            if (entry.outcome() == TimesheetEntry.Outcome.CANCELLED) {
                flags[s] |= CANCELLED;
                first[s] = index;
            } else if (first[s] < 0) {
                first[s] = index;
            } else {
                second[s] = index;
            }
            return this;
        }

        private static int[] pairs(List<TimeSpan> spans) {
            int[] pairs = new int[spans.size() * 2];
            for (int i = 0; i < spans.size(); i++) {
                pairs[2 * i] = spans.get(i).startMinute();
                pairs[2 * i + 1] = spans.get(i).endMinute();
            }
            return pairs;
        }

        /**
         * Builds the timesheets of every entry added. The builder stays usable.
         *
         * @return the timesheets, not null
         */
        public Timesheets build() {
            return new Timesheets(this);
        }
    }
}
