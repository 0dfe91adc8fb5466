package org.carebudget.money.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The id index finds exactly what a {@code HashMap} finds, for sequential, strided and random ids, with removals. */
class IdIndexProperties {

    @Provide
    Arbitrary<List<Long>> ids() {
        Arbitrary<Long> random = Arbitraries.longs().between(1, Long.MAX_VALUE);
        Arbitrary<Long> small = Arbitraries.longs().between(1, 200);
        Arbitrary<Long> strided = Arbitraries.longs().between(1, 300).map(k -> k << 20);
        return Arbitraries.oneOf(random, small, strided).list().ofMaxSize(300);
    }

    @Property
    void givenTheIndexAgreesWithAHash_thenMap(@ForAll("ids") List<Long> inserts, @ForAll("ids") List<Long> removals) {
        IdIndex index = new IdIndex(0);
        long[] ids = new long[inserts.size() + 1];
        Map<Long, Integer> expected = new HashMap<>();
        List<Long> order = new ArrayList<>();
        for (long id : inserts) {
            if (!expected.containsKey(id)) {
                int row = order.size();
                ids[row] = id;
                index.insert(0, id, row, ids, null);
                expected.put(id, row);
                order.add(id);
            }
        }
        for (long id : removals) {
            index.remove(0, id, ids, null);
            expected.remove(id);
        }
        for (long id : order) {
            assertEquals(expected.getOrDefault(id, -1), index.find(0, id, ids, null), "id " + id);
        }
        for (long id : removals) {
            assertEquals(-1, index.find(0, id, ids, null));
        }
    }
}
