package org.carebudget.benchmarks.money;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.budget.LedgerRegistry;
import org.carebudget.money.budget.TransferOutcome;
import org.carebudget.money.policy.SpendPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Receipts per second through the thread-safe {@link BudgetLedger} (a monitor per budget): two threads on their
 * own budgets (different care packages, which scale) and two threads on one shared budget (serialised), with the
 * budget holding 1, 8 or 64 funders' streams (64 is the most a budget holds; real budgets have one to three).
 * Budgets are rebuilt every iteration.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class BudgetLedgerBenchmark {

    static final LocalDate DAY = LocalDate.of(2026, 4, 6);

    static BudgetLedger budget(LedgerRegistry registry, String id, FunderId[] funders) {
        BudgetLedger budget = registry.open(CarePackageId.of(id), DAY, SpendPolicy.none(), java.time.Period.ofDays(28));
        for (FunderId funder : funders) {
            budget.addFunder(funder, java.util.Set.of(SpendCategory.PA_WAGES), DAY);
        }
        return budget;
    }

    static FunderId[] funders(int count) {
        FunderId[] funders = new FunderId[count];
        for (int i = 0; i < count; i++) {
            funders[i] = FunderId.of("funder-" + i);
        }
        return funders;
    }

    /** A budget shared by all threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        /** Number of funders (two accounts each): a budget holds at most {@link BudgetLedger#MAX_FUNDERS} (64). */
        @Param({"1", "8", "64"})
        public int funders;

        BudgetLedger budget;
        FunderId[] ids;

        /** Opens the shared budget. */
        @Setup(Level.Iteration)
        public void open() {
            ids = funders(funders);
            budget = budget(new LedgerRegistry(), "shared", ids);
        }
    }

    /** A budget of the thread's own, and the thread's next transfer id. */
    @State(Scope.Thread)
    public static class Own {
        BudgetLedger budget;
        long nextId;
        private static final java.util.concurrent.atomic.AtomicLong THREADS = new java.util.concurrent.atomic.AtomicLong();

        /**
         * Opens the thread's budget with as many funders as the shared one.
         *
         * @param shared the shared state, for the number of funders
         */
        @Setup(Level.Iteration)
        public void open(Shared shared) {
            long thread = THREADS.incrementAndGet();
            budget = budget(new LedgerRegistry(), "own-" + thread, shared.ids);
            nextId = thread << 40;
        }
    }

    private static final Gbp AMOUNT = Gbp.ofPence(12_345);

    private static TransferOutcome receive(BudgetLedger budget, FunderId[] funders, long id) {
        return budget.receive(org.carebudget.money.TransferId.of(id), funders[(int) (id % funders.length)], AMOUNT, DAY);
    }

    /**
     * Two threads, each posting receipts to its own budget.
     *
     * @param own the thread's budget
     * @param shared the funders
     * @return the result, consumed by JMH
     */
    @Benchmark
    @Threads(2)
    public TransferOutcome ownBudget2Threads(Own own, Shared shared) {
        return receive(own.budget, shared.ids, own.nextId++);
    }

    /**
     * One thread posting receipts to its own budget.
     *
     * @param own the thread's budget
     * @param shared the funders
     * @return the result, consumed by JMH
     */
    @Benchmark
    @Threads(1)
    public TransferOutcome ownBudget1Thread(Own own, Shared shared) {
        return receive(own.budget, shared.ids, own.nextId++);
    }

    /**
     * Two threads posting receipts to one shared budget, serialised by its monitor.
     *
     * @param own the thread's id sequence
     * @param shared the shared budget
     * @return the result, consumed by JMH
     */
    @Benchmark
    @Threads(2)
    public TransferOutcome sharedBudget2Threads(Own own, Shared shared) {
        return receive(shared.budget, shared.ids, own.nextId++);
    }
}
