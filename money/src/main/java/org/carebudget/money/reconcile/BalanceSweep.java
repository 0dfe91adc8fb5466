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

    private void prepare(Reconciler.LineRec[] lines, byte[] lineState, Reconciler.UnitRec[] units,
            byte[] unitState, Match[] lineMatch) {
        List<Reconciler.LineRec> open = new ArrayList<>();
        List<Match> straddling = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].set != SETTLED) {
                continue;
            }
            if (lineState[i] == 1) {
                Match match = lineMatch[i];
                long lineDay = lines[i].day;
                long first = lineDay;
                long last = lineDay;
                for (LedgerEntry entry : match.entries()) {
                    first = Math.min(first, entry.date().toEpochDay());
                    last = Math.max(last, entry.date().toEpochDay());
                }
                if (first != last) {
                    straddling.add(match);
                    maxSpan = Math.max(maxSpan, last - first);
                }
            } else {
                open.add(lines[i]);
            }
        }
        open.sort(Comparator.comparingInt((Reconciler.LineRec r) -> r.day));
        openLineDays = new long[open.size()];
        openLineSums = new long[open.size() + 1];
        for (int i = 0; i < open.size(); i++) {
            openLines.add(open.get(i).line);
            openLineDays[i] = open.get(i).day;
            openLineSums[i + 1] = add(openLineSums[i], open.get(i).pence);
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
        Comparator<LedgerEntry> byDate = Comparator.comparing(LedgerEntry::date).thenComparing(LedgerEntry::id);
        all.sort(byDate);
        unconfirmed.sort(byDate);
        entryDays = new long[all.size()];
        entrySums = new long[all.size() + 1];
        for (int k = 0; k < all.size(); k++) {
            entryDays[k] = all.get(k).date().toEpochDay();
            entrySums[k + 1] = add(entrySums[k], all.get(k).amount().pence());
        }
        openEntryDays = new long[unconfirmed.size()];
        openEntrySums = new long[unconfirmed.size() + 1];
        for (int k = 0; k < unconfirmed.size(); k++) {
            openEntries.add(unconfirmed.get(k));
            openEntryDays[k] = unconfirmed.get(k).date().toEpochDay();
            openEntrySums[k + 1] = add(openEntrySums[k], unconfirmed.get(k).amount().pence());
        }
        straddling.sort(Comparator.comparingLong(BalanceSweep::firstDay).thenComparing(m -> m.line().date())
                .thenComparing(m -> m.entries().get(0).id()));
        timing.addAll(straddling);
        timingFirst = new long[straddling.size()];
        for (int t = 0; t < straddling.size(); t++) {
            timingFirst[t] = firstDay(straddling.get(t));
        }
    }

    private static long firstDay(Match match) {
        long first = match.line().date().toEpochDay();
        for (LedgerEntry entry : match.entries()) {
            first = Math.min(first, entry.date().toEpochDay());
        }
        return first;
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
            Match match = timing.get(t);
            long contribution = match.line().date().toEpochDay() < cut ? match.amount().pence() : 0;
            long last = match.line().date().toEpochDay();
            for (LedgerEntry entry : match.entries()) {
                long day = entry.date().toEpochDay();
                last = Math.max(last, day);
                if (day < cut) {
                    contribution -= entry.amount().pence();
                }
            }
            if (last >= cut) {
                straddling.add(match);
                explained += contribution;
            }
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
