package org.carebudget.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carebudget.core.money.Gbp;

/** Amounts by spend category keep every penny through allocation and JSON. */
class SpendCategoryProperties {

    private final ObjectMapper mapper = SpendCategoryTest.mapper();

    @Provide
    Arbitrary<Map<SpendCategory, Gbp>> budgets() {
        return Arbitraries.maps(Arbitraries.of(SpendCategory.class), Arbitraries.longs().between(-Gbp.MAX_PENCE, Gbp.MAX_PENCE).map(Gbp::ofPence))
                .ofMaxSize(SpendCategory.values().length).map(m -> m.isEmpty() ? m : new EnumMap<>(m));
    }

    @Property
    void givenAmountsByCategory_thenJsonRoundTrips(@ForAll("budgets") Map<SpendCategory, Gbp> amounts) throws Exception {
        String json = mapper.writeValueAsString(amounts);

        assertEquals(amounts, mapper.readValue(json, new TypeReference<Map<SpendCategory, Gbp>>() { }));
    }

    @Property
    void givenBudgetSplitByCategoryWeights_thenPartsSumToTheBudget(
            @ForAll("pence") long pence, @ForAll("weights") long[] weights) {
        Gbp[] parts = Gbp.ofPence(pence).allocate(weights);

        long sum = 0;
        for (Gbp part : parts) {
            sum = Math.addExact(sum, part.pence());
        }
        assertEquals(SpendCategory.values().length, parts.length);
        assertEquals(pence, sum);
    }

    @Provide
    Arbitrary<Long> pence() {
        return Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
    }

    @Provide
    Arbitrary<long[]> weights() {
        return Arbitraries.longs().between(0, 100).array(long[].class).ofSize(SpendCategory.values().length)
                .filter(w -> java.util.Arrays.stream(w).sum() > 0);
    }
}
