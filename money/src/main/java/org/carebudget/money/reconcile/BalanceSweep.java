package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;

/**
 * Checks a statement's balance assertions against the ledger in one pass over date-sorted items with prefix sums:
 * the ledger balance at a cut-off is the opening balance plus the settled entries before it; the items that explain
 * a difference are the unconfirmed settled lines and entries before it (a prefix of a date-sorted list, shared as a
 * view) and the confirmed matches whose dates straddle it. Items are put in date order by counting sorts over the
 * days (linear), so the sweep is O(n + d + a log n + t) for n items over d days, a assertions and t straddling
 * matches met. Not thread-safe; lives for one reconciliation.
 */
final class BalanceSweep {

    private static final int SETTLED = Settlement.SETTLED.ordinal();
    private static final byte CONFIRMED = 1;

    private final List<StatementLine> openLines = new ArrayList<>();
    private int[] openLineDays = new int[0];
    private long[] openLineSums = new long[1];
    private final List<LedgerEntry> openEntries = new ArrayList<>();
    private int[] openEntryDays = new int[0];
    private long[] openEntrySums = new long[1];
    private int[] entryDays = new int[0];
    private long[] entrySums = new long[1];
    /** Confirmed settled matches whose line and ledger dates differ, by their first date. */
    private Match[] timing = new Match[0];
    private int[] timingFirst = new int[0];
    private int[] timingLast = new int[0];
    private int[] timingLineDay = new int[0];
    private long[] timingPence = new long[0];
    /** The ledger date of a single-entry match, or Integer.MIN_VALUE for a batch (read its entries). */
    private int[] timingEntryDay = new int[0];
    private int maxSpan;
    private final List<BalanceCheck> checks = new ArrayList<>();
    private final List<BalanceAssertion> unchecked = new ArrayList<>();

    BalanceSweep(ReconciliationInput input, Reconciler.LineRec[] lines, byte[] lineState, Reconciler.UnitRec[] units,
            byte[] unitState, Match[] lineMatch, int[] lineUnit) {
        List<BalanceAssertion> assertions = new ArrayList<>(input.assertions());
        if (assertions.isEmpty()) {
            return;
        }
        assertions.sort(Comparator.comparing(BalanceAssertion::cutOff).thenComparing(BalanceAssertion::boundary)
                .thenComparingLong(a -> a.balance().pence()));
        LocalDate opening = input.openingDate();
        Gbp openingBalance = input.openingBalance();
        if (opening == null || openingBalance == null) {
            unchecked.addAll(assertions);
            return;
        }
        prepare(lines, lineState, units, unitState, lineMatch, lineUnit);
        for (BalanceAssertion assertion : assertions) {
            if (assertion.cutOff().isBefore(opening)) {
                unchecked.add(assertion);
            } else {
                checks.add(check(assertion, openingBalance.pence()));
            }
        }
    }

    /** A stable order of n items by day: a counting sort over the range of days. */
    private static int[] byDay(int n, int[] days) {
        if (n == 0) {
            return new int[0];
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, days[i]);
            max = Math.max(max, days[i]);
        }
        int[] start = new int[max - min + 2];
        for (int i = 0; i < n; i++) {
            start[days[i] - min + 1]++;
        }
        for (int d = 1; d < start.length; d++) {
            start[d] += start[d - 1];
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[start[days[i] - min]++] = i;
        }
        return order;
    }

    private void prepare(Reconciler.LineRec[] lines, byte[] lineState, Reconciler.UnitRec[] units,
            byte[] unitState, Match[] lineMatch, int[] lineUnit) {
        // straddling matches and open lines
        int straddling = 0;
        int open = 0;
        int[] straddleIndex = new int[lines.length];
        int[] straddleFirst = new int[lines.length];
        int[] openIndex = new int[lines.length];
        int[] openDay = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].set != SETTLED) {
                continue;
            }
            int day = lines[i].day;
            if (lineState[i] == CONFIRMED) {
                Reconciler.UnitRec unit = units[lineUnit[i]];
                int first = Math.min(day, unit.firstDay);
                int last = Math.max(day, unit.day);
                if (first != last) {
                    straddleIndex[straddling] = i;
                    straddleFirst[straddling++] = first;
                    maxSpan = Math.max(maxSpan, last - first);
                }
            } else {
                openIndex[open] = i;
                openDay[open++] = day;
            }
        }
        int[] openOrder = byDay(open, openDay);
        openLineDays = new int[open];
        openLineSums = new long[open + 1];
        for (int x = 0; x < open; x++) {
            Reconciler.LineRec line = lines[openIndex[openOrder[x]]];
            openLines.add(line.line);
            openLineDays[x] = line.day;
            openLineSums[x + 1] = add(openLineSums[x], line.pence);
        }
        int[] timingOrder = byDay(straddling, straddleFirst);
        timing = new Match[straddling];
        timingFirst = new int[straddling];
        timingLast = new int[straddling];
        timingLineDay = new int[straddling];
        timingEntryDay = new int[straddling];
        timingPence = new long[straddling];
        for (int x = 0; x < straddling; x++) {
            int i = straddleIndex[timingOrder[x]];
            Reconciler.UnitRec unit = units[lineUnit[i]];
            timing[x] = lineMatch[i];
            timingLineDay[x] = lines[i].day;
            timingFirst[x] = Math.min(lines[i].day, unit.firstDay);
            timingLast[x] = Math.max(lines[i].day, unit.day);
            timingEntryDay[x] = unit.entries.size() == 1 ? unit.day : Integer.MIN_VALUE;
            timingPence[x] = unit.pence;
        }
        // every settled entry, and the unconfirmed ones
        int count = 0;
        int openCount = 0;
        for (Reconciler.UnitRec unit : units) {
            if (unit.set == SETTLED) {
                count += unit.entries.size();
            }
        }
        int[] allDay = new int[count];
        long[] allPence = new long[count];
        LedgerEntry[] unconfirmed = new LedgerEntry[count];
        int[] unconfirmedDay = new int[count];
        count = 0;
        for (int k = 0; k < units.length; k++) {
            Reconciler.UnitRec unit = units[k];
            if (unit.set != SETTLED) {
                continue;
            }
            boolean single = unit.entries.size() == 1;
            for (LedgerEntry entry : unit.entries) {
                allDay[count] = single ? unit.day : entry.day();
                allPence[count++] = single ? unit.pence : entry.amount().pence();
                if (unitState[k] != CONFIRMED) {
                    unconfirmed[openCount] = entry;
                    unconfirmedDay[openCount++] = entry.day();
                }
            }
        }
        int[] allOrder = byDay(count, allDay);
        entryDays = new int[count];
        entrySums = new long[count + 1];
        for (int x = 0; x < count; x++) {
            entryDays[x] = allDay[allOrder[x]];
            entrySums[x + 1] = add(entrySums[x], allPence[allOrder[x]]);
        }
        int[] unconfirmedOrder = byDay(openCount, unconfirmedDay);
        openEntryDays = new int[openCount];
        openEntrySums = new long[openCount + 1];
        for (int x = 0; x < openCount; x++) {
            LedgerEntry entry = unconfirmed[unconfirmedOrder[x]];
            openEntries.add(entry);
            openEntryDays[x] = entry.day();
            openEntrySums[x + 1] = add(openEntrySums[x], entry.amount().pence());
        }
    }

    private static long add(long sum, long pence) {
        long result = sum + pence;
        if (Math.abs(result) > Gbp.MAX_PENCE) {
            throw new LedgerException("balance", "running totals within ±" + Gbp.MAX, "a larger total");
        }
        return result;
    }

    private BalanceCheck check(BalanceAssertion assertion, long opening) {
        int cut = (int) assertion.cutOff().toEpochDay();
        int lineCount = before(openLineDays, cut);
        int entryCount = before(openEntryDays, cut);
        long ledger = add(opening, entrySums[before(entryDays, cut)]);
        long explained = openLineSums[lineCount] - openEntrySums[entryCount];
        List<Match> straddling = new ArrayList<>();
        for (int t = before(timingFirst, cut - maxSpan); t < timing.length && timingFirst[t] < cut; t++) {
            if (timingLast[t] < cut) {
                continue;
            }
            long pence = timingPence[t];
            long contribution = timingLineDay[t] < cut ? pence : 0;
            if (timingEntryDay[t] != Integer.MIN_VALUE) {
                contribution -= timingEntryDay[t] < cut ? pence : 0;
            } else {
                for (LedgerEntry entry : timing[t].entries()) {
                    contribution -= entry.day() < cut ? entry.amount().pence() : 0;
                }
            }
            straddling.add(timing[t]);
            explained += contribution;
        }
        long difference = assertion.balance().pence() - ledger;
        return new BalanceCheck(assertion, gbp(ledger), Collections.unmodifiableList(openLines.subList(0, lineCount)),
                Collections.unmodifiableList(openEntries.subList(0, entryCount)),
                Collections.unmodifiableList(straddling), gbp(explained), gbp(difference), gbp(difference - explained));
    }

    private static Gbp gbp(long pence) {
        if (Math.abs(pence) > Gbp.MAX_PENCE) {
            throw new LedgerException("balance", "balances and differences within ±" + Gbp.MAX, pence + " pence");
        }
        return Gbp.ofPence(pence);
    }

    /** How many of the sorted days are before {@code cut}. */
    private static int before(int[] days, int cut) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < cut) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    List<BalanceCheck> checks() {
        return Collections.unmodifiableList(checks);
    }

    List<BalanceAssertion> unchecked() {
        return Collections.unmodifiableList(unchecked);
    }
}
