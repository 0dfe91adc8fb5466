package org.carebudget.money.budget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Allocation;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;

/**
 * Splits a spend across funders to the penny, by ratio or by task, with the largest remainder method
 * ({@link Allocation#byRatios}): the shares always sum to the whole. A penny left over on a tie (equal
 * remainders) goes to the funder whose {@link FunderId#value()} comes first in {@link String#compareTo} order, so
 * the result depends only on the amounts and ratios, never on the order of the map or list given.
 * Stateless and thread-safe.
 */
public final class FundingSplit {

    private FundingSplit() {
    }

    /**
     * Splits an amount by ratios, such as 2:1 between the NHS and the council. Which funder gets each share
     * does not depend on the order of {@code ratios}: a tie for a left-over penny goes to the funder with the
     * smallest id value (see the class javadoc); {@code 1p} split {@code 1:1} between {@code council} and
     * {@code nhs-icb} gives the penny to {@code council}.
     *
     * @param total the amount, zero or more, not null
     * @param ratios each funder's ratio, not null, at least one, each 0 - {@code Integer.MAX_VALUE}, with a sum
     *     above zero; the map's iteration order is the order of the returned shares only (use a
     *     {@code LinkedHashMap} for a stable order), never which funder gets a tied penny
     * @return one share per funder, in the map's iteration order, summing to {@code total}; not null,
     *     unmodifiable
     * @throws LedgerException if a value is null or out of range
     */
    public static List<FunderShare> byRatio(Gbp total, Map<FunderId, Long> ratios) {
        LedgerException.notNull(total, "total");
        LedgerException.inRange(total.pence(), 0, Long.MAX_VALUE, "total (pence)");
        LedgerException.notNull(ratios, "ratios");
        if (ratios.isEmpty()) {
            throw new LedgerException("ratios", "at least one funder", "none");
        }
        int n = ratios.size();
        List<FunderId> funders = new ArrayList<>(n);
        long[] given = new long[n];
        long sum = 0;
        for (Map.Entry<FunderId, Long> entry : ratios.entrySet()) {
            LedgerException.notNull(entry.getKey(), "ratios key");
            long ratio = LedgerException.notNull(entry.getValue(), "ratios[" + entry.getKey() + "]");
            LedgerException.inRange(ratio, 0, Integer.MAX_VALUE, "ratios[" + entry.getKey() + "]");
            given[funders.size()] = ratio;
            funders.add(entry.getKey());
            sum += ratio;
        }
        if (sum == 0) {
            throw new LedgerException("ratios", "a sum above 0", 0);
        }
        // Allocation gives a tied penny to the earlier part: allocate in id order, so ties never depend on the map.
        Integer[] byId = new Integer[n];
        for (int i = 0; i < n; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, Comparator.comparing(i -> funders.get(i).value()));
        long[] weights = new long[n];
        for (int k = 0; k < n; k++) {
            weights[k] = given[byId[k]];
        }
        long[] sortedParts = Allocation.byRatios(total.pence(), weights);
        long[] parts = new long[n];
        for (int k = 0; k < n; k++) {
            parts[byId[k]] = sortedParts[k];
        }
        List<FunderShare> shares = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            shares.add(new FunderShare(funders.get(i), Gbp.ofPence(parts[i])));
        }
        return List.copyOf(shares);
    }

    /**
     * Splits an amount by the time spent on each funder's tasks: each funder pays in proportion to the minutes of
     * the tasks it is responsible for. As with {@link #byRatio}, a tie for a left-over penny goes to the funder
     * with the smallest id value, whatever the order of {@code tasks}.
     *
     * @param total the amount, zero or more, not null
     * @param tasks the tasks, not null, at least one, with minutes summing above zero
     * @return one share per funder, in order of first appearance in {@code tasks}, summing to {@code total}; not
     *     null, unmodifiable
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
