package org.carebudget.core.training;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

/**
 * The register's compact storage: records grouped by PA (one contiguous slice of slots each), within a PA sorted
 * by competency, person and completion order, with the effective lapse day of each slot in a primitive column,
 * and an index of every record's lapse day for range scans (superseded records included, so that a question about
 * a past date finds the record in force then). Built once; immutable and thread-safe after.
 */
final class RecordStore {

    /** Person index of a record that is not for one person (not a delegated clinical task). */
    static final int NO_PERSON = -1;

    /** Breaks ties between records of the same key completed the same day, so order never depends on input order. */
    private static final Comparator<TrainingRecord> CONTENT = Comparator
            .comparing(TrainingRecord::evidenceReference)
            .thenComparing(TrainingRecord::deliveredBy)
            .thenComparing(r -> String.valueOf(r.assessor()));

    private static final LapseCause[] CAUSES = LapseCause.values();

    final TrainingRecord[] records;
    final int[] paStart;
    final int[] paOfSlot;
    final int[] competency;
    final int[] person;
    final int[] completed;
    final int[] lapse;
    final byte[] cause;
    final int[] lapseDays;
    final int[] lapseSlots;

    /**
     * Builds the store from columns in input order.
     *
     * @param input the records in input order
     * @param pa the PA index of each record
     * @param paCount how many PAs there are
     * @param comp the competency index of each record
     * @param pers the person index of each record, or {@link #NO_PERSON}
     * @param done the completion day of each record
     * @param rawLapse the lapse day of each record from its refresh period, or {@link Days#NEVER}
     * @param planChanges the support plan change days per {@link #key} of person and competency
     * @param newRisks the days new risks were identified per {@link #key} of PA and competency
     */
    RecordStore(List<TrainingRecord> input, IntColumn pa, int paCount, IntColumn comp, IntColumn pers,
            IntColumn done, IntColumn rawLapse, Map<Long, NavigableSet<Integer>> planChanges,
            Map<Long, NavigableSet<Integer>> newRisks) {
        int n = input.size();
        paStart = new int[paCount + 1];
        for (int i = 0; i < n; i++) {
            paStart[pa.get(i) + 1]++;
        }
        for (int p = 0; p < paCount; p++) {
            paStart[p + 1] += paStart[p];
        }
        int[] order = new int[n];
        int[] fill = Arrays.copyOf(paStart, paCount);
        for (int i = 0; i < n; i++) {
            order[fill[pa.get(i)]++] = i;
        }
        SlotOrder byKey = (a, b) -> compareInput(a, b, input, comp, pers, done, rawLapse);
        for (int p = 0; p < paCount; p++) {
            sortSlice(order, paStart[p], paStart[p + 1], byKey);
        }
        records = new TrainingRecord[n];
        for (int i = 0; i < n; i++) {
            records[i] = input.get(order[i]);
        }
        paOfSlot = pa.gather(order);
        competency = comp.gather(order);
        person = pers.gather(order);
        completed = done.gather(order);
        lapse = rawLapse.gather(order);
        cause = new byte[n];
        applyEarlyLapses(planChanges, newRisks);
        int[][] index = lapseIndex();
        lapseDays = index[0];
        lapseSlots = index[1];
    }

    /** Compares two input positions without boxing. */
    @FunctionalInterface
    private interface SlotOrder {
        int compare(int a, int b);
    }

    static long key(int index, int competencyIndex) {
        return ((long) index << 32) | competencyIndex;
    }

    private static int compareInput(int a, int b, List<TrainingRecord> input, IntColumn comp, IntColumn pers,
            IntColumn done, IntColumn rawLapse) {
        int c = Integer.compare(comp.get(a), comp.get(b));
        if (c == 0) {
            c = Integer.compare(pers.get(a), pers.get(b));
        }
        if (c == 0) {
            c = Integer.compare(done.get(a), done.get(b));
        }
        if (c == 0) {
            c = Integer.compare(rawLapse.get(a), rawLapse.get(b));
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
    private void applyEarlyLapses(Map<Long, NavigableSet<Integer>> planChanges,
            Map<Long, NavigableSet<Integer>> newRisks) {
        if (planChanges.isEmpty() && newRisks.isEmpty()) {
            return;
        }
        for (int s = 0; s < records.length; s++) {
            if (person[s] != NO_PERSON) {
                bringForward(s, planChanges.get(key(person[s], competency[s])), LapseCause.SUPPORT_PLAN_CHANGED);
            }
            bringForward(s, newRisks.get(key(paOfSlot[s], competency[s])), LapseCause.NEW_RISK);
        }
    }

    private void bringForward(int slot, NavigableSet<Integer> events, LapseCause why) {
        Integer day = events == null ? null : events.higher(completed[slot]);
        if (day != null && day < lapse[slot]) {
            lapse[slot] = day;
            cause[slot] = (byte) why.ordinal();
        }
    }

    /**
     * Returns the records with a finite lapse day, sorted by lapse day then slot: a counting sort over the span of
     * lapse days (at most about 3,650 days in practice), so building stays linear.
     */
    private int[][] lapseIndex() {
        int count = 0;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int s = 0; s < records.length; s++) {
            if (lapse[s] != Days.NEVER) {
                count++;
                min = Math.min(min, lapse[s]);
                max = Math.max(max, lapse[s]);
            }
        }
        int[] days = new int[count];
        int[] slots = new int[count];
        if (count == 0) {
            return new int[][] {days, slots};
        }
        int[] next = new int[max - min + 2];
        for (int s = 0; s < records.length; s++) {
            if (lapse[s] != Days.NEVER) {
                next[lapse[s] - min + 1]++;
            }
        }
        for (int d = 1; d < next.length; d++) {
            next[d] += next[d - 1];
        }
        for (int s = 0; s < records.length; s++) {
            if (lapse[s] != Days.NEVER) {
                int at = next[lapse[s] - min]++;
                days[at] = lapse[s];
                slots[at] = s;
            }
        }
        return new int[][] {days, slots};
    }

    /** Returns whether a slot holds the newest record of its key (PA, competency, person). */
    boolean isCurrent(int slot) {
        int next = slot + 1;
        return next == records.length || paOfSlot[next] != paOfSlot[slot] || competency[next] != competency[slot]
                || person[next] != person[slot];
    }

    /**
     * Returns whether a slot holds the record in force for its key on a day: completed on or before it, and the
     * next record of the key (if any) completed after it.
     */
    boolean inForceOn(int slot, int day) {
        return completed[slot] <= day && (isCurrent(slot) || completed[slot + 1] > day);
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
        return slot >= from && competency[slot] == comp && person[slot] == pers ? slot : -1;
    }

    private int compareKey(int slot, int comp, int pers, int day) {
        int c = Integer.compare(competency[slot], comp);
        if (c == 0) {
            c = Integer.compare(person[slot], pers);
        }
        return c != 0 ? c : Integer.compare(completed[slot], day);
    }

    /** Returns the first index in {@link #lapseDays} whose day is at least {@code day}. */
    int firstLapseAtOrAfter(int day) {
        int lo = 0;
        int hi = lapseDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lapseDays[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Returns whether a slot is valid on a day. */
    boolean validOn(int slot, int day) {
        return slot >= 0 && completed[slot] <= day && day < lapse[slot];
    }

    /** Returns the expiry of a slot. */
    Expiry expiry(int slot) {
        int day = lapse[slot];
        return new Expiry(records[slot], Days.date(day), day == Days.NEVER ? null : CAUSES[cause[slot]]);
    }
}
