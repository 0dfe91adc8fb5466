package org.carebudget.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the largest-remainder split. */
class AllocationProperties {

    @Provide
    Arbitrary<long[]> ratios() {
        Arbitrary<Long> small = Arbitraries.longs().between(0, 5);
        Arbitrary<Long> medium = Arbitraries.longs().between(0, 1_000_000);
        Arbitrary<Long> huge = Arbitraries.longs().between(0, Long.MAX_VALUE / 64);
        return Arbitraries.oneOf(small, medium, huge).list().ofMinSize(1).ofMaxSize(40)
                .map(list -> list.stream().mapToLong(Long::longValue).toArray())
                .filter(r -> Arrays.stream(r).sum() > 0);
    }

    @Provide
    Arbitrary<Long> totals() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000, 1_000_000),
                Arbitraries.longs().between(-Long.MAX_VALUE, Long.MAX_VALUE),
                Arbitraries.of(-Long.MAX_VALUE, Long.MAX_VALUE, 0L, 1L, -1L));
    }

    @Provide
    Arbitrary<Long> amounts() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-1_000_000, 1_000_000),
                Arbitraries.longs().between(-Gbp.MAX_PENCE, Gbp.MAX_PENCE), Arbitraries.of(-Gbp.MAX_PENCE, Gbp.MAX_PENCE));
    }

    @Property
    void givenAnyTotalAndRatios_thenPartsSumToTheWhole(@ForAll("totals") long total, @ForAll("ratios") long[] ratios) {
        long[] parts = Allocation.byRatios(total, ratios);

        assertEquals(ratios.length, parts.length);
        BigInteger sum = Arrays.stream(parts).mapToObj(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        assertEquals(BigInteger.valueOf(total), sum);
    }

    @Property
    void givenEqualRatios_thenPartsDifferByAtMostOnePenny(@ForAll("totals") long total, @ForAll("ratios") long[] ratios) {
        long[] parts = Allocation.byRatios(total, ratios);

        for (int i = 0; i < ratios.length; i++) {
            for (int j = i + 1; j < ratios.length; j++) {
                if (ratios[i] == ratios[j]) {
                    long gap = Math.abs(parts[i] - parts[j]);
                    assertTrue(gap <= 1, () -> Arrays.toString(parts));
                }
            }
        }
    }

    @Property
    void givenAnyRatios_thenEachPartIsItsExactShareRoundedDownOrUp(@ForAll("totals") long total,
            @ForAll("ratios") long[] ratios) {
        long[] parts = Allocation.byRatios(total, ratios);
        BigInteger sum = BigInteger.valueOf(Arrays.stream(ratios).sum());

        for (int i = 0; i < ratios.length; i++) {
            // |part * sum - total * ratio| < sum, and a zero ratio gets nothing
            BigInteger error = BigInteger.valueOf(parts[i]).multiply(sum)
                    .subtract(BigInteger.valueOf(total).multiply(BigInteger.valueOf(ratios[i]))).abs();
            assertTrue(error.compareTo(sum) < 0, () -> Arrays.toString(parts));
            if (ratios[i] == 0) {
                assertEquals(0, parts[i]);
            }
        }
    }

    @Property
    void givenNegatedTotal_thenPartsAreNegated(@ForAll("totals") long total, @ForAll("ratios") long[] ratios) {
        long[] parts = Allocation.byRatios(total, ratios);
        long[] negated = Allocation.byRatios(-total, ratios);

        assertEquals(Arrays.stream(parts).map(p -> -p).boxed().toList(), Arrays.stream(negated).boxed().toList());
    }

    @Property
    void givenGbp_thenAllocateMatchesByRatios(@ForAll("amounts") long total, @ForAll("ratios") long[] ratios) {
        Gbp[] parts = Gbp.ofPence(total).allocate(ratios);

        List<Long> pence = Arrays.stream(parts).map(Gbp::pence).toList();
        assertEquals(Arrays.stream(Allocation.byRatios(total, ratios)).boxed().toList(), pence);
    }
}
