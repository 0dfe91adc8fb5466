package org.carebudget.benchmarks.jdbc;

import java.util.concurrent.TimeUnit;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.money.Gbp;
import org.carebudget.jdbc.Applied;
import org.carebudget.jdbc.DurableBudgets;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.ledger.TransferResult;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.store.InMemoryJournalStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the facade itself costs per operation, the database left out (the in-memory reference store): a receipt
 * resubmitted through {@link DurableBudgets#apply} (a no-op, {@code EXISTS}, so the package stays at {@code events}
 * events: 100, 1k, 10k) against the same resubmission on a {@link BudgetLedger} in memory. Every apply asks the
 * ledger for the events the operation recorded, and the ledger can only give its whole journal
 * ({@code BudgetLedger.journal()}): that is what grows with the journal here, and it is the same in an apply that
 * records. A {@code journal(fromIndex)} on the ledger would make it constant.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DurableApplyBenchmark {

    /** Events already in the package. */
    @Param({"100", "1000", "10000"})
    public int events;

    private static final CarePackageId PKG = CarePackageId.of("pkg-busy");

    private DurableBudgets budgets;
    private BudgetLedger inMemory;

    /** Stores the package, and builds the same ledger in memory. */
    @Setup
    public void setUp() {
        budgets = DurableBudgets.builder(new InMemoryJournalStore()).build();
        Journals.store(budgets, PKG, events);
        inMemory = BudgetLedger.replay(budgets.read(PKG, BudgetLedger::journal), SpendPolicy.none(), 14);
    }

    /**
     * A resubmitted receipt through the facade.
     *
     * @return the outcome
     */
    @Benchmark
    public Applied<TransferResult> durable() {
        return budgets.apply(PKG, ledger -> ledger.receive(1, Journals.ICB, Gbp.ofPence(10_000), Journals.DAY));
    }

    /**
     * The same resubmission on the ledger in memory: the baseline.
     *
     * @return the result
     */
    @Benchmark
    public TransferResult inMemory() {
        return inMemory.receive(1, Journals.ICB, Gbp.ofPence(10_000), Journals.DAY);
    }
}
