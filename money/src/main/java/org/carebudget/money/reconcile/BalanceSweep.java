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
 * view) and the confirmed matches whose dates straddle it. O((n + a) log n) for n items and a assertions, plus the
 * straddling matches. Not thread-safe; lives for one reconciliation.
 */
final class BalanceSweep {

    private static final int SETTLED = Settlement.SETTLED.ordinal();

    private final ReconciliationInput input;
    private final List<StatementLine> openLines = new ArrayList<>();
    private long[] openLineDays = new long[0];
    private long[] openLineSums = new long[0];
    private final List<LedgerEntry> openEntries = new ArrayList<>();
    private long[] openEntryDays = new long[0];
    private long[] openEntrySums = new long[0];
    private long[] entryDays = new long[0];
    private long[] entrySums = new long[0];
    private final List<Match> timing = new ArrayList<>();
    private long[] timingFirst = new long[0];
    private long[][] timingDays = new long[0][];
    private long maxSpan;
    private final List<BalanceCheck> checks = new ArrayList<>();
    private final List<BalanceAssertion> unchecked = new ArrayList<>();

    BalanceSweep(ReconciliationInput input, Reconciler.LineRec[] lines, byte[] lineState, Reconciler.UnitRec[] units,
            byte[] unitState, Match[] lineMatch) {
        this.input = input;
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
        prepare(lines, lineState, units, unitState, lineMatch);
        for (BalanceAssertion assertion : assertions) {
            if (assertion.cutOff().isBefore(opening)) {
                unchecked.add(assertion);
            } else {
                checks.add(check(assertion, openingBalance.pence()));
            }
        }
    }

    /** Sorts indices 0..n-1 by a day, stably (ties keep index order), with one primitive sort. */
    private static int[] byDay(int n, java.util.function.IntToLongFunction day) {
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = ((day.applyAsLong(i) + DAY_OFFSET) << 32) | i;
        }
        java.util.Arrays.sort(keyed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    /** Epoch days of the supported dates are within ±100,000: the offset makes them positive for packing. */
    private static final long DAY_OFFSET = 1_000_000;

    private void prepare(Reconciler.LineRec[] lines, byte[] lineState, Reconciler.UnitRec[] units,
            byte[] unitState, Match[] lineMatch) {
        List<Reconciler.LineRec> open = new ArrayList<>();
        List<Match> straddling = new ArrayList<>();
        List<long[]> straddlingDays = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].set != SETTLED) {
                continue;
            }
            if (lineState[i] == 1) {
                Match match = lineMatch[i];
                List<LedgerEntry> members = match.entries();
                long lineDay = lines[i].day;
                long first = lineDay;
                long last = lineDay;
                long[] days = new long[members.size() * 2 + 3];
                for (int k = 0; k < members.size(); k++) {
                    long day = members.get(k).day();
                    days[3 + 2 * k] = day;
                    days[4 + 2 * k] = members.get(k).amount().pence();
                    first = Math.min(first, day);
                    last = Math.max(last, day);
                }
                if (first != last) {
                    days[0] = lineDay;
                    days[1] = first;
                    days[2] = last;
                    straddling.add(match);
                    straddlingDays.add(days);
                    maxSpan = Math.max(maxSpan, last - first);
                }
            } else {
                open.add(lines[i]);
            }
        }
        int[] openOrder = byDay(open.size(), i -> open.get(i).day);
        openLineDays = new long[open.size()];
        openLineSums = new long[open.size() + 1];
        for (int x = 0; x < openOrder.length; x++) {
            Reconciler.LineRec line = open.get(openOrder[x]);
            openLines.add(line.line);
            openLineDays[x] = line.day;
            openLineSums[x + 1] = add(openLineSums[x], line.pence);
        }
        List<LedgerEntry> all = new ArrayList<>();
        List<LedgerEntry> unconfirmed = new ArrayList<>();
        for (int k = 0; k < units.length; k++) {
            if (units[k].set != SETTLED) {
                continue;
            }
            all.addAll(units[k].entries);
            if (unitState[k] != 1) {
                unconfirmed.addAll(units[k].entries);
            }
        }
        long[] allDays = new long[all.size()];
        for (int k = 0; k < allDays.length; k++) {
            allDays[k] = all.get(k).day();
        }
        int[] allOrder = byDay(all.size(), k -> allDays[k]);
        entryDays = new long[all.size()];
        entrySums = new long[all.size() + 1];
        for (int x = 0; x < allOrder.length; x++) {
            entryDays[x] = allDays[allOrder[x]];
            entrySums[x + 1] = add(entrySums[x], all.get(allOrder[x]).amount().pence());
        }
        long[] openDays = new long[unconfirmed.size()];
        for (int k = 0; k < openDays.length; k++) {
            openDays[k] = unconfirmed.get(k).day();
        }
        int[] unconfirmedOrder = byDay(unconfirmed.size(), k -> openDays[k]);
        openEntryDays = new long[unconfirmed.size()];
        openEntrySums = new long[unconfirmed.size() + 1];
        for (int x = 0; x < unconfirmedOrder.length; x++) {
            LedgerEntry entry = unconfirmed.get(unconfirmedOrder[x]);
            openEntries.add(entry);
            openEntryDays[x] = openDays[unconfirmedOrder[x]];
            openEntrySums[x + 1] = add(openEntrySums[x], entry.amount().pence());
        }
        int[] timingOrder = byDay(straddling.size(), t -> straddlingDays.get(t)[1]);
        timingFirst = new long[straddling.size()];
        timingDays = new long[straddling.size()][];
        for (int x = 0; x < timingOrder.length; x++) {
            timing.add(straddling.get(timingOrder[x]));
            timingDays[x] = straddlingDays.get(timingOrder[x]);
            timingFirst[x] = timingDays[x][1];
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
        long cut = assertion.cutOff().toEpochDay();
        int lineCount = before(openLineDays, cut);
        int entryCount = before(openEntryDays, cut);
        long ledger = add(opening, entrySums[before(entryDays, cut)]);
        long explained = openLineSums[lineCount] - openEntrySums[entryCount];
        List<Match> straddling = new ArrayList<>();
        int from = before(timingFirst, cut - maxSpan);
        for (int t = from; t < timing.size() && timingFirst[t] < cut; t++) {
            long[] days = timingDays[t];
            if (days[2] < cut) {
                continue;
            }
            Match match = timing.get(t);
            long contribution = days[0] < cut ? match.amount().pence() : 0;
            for (int k = 3; k < days.length; k += 2) {
                if (days[k] < cut) {
                    contribution -= days[k + 1];
                }
            }
            straddling.add(match);
            explained += contribution;
        }
        long difference = assertion.balance().pence() - ledger;
        return new BalanceCheck(assertion, gbp(ledger), Collections.unmodifiableList(openLines.subList(0, lineCount)),
                Collections.unmodifiableList(openEntries.subList(0, entryCount)), Collections.unmodifiableList(straddling), gbp(explained),
                gbp(difference), gbp(difference - explained));
    }

    private static Gbp gbp(long pence) {
        if (Math.abs(pence) > Gbp.MAX_PENCE) {
            throw new LedgerException("balance", "balances and differences within ±" + Gbp.MAX, pence + " pence");
        }
        return Gbp.ofPence(pence);
    }

    /** How many of the sorted days are before {@code cut}. */
    private static int before(long[] days, long cut) {
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
