package org.carebudget.benchmarks.jdbc;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.jdbc.DurableBudgets;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.ledger.LedgerEvent;
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
 * The floor under {@link JournalLoadBenchmark}: the same journals already in memory as events, replayed into a
 * budget ledger (no database, no decoding, no chain check). What a load costs above this is reading and decoding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class JournalReplayBaseline {

    /** Events in the journal. */
    @Param({"1000", "10000"})
    public int events;

    private List<LedgerEvent> journal;

    /** Builds the journal. */
    @Setup
    public void setUp() {
        InMemoryJournalStore memory = new InMemoryJournalStore();
        DurableBudgets budgets = DurableBudgets.builder(memory).build();
        CarePackageId pkg = CarePackageId.of("pkg-long");
        Journals.store(budgets, pkg, events);
        journal = budgets.read(pkg, BudgetLedger::journal);
    }

    /**
     * Replays the journal.
     *
     * @return the ledger's hash
     */
    @Benchmark
    public String replayInMemory() {
        return BudgetLedger.replay(journal, SpendPolicy.none(), 14).hash();
    }
}
