package org.carebudget.money.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Allocation;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;

/**
 * Splits a spend across funders to the penny, by ratio or by task, with the largest remainder method
 * ({@link Allocation#byRatios}): the shares always sum to the whole. Stateless and thread-safe.
 */
public final class FundingSplit {

    private FundingSplit() {
    }

    /**
     * Splits an amount by ratios, such as 2:1 between the NHS and the council.
     *
     * @param total the amount, zero or more, not null
     * @param ratios each funder's ratio, not null, at least one, each 0 or more, with a sum above zero; the order
     *     of the map is the order of the shares (use a {@code LinkedHashMap})
     * @return one share per funder, in order, summing to {@code total}; not null, unmodifiable
     * @throws LedgerException if a value is null or out of range
     */
    public static List<FunderShare> byRatio(Gbp total, Map<FunderId, Long> ratios) {
        LedgerException.notNull(total, "total");
        LedgerException.inRange(total.pence(), 0, Long.MAX_VALUE, "total (pence)");
        LedgerException.notNull(ratios, "ratios");
        if (ratios.isEmpty()) {
            throw new LedgerException("ratios", "at least one funder", "none");
        }
        List<FunderId> funders = new ArrayList<>(ratios.size());
        long[] weights = new long[ratios.size()];
        long sum = 0;
        for (Map.Entry<FunderId, Long> entry : ratios.entrySet()) {
            LedgerException.notNull(entry.getKey(), "ratios key");
            long ratio = LedgerException.notNull(entry.getValue(), "ratios[" + entry.getKey() + "]");
            LedgerException.inRange(ratio, 0, Integer.MAX_VALUE, "ratios[" + entry.getKey() + "]");
            weights[funders.size()] = ratio;
            funders.add(entry.getKey());
            sum += ratio;
        }
        if (sum == 0) {
            throw new LedgerException("ratios", "a sum above 0", 0);
        }
        long[] parts = Allocation.byRatios(total.pence(), weights);
        List<FunderShare> shares = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            shares.add(new FunderShare(funders.get(i), Gbp.ofPence(parts[i])));
        }
        return List.copyOf(shares);
    }

    /**
     * Splits an amount by the time spent on each funder's tasks: each funder pays in proportion to the minutes of
     * the tasks it is responsible for.
     *
     * @param total the amount, zero or more, not null
     * @param tasks the tasks, not null, at least one, with minutes summing above zero
     * @return one share per funder, in order of first appearance, summing to {@code total}; not null
     * @throws LedgerException if a value is null or out of range
     */
    public static List<FunderShare> byTask(Gbp total, List<TaskShare> tasks) {
        LedgerException.notNull(tasks, "tasks");
        Map<FunderId, Long> minutes = new LinkedHashMap<>();
        for (TaskShare task : tasks) {
            LedgerException.notNull(task, "tasks[]");
            minutes.merge(task.funder(), task.minutes(), Long::sum);
        }
        return byRatio(total, minutes);
    }
}
