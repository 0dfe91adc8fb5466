package org.carebudget.benchmarks.jdbc;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.jdbc.DurableBudgets;
import org.carebudget.jdbc.JdbcJournalStore;
import org.carebudget.money.budget.BudgetLedger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a package of {@code events} journal events (1k, 10k; 100k with {@code -p events=1000,10000,100000}) from
 * the store into a new facade (a service's cold start): read the rows, check the chain, decode, replay, check the
 * writer's hash; with a snapshot, read it and the rows after it. {@link JournalReplayBaseline} is the floor: the
 * same journal already in memory, replayed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class JournalLoadBenchmark {

    /** The database. */
    @Param({"H2", "POSTGRESQL"})
    public Databases.Kind database;

    /** Events in the package's journal. */
    @Param({"1000", "10000"})
    public int events;

    /** Whether the load goes through a snapshot (taken at the journal's last event). */
    @Param({"false", "true"})
    public boolean snapshot;

    private static final CarePackageId PKG = CarePackageId.of("pkg-long");

    private Databases databases;
    private JdbcJournalStore store;

    /** Starts the database and stores the journal (and its snapshot). */
    @Setup(Level.Trial)
    public void setUp() {
        databases = Databases.start(database);
        store = JdbcJournalStore.create(databases.dataSource());
        DurableBudgets writer = DurableBudgets.builder(store).snapshots(store, 1).build();
        Journals.store(writer, PKG, events);
        if (snapshot) {
            if (store.latestSnapshot(PKG).isEmpty() || store.latestSnapshot(PKG).get().sequence() != events) {
                throw new IllegalStateException("no snapshot at the head: " + store.latestSnapshot(PKG));
            }
        }
    }

    /** Stops the database and removes its files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        databases.close();
    }

    /**
     * Loads the package into a new facade.
     *
     * @return the ledger's hash
     */
    @Benchmark
    public String load() {
        DurableBudgets.Builder builder = DurableBudgets.builder(store);
        if (snapshot) {
            builder.snapshots(store, 100_000_000);
        }
        return builder.build().read(PKG, BudgetLedger::hash);
    }
}
