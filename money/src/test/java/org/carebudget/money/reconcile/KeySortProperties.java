package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carebudget.core.money.Gbp;

/** The packed-key sort gives exactly the comparator's order, ties and all. */
class KeySortProperties {

    @Provide
    Arbitrary<List<StatementLine>> lines() {
        Arbitrary<StatementLine> line = Combinators.combine(Arbitraries.integers().between(0, 30),
                Arbitraries.of(-450L, -900L, 1L, 0L, -Gbp.MAX_PENCE, Gbp.MAX_PENCE),
                Arbitraries.of("A", "B", "C"), Arbitraries.of(Settlement.values()),
                Arbitraries.integers().between(0, 5))
                .as((day, pence, text, settlement, source) -> StatementLine.of(LocalDate.of(2026, 4, 1).plusDays(day),
                        Gbp.ofPence(pence), text).withSettlement(settlement).withSourceLine(source));
        return line.list().ofMinSize(64).ofMaxSize(400);
    }

    @Property(tries = 200)
    void givenAnyLines_thenTheKeySortEqualsTheComparatorSort(@ForAll("lines") List<StatementLine> lines) {
        Reconciler.LineRec[] expected = BankStatement.of(lines).lines().stream().map(Reconciler.LineRec::new)
                .toArray(Reconciler.LineRec[]::new);
        Reconciler.LineRec[] actual = expected.clone();
        Arrays.sort(expected, Reconciler.LINE_ORDER);

        KeySort.sort(actual, new KeySort.Keys<>() {
            @Override
            public int set(Reconciler.LineRec item) {
                return item.set;
            }

            @Override
            public long pence(Reconciler.LineRec item) {
                return item.pence;
            }

            @Override
            public int day(Reconciler.LineRec item) {
                return item.day;
            }
        }, Reconciler.LINE_ORDER);

        assertArrayEquals(Arrays.stream(expected).map(r -> r.line).toArray(),
                Arrays.stream(actual).map(r -> r.line).toArray());
    }
}
