package org.carebudget.money.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;

/** Invariants of a split across funders: every penny allocated, and the same result whatever the map's order. */
class FundingSplitProperties {

    @Provide
    Arbitrary<Map<FunderId, Long>> ratios() {
        Arbitrary<FunderId> funders = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3)
                .map(FunderId::of);
        Arbitrary<Long> ratio = Arbitraries.oneOf(Arbitraries.longs().between(0, 3),
                Arbitraries.longs().between(0, Integer.MAX_VALUE));
        return Arbitraries.maps(funders, ratio).ofMinSize(1).ofMaxSize(8).map(m -> (Map<FunderId, Long>) new LinkedHashMap<>(m))
                .filter(m -> m.values().stream().mapToLong(Long::longValue).sum() > 0);
    }

    @Provide
    Arbitrary<Long> totals() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000),
                Arbitraries.longs().between(0, 100_000_000_000L), Arbitraries.of(0L, 1L, Gbp.MAX_PENCE));
    }

    @Property
    void givenAnyRatiosAndTotal_thenTheSharesSumToTheTotalInTheMapOrder(
            @ForAll("totals") long total, @ForAll("ratios") Map<FunderId, Long> ratios) {
        List<FunderShare> shares = FundingSplit.byRatio(Gbp.ofPence(total), ratios);

        assertEquals(List.copyOf(ratios.keySet()), shares.stream().map(FunderShare::funder).toList());
        long sum = 0;
        for (FunderShare share : shares) {
            sum = Math.addExact(sum, share.amount().pence());
        }
        assertEquals(total, sum);
    }

    @Property
    void givenTheSameRatiosInAnotherOrder_thenEachFunderGetsTheSameShare(
            @ForAll("totals") long total, @ForAll("ratios") Map<FunderId, Long> ratios, @ForAll long seed) {
        List<FunderId> shuffled = new ArrayList<>(ratios.keySet());
        Collections.shuffle(shuffled, new Random(seed));
        Map<FunderId, Long> reordered = new LinkedHashMap<>();
        shuffled.forEach(funder -> reordered.put(funder, ratios.get(funder)));

        Set<FunderShare> original = Set.copyOf(FundingSplit.byRatio(Gbp.ofPence(total), ratios));
        Set<FunderShare> again = FundingSplit.byRatio(Gbp.ofPence(total), reordered).stream()
                .collect(Collectors.toSet());

        assertEquals(original, again);
    }
}
