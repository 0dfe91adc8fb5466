package org.carebudget.money.budget;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.carebudget.core.time.DateRange;

/**
 * The budget's running totals of spending, per period asked about and per category: what was spent (posted, net of
 * refunds and reversals) and what is committed (spent plus the holds still open). The first question about a period
 * reads the journal once; from then on every new journal event updates the periods it falls in, so a spend decision
 * costs the same at 10,000 spends as at 100. At most {@value #MAX_PERIODS} periods are kept (a support plan asks
 * about one period per spend); past that the cache starts again. Not thread-safe: owned by one
 * {@link BudgetLedger}, under its lock.
 */
final class SpendTotals {

    static final int MAX_PERIODS = 256;
    /** The category number standing for every category. */
    static final int ALL = 0;

    /** One change to the totals: spent and committed, in pence, on a day, for a category number. */
    record Delta(LocalDate day, int category, long spent, long committed) {
    }

    private final Map<DateRange, Map<Integer, long[]>> periods = new HashMap<>();

    boolean has(DateRange period) {
        return periods.containsKey(period);
    }

    void start(DateRange period, Iterable<Delta> all) {
        if (periods.size() == MAX_PERIODS) {
            periods.clear();
        }
        Map<Integer, long[]> totals = new HashMap<>();
        for (Delta delta : all) {
            add(totals, period, delta);
        }
        periods.put(period, totals);
    }

    void apply(Delta delta) {
        for (Map.Entry<DateRange, Map<Integer, long[]>> entry : periods.entrySet()) {
            add(entry.getValue(), entry.getKey(), delta);
        }
    }

    private static void add(Map<Integer, long[]> totals, DateRange period, Delta delta) {
        if (!period.contains(delta.day())) {
            return;
        }
        for (int category : new int[] {delta.category(), ALL}) {
            long[] pair = totals.computeIfAbsent(category, c -> new long[2]);
            pair[0] += delta.spent();
            pair[1] += delta.committed();
        }
    }

    long spent(DateRange period, int category) {
        long[] pair = periods.get(period).get(category);
        return pair == null ? 0 : pair[0];
    }

    long committed(DateRange period, int category) {
        long[] pair = periods.get(period).get(category);
        return pair == null ? 0 : pair[1];
    }
}
