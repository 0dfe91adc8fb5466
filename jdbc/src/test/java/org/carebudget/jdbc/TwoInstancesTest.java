package org.carebudget.jdbc;

import static org.carebudget.jdbc.Ledgers.DAY;
import static org.carebudget.jdbc.Ledgers.ICB;
import static org.carebudget.jdbc.Ledgers.PA;
import static org.carebudget.jdbc.Ledgers.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.policy.SpendRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two "instances" (two facades, each with its own store, pool and cache) post to one package from four threads each.
 * The stored journal must equal a sequential application of the operations that reported done, in the journal's
 * order; no operation may be lost or stored twice; every conflict is retried or reported.
 */
class TwoInstancesTest {

    static final CarePackageId PKG = CarePackageId.of("pkg-shared");
    static final int THREADS_PER_INSTANCE = 4;
    static final int OPERATIONS_PER_THREAD = 25;

    /** Operation {@code n}: a receipt for even n, a spend for odd n; ids 1000 + n; some submitted twice. */
    static Object operate(BudgetLedger ledger, int n) {
        if (n % 2 == 0) {
            return ledger.receive(1000 + n, ICB, pounds(10 + n), DAY);
        }
        return ledger.spend(new SpendRequest(1000 + n, ICB, PA, SpendCategory.PA_WAGES, pounds(1), DAY));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenTwoInstancesPostingToOnePackage_thenTheJournalIsASequentialApplicationAndNothingIsLost(
            Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            List<DurableBudgets> instances = List.of(Ledgers.facade(db.store()), Ledgers.facade(db.store()));
            Ledgers.open(instances.get(0), PKG);
            instances.get(0).apply(PKG, l -> l.receive(1, ICB, pounds(100_000), DAY));
            AtomicInteger next = new AtomicInteger();
            Map<Integer, Applied<Object>> outcomes = new ConcurrentHashMap<>();
            ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int t = 0; t < 2 * THREADS_PER_INSTANCE; t++) {
                    DurableBudgets instance = instances.get(t % 2);
                    running.add(threads.submit(() -> {
                        for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                            int n = next.getAndIncrement();
                            outcomes.put(n, instance.apply(PKG, l -> operate(l, n)));
                            if (n % 10 == 3) { // a resubmission from the other instance: a no-op
                                instances.get(1 - instances.indexOf(instance)).apply(PKG, l -> operate(l, n));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } finally {
                threads.shutdownNow();
            }

            int total = 2 * THREADS_PER_INSTANCE * OPERATIONS_PER_THREAD;
            assertEquals(total, outcomes.size(), "every operation reported an outcome");
            List<LedgerEvent> journal = Ledgers.facade(db.store()).read(PKG, BudgetLedger::journal);
            Map<Long, Integer> stored = new HashMap<>();
            for (LedgerEvent event : journal) {
                if (event instanceof TransferEvent transfer && transfer.id() >= 1000) {
                    assertEquals(null, stored.put(transfer.id(), 1), "stored once: " + transfer.id());
                }
            }
            long done = 0;
            for (Map.Entry<Integer, Applied<Object>> outcome : outcomes.entrySet()) {
                boolean isStored = stored.containsKey(1000L + outcome.getKey());
                assertEquals(outcome.getValue().done(), isStored, "done if and only if stored: " + outcome);
                done += outcome.getValue().done() ? 1 : 0;
            }
            assertEquals(total, done, "with 50 attempts each, every conflict was retried to success");

            // the same operations applied one after another, in the journal's order, give the same ledger
            BudgetLedger sequential = Ledgers.inMemory(PKG);
            sequential.receive(1, ICB, pounds(100_000), DAY);
            for (LedgerEvent event : journal) {
                if (event instanceof TransferEvent transfer && transfer.id() >= 1000) {
                    operate(sequential, (int) (transfer.id() - 1000));
                }
            }
            assertEquals(sequential.hash(), Ledgers.facade(db.store()).read(PKG, BudgetLedger::hash));
            Gbp expected = pounds(100_000);
            for (int n = 0; n < total; n++) {
                expected = n % 2 == 0 ? expected.plus(pounds(10 + n)) : expected.minus(pounds(1));
            }
            assertEquals(expected, instances.get(1).read(PKG, l -> l.balance(ICB).available()), "no lost update");
            long conflicts = instances.get(0).stats().conflicts() + instances.get(1).stats().conflicts();
            long retries = instances.get(0).stats().retries() + instances.get(1).stats().retries();
            assertTrue(conflicts > 0, "the instances did race");
            assertEquals(conflicts, retries, "every conflict was retried (none reported)");
        }
    }
}
