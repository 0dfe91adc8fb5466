package org.carebudget.rostering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.rostering.internal.Groups;
import org.carebudget.rostering.internal.IntList;
import org.carebudget.rostering.internal.LongIntMap;
import org.carebudget.rostering.internal.LongList;
import org.carebudget.rostering.internal.Minutes;
import org.carebudget.rostering.internal.UkDays;
import org.jspecify.annotations.Nullable;

/**
 * The planned shifts of a caseload's packages, past and future, checked against the {@link Caseload}: every shift's
 * package is in it, every PA booked has a profile and is employed by the package's employer on the shift's day, and
 * every task is one of the package's. Shift ids are unique.
 *
 * <p>Shifts are held in primitive columns (about 40 bytes a shift, so a national rota of 17 million shifts fits in
 * well under a gigabyte) and numbered in the order added; {@link #shift(int)} rebuilds a {@link Shift} on demand.
 * Index-based readers ({@link #startMinute}, {@link #worker}, {@link #packageShiftCount}) serve callers that read
 * large rotas without allocating; minutes are whole minutes since 1970-01-01T00:00Z. Built with
 * {@link #builder(Caseload)}; immutable and thread-safe.
 */
public final class Rota {

    private static final int LONG_SHIFT = 1;

    private final Caseload caseload;
    private final long[] ids;
    private final int[] byId;
    private final int[] pkg;
    private final int[] funder;
    private final int[] start;
    private final int[] end;
    private final byte[] kind;
    private final byte[] staff;
    private final byte[] flags;
    private final int[] pa0;
    private final int[] pa1;
    private final int[] taskSet;
    private final long[] taskMasks;
    private final List<FunderId> funders;
    /** Awake periods and breaks, flat: per shift that has any, {breaks, awake, break minutes, awake minutes, awake
     * pairs, break pairs}; {@code extraIndex} holds each shift's offset, or -1. */
    private final int[] extras;
    private final int[] extraIndex;
    private final Groups byPackage;
    private final Groups byWorker;
    private final int longest;


    private Rota(Builder b) {
        this.caseload = b.caseload;
        this.ids = b.ids.toArray();
        this.byId = b.sortedById();
        this.pkg = b.pkg.toArray();
        this.funder = b.funder.toArray();
        this.start = b.start.toArray();
        this.end = b.end.toArray();
        int n = ids.length;
        this.kind = new byte[n];
        this.staff = new byte[n];
        this.flags = new byte[n];
        for (int i = 0; i < n; i++) {
            int packed = b.packed.get(i);
            kind[i] = (byte) (packed & 3);
            staff[i] = (byte) ((packed >> 2) & 3);
            flags[i] = (byte) (packed >> 4);
        }
        this.pa0 = b.pa0.toArray();
        this.pa1 = b.pa1.toArray();
        this.taskSet = b.taskSet.toArray();
        this.taskMasks = b.masks.toArray();
        this.funders = List.copyOf(b.funders);
        this.extraIndex = new int[n];
        java.util.Arrays.fill(extraIndex, -1);
        this.extras = b.extras.toArray();
        for (int x = 0; x < b.extraShift.size(); x++) {
            extraIndex[b.extraShift.get(x)] = b.extraOffset.get(x);
        }
        this.byPackage = Groups.of(caseload.packages().size(), b.pkg, identity(n), n, b.start, ids);
        IntList workerOf = new IntList(n * 2);
        IntList itemOf = new IntList(n * 2);
        for (int i = 0; i < n; i++) {
            if (pa0[i] >= 0) {
                workerOf.add(pa0[i]);
                itemOf.add(i);
            }
            if (pa1[i] >= 0) {
                workerOf.add(pa1[i]);
                itemOf.add(i);
            }
        }
        this.byWorker = Groups.of(caseload.workers().size(), workerOf, itemOf, workerOf.size(), b.start, ids);
        int max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, end[i] - start[i]);
        }
        this.longest = max;
    }

    private static IntList identity(int n) {
        IntList list = new IntList(n);
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    /**
     * Returns an empty builder for a rota of a caseload.
     *
     * @param caseload the caseload, not null
     * @return the builder, not null
     * @throws RosteringException if {@code caseload} is null
     */
    public static Builder builder(@Nullable Caseload caseload) {
        return new Builder(RosteringException.CHECKS.notNull(caseload, "caseload"));
    }

    /**
     * Returns the caseload the rota was checked against.
     *
     * @return the caseload, not null
     */
    public Caseload caseload() {
        return caseload;
    }

    /**
     * Returns how many shifts there are.
     *
     * @return the count, 0 or more
     */
    public int size() {
        return ids.length;
    }

    private int check(int shift) {
        if (shift < 0 || shift >= ids.length) {
            throw new RosteringException("shift", "0 - " + (ids.length - 1), shift);
        }
        return shift;
    }

    /**
     * Returns the number of the shift with an id.
     *
     * @param id the id, not null
     * @return the index, or -1 when the rota has no such shift
     * @throws RosteringException if {@code id} is null
     */
    public int indexOf(@Nullable ShiftId id) {
        RosteringException.CHECKS.notNull(id, "shiftId");
        return indexOf(id.value());
    }

    int indexOf(long id) {
        int lo = 0;
        int hi = byId.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = ids[byId[mid]];
            if (v < id) {
                lo = mid + 1;
            } else if (v > id) {
                hi = mid - 1;
            } else {
                return byId[mid];
            }
        }
        return -1;
    }

    /**
     * Returns the shift with an id.
     *
     * @param id the id, not null
     * @return the shift, or empty when the rota has no such shift
     * @throws RosteringException if {@code id} is null
     */
    public Optional<Shift> shift(@Nullable ShiftId id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(shift(i));
    }

    /**
     * Returns the shift numbered {@code shift}, rebuilt from the columns.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return the shift, equal to the one added, not null
     * @throws RosteringException if {@code shift} is out of range
     */
    public Shift shift(int shift) {
        check(shift);
        CarePackagePlan plan = caseload.packages().get(pkg[shift]);
        Shift.Builder b = Shift.builder(ShiftId.of(ids[shift]), plan.id(), funders.get(funder[shift]),
                Minutes.instant(start[shift]), Minutes.instant(end[shift])).kind(ShiftKind.values()[kind[shift]]);
        if (staff[shift] == 2) {
            b.doubleUp();
        }
        if (pa0[shift] >= 0) {
            b.personalAssistant(caseload.workers().get(pa0[shift]).personalAssistant());
        }
        if (pa1[shift] >= 0) {
            b.personalAssistant(caseload.workers().get(pa1[shift]).personalAssistant());
        }
        long mask = taskMasks[taskSet[shift]];
        for (int t = 0; t < 64; t++) {
            if ((mask & (1L << t)) != 0) {
                b.task(plan.tasks().get(t).task());
            }
        }
        int o = extraIndex[shift];
        if (o >= 0) {
            int breaks = extras[o];
            int awake = extras[o + 1];
            for (int k = 0; k < awake; k++) {
                b.awake(TimeSpan.ofMinutes(extras[o + 4 + 2 * k], extras[o + 5 + 2 * k]));
            }
            for (int k = 0; k < breaks; k++) {
                b.restBreak(TimeSpan.ofMinutes(extras[o + 4 + 2 * awake + 2 * k], extras[o + 5 + 2 * awake + 2 * k]));
            }
        }
        if ((flags[shift] & LONG_SHIFT) != 0) {
            b.longerThan24Hours();
        }
        return b.build();
    }

    /**
     * Returns every shift, in the order added (allocates one {@link Shift} each: for large rotas read by index).
     *
     * @return the shifts, not null
     */
    public List<Shift> shifts() {
        List<Shift> all = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            all.add(shift(i));
        }
        return all;
    }

    /**
     * Returns a shift's id.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return the id, not null
     * @throws RosteringException if out of range
     */
    public ShiftId id(int shift) {
        return ShiftId.of(ids[check(shift)]);
    }

    /**
     * Returns the epoch minute a shift starts.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return whole minutes since 1970-01-01T00:00Z
     * @throws RosteringException if out of range
     */
    public int startMinute(int shift) {
        return start[check(shift)];
    }

    /**
     * Returns the epoch minute a shift ends.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return whole minutes since 1970-01-01T00:00Z, after its start
     * @throws RosteringException if out of range
     */
    public int endMinute(int shift) {
        return end[check(shift)];
    }

    /**
     * Returns the number of a shift's package in the caseload.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return the package index
     * @throws RosteringException if out of range
     */
    public int packageIndex(int shift) {
        return pkg[check(shift)];
    }

    /**
     * Returns the funder of a shift.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return the funder, not null
     * @throws RosteringException if out of range
     */
    public FunderId funder(int shift) {
        return funders.get(funder[check(shift)]);
    }

    /**
     * Returns the number of a shift's funder among {@link #funders()}.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return the funder index
     * @throws RosteringException if out of range
     */
    public int funderIndex(int shift) {
        return funder[check(shift)];
    }

    /**
     * Returns the funders of the rota's shifts, numbered in the order first seen.
     *
     * @return the funders, not null, unmodifiable
     */
    public List<FunderId> funders() {
        return funders;
    }

    /**
     * Returns a shift's kind.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return the kind, not null
     * @throws RosteringException if out of range
     */
    public ShiftKind kind(int shift) {
        return ShiftKind.values()[kind[check(shift)]];
    }

    /**
     * Returns how many PAs a shift needs.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return 1, or 2 for a double-up
     * @throws RosteringException if out of range
     */
    public int staffNeeded(int shift) {
        return staff[check(shift)];
    }

    /**
     * Returns the number (in the caseload) of the PA booked in a place on a shift.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @param place 0 for the first PA, 1 for the second of a double-up
     * @return the worker index, or -1 when the place is unfilled
     * @throws RosteringException if out of range
     */
    public int worker(int shift, int place) {
        check(shift);
        RosteringException.CHECKS.inRange(place, 0, 1, "place");
        return place == 0 ? pa0[shift] : pa1[shift];
    }

    /**
     * Returns the length of the longest shift, so a search for shifts overlapping a time need look back no further.
     *
     * @return the minutes, 0 for an empty rota
     */
    public int longestShiftMinutes() {
        return longest;
    }

    /**
     * Returns the first of a PA's shifts (by start) that starts at or after a minute.
     *
     * @param worker the worker index, 0 to {@code caseload().workers().size() - 1}
     * @param minute the epoch minute
     * @return the position k for {@link #workerShift}, from 0 to {@link #workerShiftCount}
     * @throws RosteringException if {@code worker} is out of range
     */
    public int workerShiftAtOrAfter(int worker, int minute) {
        checkWorker(worker);
        int lo = 0;
        int hi = byWorker.count(worker);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[byWorker.item(worker, mid)] < minute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Returns the first of a package's shifts (by start) that starts at or after a minute.
     *
     * @param carePackage the package index, 0 to {@code caseload().packages().size() - 1}
     * @param minute the epoch minute
     * @return the position k for {@link #packageShift}, from 0 to {@link #packageShiftCount}
     * @throws RosteringException if {@code carePackage} is out of range
     */
    public int packageShiftAtOrAfter(int carePackage, int minute) {
        checkPackage(carePackage);
        int lo = 0;
        int hi = byPackage.count(carePackage);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[byPackage.item(carePackage, mid)] < minute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Returns whether a shift was marked as lasting more than 24 hours.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return true if marked
     * @throws RosteringException if out of range
     */
    public boolean isLongerThan24Hours(int shift) {
        return (flags[check(shift)] & LONG_SHIFT) != 0;
    }

    /**
     * Returns a shift's tasks as a bit set over its package's {@link CarePackagePlan#tasks()}: bit {@code t} is set
     * when the shift covers task {@code t}.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return the bits
     * @throws RosteringException if out of range
     */
    public long taskMask(int shift) {
        return taskMasks[taskSet[check(shift)]];
    }

    /**
     * Returns the minutes of a shift's rest breaks.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return the minutes, 0 or more
     * @throws RosteringException if out of range
     */
    public int breakMinutes(int shift) {
        int o = extraIndex[check(shift)];
        return o < 0 ? 0 : extras[o + 2];
    }

    /**
     * Returns the minutes of a sleep-in's awake periods.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return the minutes, 0 or more
     * @throws RosteringException if out of range
     */
    public int awakeMinutes(int shift) {
        int o = extraIndex[check(shift)];
        return o < 0 ? 0 : extras[o + 3];
    }

    /**
     * Returns how many rest breaks a shift has.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return the count, 0 or more
     * @throws RosteringException if out of range
     */
    public int breakCount(int shift) {
        int o = extraIndex[check(shift)];
        return o < 0 ? 0 : extras[o];
    }

    /**
     * Returns when a shift's k-th rest break starts (breaks sorted by start), allocation-free.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @param k 0 to {@code breakCount(shift) - 1}
     * @return the epoch minute
     * @throws RosteringException if out of range
     */
    public int breakStart(int shift, int k) {
        int at = 2 * RosteringException.CHECKS.inRange(k, 0, breakCount(shift) - 1, "k");
        int o = extraIndex[shift];
        return extras[o + 4 + 2 * extras[o + 1] + at];
    }

    /**
     * Returns when a shift's k-th rest break ends, allocation-free.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @param k 0 to {@code breakCount(shift) - 1}
     * @return the epoch minute
     * @throws RosteringException if out of range
     */
    public int breakEnd(int shift, int k) {
        int at = 2 * RosteringException.CHECKS.inRange(k, 0, breakCount(shift) - 1, "k") + 1;
        int o = extraIndex[shift];
        return extras[o + 4 + 2 * extras[o + 1] + at];
    }

    /**
     * Returns a shift's rest breaks as pairs of epoch minutes {@code [start0, end0, start1, end1, ...]}, sorted.
     *
     * @param shift the index, 0 to {@code size() - 1}
     * @return a new array, empty when the shift has no break
     * @throws RosteringException if out of range
     */
    public int[] breakMinutePairs(int shift) {
        int n = breakCount(shift);
        int[] pairs = new int[2 * n];
        if (n > 0) {
            int o = extraIndex[shift];
            System.arraycopy(extras, o + 4 + 2 * extras[o + 1], pairs, 0, 2 * n);
        }
        return pairs;
    }

    /**
     * Returns how many shifts a package has.
     *
     * @param carePackage the package index, 0 to {@code caseload().packages().size() - 1}
     * @return the count
     * @throws RosteringException if out of range
     */
    public int packageShiftCount(int carePackage) {
        return byPackage.count(checkPackage(carePackage));
    }

    /**
     * Returns the k-th shift of a package by start.
     *
     * @param carePackage the package index
     * @param k 0 to {@code packageShiftCount(carePackage) - 1}
     * @return the shift index
     * @throws RosteringException if out of range
     */
    public int packageShift(int carePackage, int k) {
        RosteringException.CHECKS.inRange(k, 0, byPackage.count(checkPackage(carePackage)) - 1, "k");
        return byPackage.item(carePackage, k);
    }

    /**
     * Returns how many shifts a PA is booked on, in every package.
     *
     * @param worker the worker index, 0 to {@code caseload().workers().size() - 1}
     * @return the count
     * @throws RosteringException if out of range
     */
    public int workerShiftCount(int worker) {
        return byWorker.count(checkWorker(worker));
    }

    /**
     * Returns the k-th shift a PA is booked on, by start.
     *
     * @param worker the worker index
     * @param k 0 to {@code workerShiftCount(worker) - 1}
     * @return the shift index
     * @throws RosteringException if out of range
     */
    public int workerShift(int worker, int k) {
        RosteringException.CHECKS.inRange(k, 0, byWorker.count(checkWorker(worker)) - 1, "k");
        return byWorker.item(worker, k);
    }

    private int checkPackage(int p) {
        return RosteringException.CHECKS.inRange(p, 0, caseload.packages().size() - 1, "carePackage");
    }

    private int checkWorker(int w) {
        return RosteringException.CHECKS.inRange(w, 0, caseload.workers().size() - 1, "worker");
    }

    /** Unchecked fast reads for the module's engines: the index is trusted. */
    int startUnchecked(int shift) {
        return start[shift];
    }

    @Override
    public String toString() {
        return "Rota[" + ids.length + " shifts, " + caseload + "]";
    }

    /**
     * Collects shifts, checking each against the caseload as it comes: a shift is added whole or, if invalid, not
     * at all. Not thread-safe.
     */
    public static final class Builder {

        private final Caseload caseload;
        private final LongList ids = new LongList();
        private final IntList pkg = new IntList();
        private final IntList funder = new IntList();
        private final IntList start = new IntList();
        private final IntList end = new IntList();
        private final IntList packed = new IntList();
        private final IntList pa0 = new IntList();
        private final IntList pa1 = new IntList();
        private final IntList taskSet = new IntList();
        private final LongList masks = new LongList();
        private final LongIntMap maskIndex = new LongIntMap(64);
        private final List<FunderId> funders = new ArrayList<>();
        private final Map<FunderId, Integer> funderIndex = new HashMap<>();
        private final IntList extras = new IntList();
        private final IntList extraShift = new IntList();
        private final IntList extraOffset = new IntList();
        private boolean ascending = true;

        private Builder(Caseload caseload) {
            this.caseload = caseload;
        }

        /**
         * Adds a shift.
         *
         * @param shift the shift, not null, whose package is in the caseload, whose PAs have profiles and are employed
         *     by the package's employer on the shift's first day, and whose tasks are the package's
         * @return this builder, not null
         * @throws RosteringException if {@code shift} is null or does not fit the caseload as above, or (when ids
         *     arrive in increasing order) its id was already added; nothing is added then
         */
        public Builder add(@Nullable Shift shift) {
            RosteringException.CHECKS.notNull(shift, "shift");
            int p = caseload.packageIndex(shift.carePackage());
            if (p < 0) {
                throw new RosteringException("carePackage", "a package in the caseload", shift.carePackage() + " on "
                        + "shift " + shift.id());
            }
            CarePackagePlan plan = caseload.packages().get(p);
            LocalDate day = LocalDate.ofEpochDay(UkDays.dayOf(shift.span().startMinute()));
            int w0 = -1;
            int w1 = -1;
            List<PersonalAssistantId> pas = shift.personalAssistants();
            for (int k = 0; k < pas.size(); k++) {
                int w = caseload.workerIndex(pas.get(k));
                if (w < 0) {
                    throw new RosteringException("personalAssistant", "a PA whose profile is in the caseload",
                            pas.get(k) + " on shift " + shift.id());
                }
                if (caseload.workers().get(w).employment(plan.employer(), day).isEmpty()) {
                    throw new RosteringException("personalAssistant", "a PA employed by " + plan.employer() + " on "
                            + day, pas.get(k) + " on shift " + shift.id());
                }
                if (k == 0) {
                    w0 = w;
                } else {
                    w1 = w;
                }
            }
            long mask = 0;
            for (String task : shift.tasks()) {
                int t = plan.taskIndex(task);
                if (t < 0) {
                    throw new RosteringException("tasks", "tasks of the support plan of " + plan.id(), task
                            + " on shift " + shift.id());
                }
                mask |= 1L << t;
            }
            long id = shift.id().value();
            int n = ids.size();
            if (ascending && n > 0 && id == ids.get(n - 1)) {
                throw new RosteringException("shiftId", "an id not already in the rota", id);
            }
            // every check has passed: record the shift
            if (n > 0 && id < ids.get(n - 1)) {
                ascending = false;
            }
            ids.add(id);
            pkg.add(p);
            Integer f = funderIndex.get(shift.funder());
            if (f == null) {
                f = funders.size();
                funders.add(shift.funder());
                funderIndex.put(shift.funder(), f);
            }
            funder.add(f);
            start.add(shift.span().startMinute());
            end.add(shift.span().endMinute());
            packed.add(shift.kind().ordinal() | (shift.staffNeeded() << 2)
                    | ((shift.isLongerThan24Hours() ? LONG_SHIFT : 0) << 4));
            pa0.add(w0);
            pa1.add(w1);
            int set = maskIndex.putIfAbsent(mask, masks.size());
            if (set == masks.size()) {
                masks.add(mask);
            }
            taskSet.add(set);
            if (!shift.awakePeriods().isEmpty() || !shift.breaks().isEmpty()) {
                extraShift.add(n);
                extraOffset.add(extras.size());
                extras.add(shift.breaks().size());
                extras.add(shift.awakePeriods().size());
                extras.add((int) (shift.minutes() - shift.workingMinutes()));
                extras.add((int) shift.awakeMinutes());
                for (int v : pairs(shift.awakePeriods())) {
                    extras.add(v);
                }
                for (int v : pairs(shift.breaks())) {
                    extras.add(v);
                }
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
         * Adds several shifts: all of them, or none if one is invalid.
         *
         * @param shifts the shifts, not null, no null element
         * @return this builder, not null
         * @throws RosteringException as {@link #add} does, for the first invalid shift; nothing is added then
         */
        public Builder addAll(@Nullable Collection<Shift> shifts) {
            List<Shift> copy = RosteringException.CHECKS.list(shifts, Integer.MAX_VALUE, "shifts");
            int mark = ids.size();
            boolean wasAscending = ascending;
            int funderMark = funders.size();
            int maskMark = masks.size();
            try {
                copy.forEach(this::add);
            } catch (RosteringException e) {
                for (IntList column : List.of(pkg, funder, start, end, packed, pa0, pa1, taskSet)) {
                    column.truncate(mark);
                }
                ids.truncate(mark);
                int keep = 0;
                while (keep < extraShift.size() && extraShift.get(keep) < mark) {
                    keep++;
                }
                extras.truncate(keep < extraOffset.size() ? extraOffset.get(keep) : extras.size());
                extraShift.truncate(keep);
                extraOffset.truncate(keep);
                while (funders.size() > funderMark) {
                    funderIndex.remove(funders.remove(funders.size() - 1));
                }
                masks.truncate(maskMark);
                maskIndex.retainBelow(maskMark);
                ascending = wasAscending;
                throw e;
            }
            return this;
        }

        /** Returns the shift indices sorted by id, refusing a duplicate id. */
        private int[] sortedById() {
            int n = ids.size();
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            if (!ascending) {
                long[] keys = ids.toArray();
                Integer[] boxed = new Integer[n];
                for (int i = 0; i < n; i++) {
                    boxed[i] = i;
                }
                java.util.Arrays.sort(boxed, (a, b) -> Long.compare(keys[a], keys[b]));
                for (int i = 0; i < n; i++) {
                    order[i] = boxed[i];
                }
            }
            for (int i = 1; i < n; i++) {
                if (ids.get(order[i]) == ids.get(order[i - 1])) {
                    throw new RosteringException("shiftId", "ids used once in the rota", ids.get(order[i]));
                }
            }
            return order;
        }

        /**
         * Builds the rota of every shift added. The builder stays usable.
         *
         * @return the rota, not null
         * @throws RosteringException if two shifts added out of id order share an id
         */
        public Rota build() {
            return new Rota(this);
        }
    }
}
