package org.carebudget.jdbc;

import static org.carebudget.jdbc.Ledgers.DAY;
import static org.carebudget.jdbc.Ledgers.ICB;
import static org.carebudget.jdbc.Ledgers.PA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.store.InMemoryJournalStore;

/**
 * Invariants of the facade over the reference store: each operation gives what it gives on a ledger in memory (same
 * result or same refusal); a refused operation stores nothing; the stored journal replays to the same ledger, with or
 * without snapshots, after any eviction.
 */
class DurableBudgetsProperties {

    static final CarePackageId PKG = CarePackageId.of("pkg-p");

    /** One operation: a receipt, a spend or a reversal, with ids from a small range so that they collide. */
    record Op(int kind, long id, long other, long pence, boolean evictAfter) implements Function<BudgetLedger, Object> {
        @Override
        public Object apply(BudgetLedger ledger) {
            return switch (kind) {
                case 0 -> ledger.receive(id, ICB, Gbp.ofPence(pence), DAY);
                case 1 -> ledger.spend(new SpendRequest(id, ICB, PA, SpendCategory.PA_WAGES, Gbp.ofPence(pence), DAY));
                default -> ledger.reverse(id, other, DAY);
            };
        }
    }

    @Provide
    Arbitrary<Op> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.longs().between(1, 12),
                Arbitraries.longs().between(1, 12), Arbitraries.longs().between(1, 50_000),
                Arbitraries.integers().between(0, 9).map(n -> n == 0)).as(Op::new);
    }

    /** What an operation did: its result, or its refusal's type and message. */
    static Object outcome(Function<BudgetLedger, Object> op, BudgetLedger ledger) {
        try {
            return op.apply(ledger);
        } catch (LedgerException e) {
            return "refused: " + e.getMessage();
        }
    }

    @Property
    void givenAnySequence_thenTheFacadeActsAsTheLedgerAndTheStoreReplaysToIt(
            @ForAll @Size(max = 25) List<@net.jqwik.api.From("ops") Op> ops,
            @ForAll @IntRange(min = 0, max = 8) int snapshotEvery) {
        InMemoryJournalStore store = new InMemoryJournalStore();
        DurableBudgets.Builder builder = DurableBudgets.builder(store);
        if (snapshotEvery > 0) {
            builder.snapshots(store, snapshotEvery);
        }
        DurableBudgets budgets = builder.build();
        Ledgers.open(budgets, PKG);
        BudgetLedger model = Ledgers.inMemory(PKG);

        for (Op op : ops) {
            int storedBefore = store.load(PKG, 1).size();
            Object expected = outcome(op, model);
            Object actual;
            try {
                actual = ((Applied.Done<Object>) budgets.apply(PKG, op)).result();
            } catch (LedgerException e) {
                actual = "refused: " + e.getMessage();
                assertEquals(storedBefore, store.load(PKG, 1).size(), "a refused operation stores nothing");
            }
            assertEquals(expected, actual, op::toString);
            if (op.evictAfter()) {
                budgets.evict(PKG);
            }
        }

        assertEquals(model.hash(), budgets.read(PKG, BudgetLedger::hash));
        DurableBudgets restarted = DurableBudgets.builder(store).snapshots(store, 1_000).build();
        assertEquals(model.hash(), restarted.read(PKG, BudgetLedger::hash), "the store replays to the same ledger");
        assertEquals(0, restarted.stats().rejectedSnapshots(), "every snapshot written decodes to its journal");
        assertEquals(snapshotEvery > 0 && store.latestSnapshot(PKG).isPresent() ? 1 : 0,
                restarted.stats().snapshotLoads());
        assertEquals(model.journal().size(), store.load(PKG, 1).size());
        assertEquals(Objects.requireNonNull(restarted.verify(PKG)).sequence(), model.journal().size());
    }
}
