package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

/**
 * The register's compact storage, built once; immutable and thread-safe after.
 *
 * <p><b>Slots.</b> Records are grouped by PA (one contiguous slice of slots each), PAs numbered in the order of their
 * ids, and within a PA sorted by competency (catalogue order, which is code order), person (in the order of their
 * ids), completion day and content. So slot order is the order answers are reported in, and no query sorts. Each
 * slot's competency, person, completion day and effective lapse day are packed side by side in one {@code int}
 * array, so a PA's whole slice is a few adjacent cache lines.
 *
 * <p><b>Lapse indexes.</b> Records with a finite lapse day are indexed twice over: the current ones (newest of their
 * key) by lapse day, and the superseded ones by lapse day and by the day the record replacing them was completed.
 * A question "in force on day d and lapsing in [lo, hi)" reads the current records lapsing in the range (each in
 * force on d unless completed after it, which only a question about the past meets), and whichever of the two
 * superseded ranges is shorter: those lapsing in the range, or those replaced after d (for a question about today,
 * none). Its cost is the answer, a logarithm, and the records renewed early within the range.
 */
final class RecordStore {

    /** Person index of a record that is not for one person (not a delegated clinical task). */
    static final int NO_PERSON = -1;

    private static final int STRIDE = 4;
    private static final int COMP = 0;
    private static final int PERS = 1;
    private static final int DONE = 2;
    private static final int LAPSE = 3;

    /** Breaks ties between records of the same key completed the same day, so order never depends on input order. */
    private static final Comparator<TrainingRecord> CONTENT = Comparator
            .comparing(TrainingRecord::evidenceReference)
            .thenComparing(TrainingRecord::deliveredBy)
            .thenComparing(r -> r.assessor() == null ? "" : r.assessor().name())
            .thenComparing(r -> String.valueOf(r.assessor() == null ? null : r.assessor().registration()));

    private static final LapseCause[] CAUSES = LapseCause.values();
    private static final long[] NO_HITS = {};

    final TrainingRecord[] records;
    /** Slice of slots per PA number: {@code [paStart[p], paStart[p + 1])}. */
    final int[] paStart;
    private final int[] data;
    private final byte[] cause;

    private final int[] currentLapse;
    private final int[] currentSlot;
    private final int[] currentCompleted;
    private final byte[] currentCause;
    /** The current records themselves in index order, so reading a range touches no slot column at random. */
    private final TrainingRecord[] currentRecord;

    private final int[] supersededLapse;
    private final int[] supersededSlot;
    private final int[] supersededCompleted;
    private final int[] supersededReplaced;
    /** The superseded entries ordered by replacement day: the day, and the entry's position in the arrays above. */
    private final int[] replacedDay;
    private final int[] replacedPosition;

    /**
     * Builds the store from columns in input order.
     *
     * @param input the records in input order
     * @param pa the PA number of each record (PAs numbered in id order)
     * @param paCount how many PAs there are
     * @param comp the competency index of each record
     * @param pers the person number of each record (persons numbered in id order), or {@link #NO_PERSON}
     * @param done the completion day of each record
     * @param rawLapse the lapse day of each record from its refresh period, or {@link Days#NEVER}
     * @param planChanges the support plan change days per {@link #key} of person number and competency
     * @param newRisks the days new risks were identified per {@link #key} of PA number and competency
     */
    RecordStore(List<TrainingRecord> input, int[] pa, int paCount, int[] comp, int[] pers, int[] done,
            int[] rawLapse, Map<Long, NavigableSet<Integer>> planChanges, Map<Long, NavigableSet<Integer>> newRisks) {
        int n = input.size();
        paStart = new int[paCount + 1];
        for (int i = 0; i < n; i++) {
            paStart[pa[i] + 1]++;
        }
        for (int p = 0; p < paCount; p++) {
            paStart[p + 1] += paStart[p];
        }
        int[] order = new int[n];
        int[] fill = Arrays.copyOf(paStart, paCount);
        for (int i = 0; i < n; i++) {
            order[fill[pa[i]]++] = i;
        }
        SlotOrder byKey = (a, b) -> compareInput(a, b, input, comp, pers, done, rawLapse);
        for (int p = 0; p < paCount; p++) {
            sortSlice(order, paStart[p], paStart[p + 1], byKey);
        }
        records = new TrainingRecord[n];
        data = new int[n * STRIDE];
        int[] paOfSlot = new int[n];
        for (int s = 0; s < n; s++) {
            int i = order[s];
            records[s] = input.get(i);
            paOfSlot[s] = pa[i];
            data[s * STRIDE + COMP] = comp[i];
            data[s * STRIDE + PERS] = pers[i];
            data[s * STRIDE + DONE] = done[i];
            data[s * STRIDE + LAPSE] = rawLapse[i];
        }
        cause = new byte[n];
        applyEarlyLapses(paOfSlot, planChanges, newRisks);

        boolean[] current = new boolean[n];
        int currentCount = 0;
        int supersededCount = 0;
        for (int p = 0; p < paCount; p++) {
            for (int s = paStart[p]; s < paStart[p + 1]; s++) {
                current[s] = isCurrent(s, paStart[p + 1]);
                if (lapse(s) != Days.NEVER) {
                    if (current[s]) {
                        currentCount++;
                    } else {
                        supersededCount++;
                    }
                }
            }
        }
        int[] currentSlots = new int[currentCount];
        int[] superseded = new int[supersededCount];
        currentCount = 0;
        supersededCount = 0;
        for (int s = 0; s < n; s++) {
            if (lapse(s) != Days.NEVER) {
                if (current[s]) {
                    currentSlots[currentCount++] = s;
                } else {
                    superseded[supersededCount++] = s;
                }
            }
        }
        currentSlot = byLapse(currentSlots);
        currentLapse = new int[currentSlot.length];
        currentCompleted = new int[currentSlot.length];
        currentCause = new byte[currentSlot.length];
        currentRecord = new TrainingRecord[currentSlot.length];
        for (int k = 0; k < currentSlot.length; k++) {
            currentLapse[k] = lapse(currentSlot[k]);
            currentCompleted[k] = completed(currentSlot[k]);
            currentCause[k] = cause[currentSlot[k]];
            currentRecord[k] = records[currentSlot[k]];
        }
        superseded = byLapse(superseded);
        supersededSlot = superseded;
        supersededLapse = new int[superseded.length];
        supersededCompleted = new int[superseded.length];
        supersededReplaced = new int[superseded.length];
        for (int k = 0; k < superseded.length; k++) {
            supersededLapse[k] = lapse(superseded[k]);
            supersededCompleted[k] = completed(superseded[k]);
            supersededReplaced[k] = completed(superseded[k] + 1);
        }
        replacedPosition = countingOrder(supersededReplaced);
        replacedDay = new int[replacedPosition.length];
        for (int k = 0; k < replacedPosition.length; k++) {
            replacedDay[k] = supersededReplaced[replacedPosition[k]];
        }
    }

    /** Compares two input positions without boxing. */
    @FunctionalInterface
    private interface SlotOrder {
        int compare(int a, int b);
    }

    static long key(int index, int competencyIndex) {
        return ((long) index << 32) | competencyIndex;
    }

    private static int compareInput(int a, int b, List<TrainingRecord> input, int[] comp, int[] pers, int[] done,
            int[] rawLapse) {
        int c = Integer.compare(comp[a], comp[b]);
        if (c == 0) {
            c = Integer.compare(pers[a], pers[b]);
        }
        if (c == 0) {
            c = Integer.compare(done[a], done[b]);
        }
        if (c == 0) {
            c = Integer.compare(rawLapse[a], rawLapse[b]);
        }
        return c != 0 ? c : CONTENT.compare(input.get(a), input.get(b));
    }

    private static void sortSlice(int[] order, int from, int to, SlotOrder byKey) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int value = order[i];
                int j = i - 1;
                while (j >= from && byKey.compare(order[j], value) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = value;
            }
            return;
        }
        Integer[] boxed = new Integer[to - from];
        for (int i = from; i < to; i++) {
            boxed[i - from] = order[i];
        }
        Arrays.sort(boxed, byKey::compare);
        for (int i = from; i < to; i++) {
            order[i] = boxed[i - from];
        }
    }

    /** Brings lapse days forward to the first support plan change or new risk after each record's completion. */
    private void applyEarlyLapses(int[] paOfSlot, Map<Long, NavigableSet<Integer>> planChanges,
            Map<Long, NavigableSet<Integer>> newRisks) {
        if (planChanges.isEmpty() && newRisks.isEmpty()) {
            return;
        }
        for (int s = 0; s < records.length; s++) {
            if (person(s) != NO_PERSON) {
                bringForward(s, planChanges.get(key(person(s), competency(s))), LapseCause.SUPPORT_PLAN_CHANGED);
            }
            bringForward(s, newRisks.get(key(paOfSlot[s], competency(s))), LapseCause.NEW_RISK);
        }
    }

    private void bringForward(int slot, NavigableSet<Integer> events, LapseCause why) {
        Integer day = events == null ? null : events.higher(completed(slot));
        if (day != null && day < lapse(slot)) {
            data[slot * STRIDE + LAPSE] = day;
            cause[slot] = (byte) why.ordinal();
        }
    }

    /** Returns the given slots sorted by lapse day, ties in slot order (they arrive in slot order). */
    private int[] byLapse(int[] slots) {
        int[] keys = new int[slots.length];
        for (int k = 0; k < slots.length; k++) {
            keys[k] = lapse(slots[k]);
        }
        int[] positions = countingOrder(keys);
        int[] sorted = new int[slots.length];
        for (int k = 0; k < slots.length; k++) {
            sorted[k] = slots[positions[k]];
        }
        return sorted;
    }

    /**
     * Returns the positions {@code 0 .. keys.length - 1} ordered by key, ties in position order: a counting sort over
     * the span of the keys (days within the supported dates, so at most about 110,000), linear in the count.
     */
    private static int[] countingOrder(int[] keys) {
        int[] positions = new int[keys.length];
        if (keys.length == 0) {
            return positions;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int key : keys) {
            min = Math.min(min, key);
            max = Math.max(max, key);
        }
        int[] next = new int[max - min + 2];
        for (int key : keys) {
            next[key - min + 1]++;
        }
        for (int d = 1; d < next.length; d++) {
            next[d] += next[d - 1];
        }
        for (int k = 0; k < keys.length; k++) {
            positions[next[keys[k] - min]++] = k;
        }
        return positions;
    }

    int competency(int slot) {
        return data[slot * STRIDE + COMP];
    }

    int person(int slot) {
        return data[slot * STRIDE + PERS];
    }

    int completed(int slot) {
        return data[slot * STRIDE + DONE];
    }

    int lapse(int slot) {
        return data[slot * STRIDE + LAPSE];
    }

    /**
     * Returns whether a slot holds the newest record of its key (PA, competency, person), given the end of its PA's
     * slice.
     */
    boolean isCurrent(int slot, int sliceEnd) {
        int next = slot + 1;
        return next == sliceEnd || competency(next) != competency(slot) || person(next) != person(slot);
    }

    /**
     * Returns the slot of the record in force for a key on a day: the latest completed on or before it.
     *
     * @return the slot, or -1 if there is none
     */
    int slotOn(int paIndex, int comp, int pers, int day) {
        int from = paStart[paIndex];
        int lo = from;
        int hi = paStart[paIndex + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareKey(mid, comp, pers, day) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int slot = lo - 1;
        return slot >= from && competency(slot) == comp && person(slot) == pers ? slot : -1;
    }

    private int compareKey(int slot, int comp, int pers, int day) {
        int base = slot * STRIDE;
        int c = Integer.compare(data[base + COMP], comp);
        if (c == 0) {
            c = Integer.compare(data[base + PERS], pers);
        }
        return c != 0 ? c : Integer.compare(data[base + DONE], day);
    }

    /** Returns whether a slot is valid on a day. */
    boolean validOn(int slot, int day) {
        return slot >= 0 && completed(slot) <= day && day < lapse(slot);
    }

    /**
     * Returns the first day on or after {@code fromDay} on which the key has no valid record: {@code fromDay} when
     * the record in force then is missing or lapsed, else the lapse day of the record in force, extended through each
     * later record of the key completed on or before the day the one before it lapses (a renewal without a gap).
     * {@link Days#NEVER} when it never lapses.
     */
    int validUntil(int paIndex, int comp, int pers, int fromDay) {
        int slot = slotOn(paIndex, comp, pers, fromDay);
        if (!validOn(slot, fromDay)) {
            return fromDay;
        }
        int end = paStart[paIndex + 1];
        int until = lapse(slot);
        while (until != Days.NEVER && slot + 1 < end && competency(slot + 1) == comp && person(slot + 1) == pers
                && completed(slot + 1) <= until) {
            slot++;
            until = lapse(slot);
        }
        return until;
    }

    /** Returns the expiry of a slot. */
    Expiry expiry(int slot) {
        int day = lapse(slot);
        return new Expiry(records[slot], Days.date(day), day == Days.NEVER ? null : CAUSES[cause[slot]]);
    }

    /**
     * Returns the records in force on {@code asOfDay} (completed on or before it, and not replaced by then) whose
     * lapse day lies in {@code [lo, hi)}, by lapse day, then slot (PA, competency, person).
     */
    List<Expiry> inForceLapsingIn(int lo, int hi, int asOfDay) {
        int from = lowerBound(currentLapse, lo);
        int to = lowerBound(currentLapse, hi);
        long[] superseded = supersededInForce(lo, hi, asOfDay);
        List<Expiry> result = new ArrayList<>(Math.min(to - from, 1 << 20) + superseded.length);
        int i = from;
        int j = 0;
        int day = Integer.MIN_VALUE;
        LocalDate date = null;
        while (i < to || j < superseded.length) {
            if (i < to && currentCompleted[i] > asOfDay) {
                i++;
            } else if (j < superseded.length && (i == to || superseded[j] < order(currentLapse[i], currentSlot[i]))) {
                result.add(expiry((int) superseded[j++]));
            } else {
                if (currentLapse[i] != day) {
                    day = currentLapse[i];
                    date = LocalDate.ofEpochDay(day);
                }
                result.add(new Expiry(currentRecord[i], date, CAUSES[currentCause[i]]));
                i++;
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** Returns the reporting order of a slot: lapse day, then slot, as one long (the slot in the low 32 bits). */
    private static long order(int lapseDay, int slot) {
        return ((long) lapseDay << 32) | slot;
    }

    /**
     * Returns the superseded records in force on {@code asOfDay} lapsing in {@code [lo, hi)}, as sorted
     * {@link #order} values, reading the shorter of the two candidate ranges.
     */
    private long[] supersededInForce(int lo, int hi, int asOfDay) {
        int from = lowerBound(supersededLapse, lo);
        int to = lowerBound(supersededLapse, hi);
        int replacedFrom = lowerBound(replacedDay, asOfDay + 1);
        int byReplacement = replacedDay.length - replacedFrom;
        if (to == from || byReplacement == 0) {
            return NO_HITS;
        }
        long[] hits;
        int count = 0;
        if (to - from <= byReplacement) {
            hits = new long[to - from];
            for (int k = from; k < to; k++) {
                if (supersededCompleted[k] <= asOfDay && supersededReplaced[k] > asOfDay) {
                    hits[count++] = order(supersededLapse[k], supersededSlot[k]);
                }
            }
        } else {
            hits = new long[byReplacement];
            for (int k = replacedFrom; k < replacedDay.length; k++) {
                int p = replacedPosition[k];
                if (supersededLapse[p] >= lo && supersededLapse[p] < hi && supersededCompleted[p] <= asOfDay) {
                    hits[count++] = order(supersededLapse[p], supersededSlot[p]);
                }
            }
            Arrays.sort(hits, 0, count);
        }
        return count == hits.length ? hits : Arrays.copyOf(hits, count);
    }

    /** Returns the first index whose value is at least {@code value}, in an ascending array. */
    private static int lowerBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
