package org.carebudget.benchmarks.rostering;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.carebudget.rostering.cover.Competence;
import org.carebudget.rostering.cover.CoverLookAhead;
import org.carebudget.rostering.cover.CoverReport;
import org.carebudget.rostering.workingtime.WorkingTimeHistory;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cover look-ahead for a whole caseload: 21 days of every package's shifts from the synthetic caseload
 * ({@link RotaDataset}), every PA booked checked against working-time law over 17 weeks of history, every shift
 * checked for cover and competence, and for every gap the list of who could fill it. {@code caseloadOnTwoCores}
 * splits the packages in two halves run on two threads (the library is thread-safe and does no threading of its
 * own); {@code caseloadOnOneCore} runs them in one call. Setup (generation, history, training register) is outside
 * the measurement; it takes about 1, 2 and 12 s at 2,000, 20,000 and 200,000 packages on the shared machine.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx6g"})
public class CoverLookAheadBenchmark {

    /** Packages in the caseload. */
    @Param({"2000", "20000", "200000"})
    public int packages;

    private RotaDataset dataset;
    private WorkingTimeHistory history;
    private Competence competence;
    private ExecutorService pool;

    /** Builds the caseload, its history and its training register. */
    @Setup(Level.Trial)
    public void setUp() {
        dataset = RotaDataset.generate(packages, 42L);
        history = dataset.buildHistory();
        competence = Competence.of(dataset.register());
        pool = Executors.newFixedThreadPool(2);
    }

    /** Stops the threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    /**
     * Looks ahead for every package, in two halves on two threads.
     *
     * @return the merged report
     * @throws Exception if a half fails
     */
    @Benchmark
    public CoverReport caseloadOnTwoCores() throws Exception {
        int half = packages / 2;
        Future<CoverReport> first = pool.submit(() -> CoverLookAhead.standard().run(dataset.rota(), history,
                competence, 0, half));
        Future<CoverReport> second = pool.submit(() -> CoverLookAhead.standard().run(dataset.rota(), history,
                competence, half, packages));
        List<CoverReport> parts = new ArrayList<>(2);
        parts.add(first.get());
        parts.add(second.get());
        return CoverLookAhead.merge(parts);
    }

    /**
     * Looks ahead for every package in one call.
     *
     * @return the report
     */
    @Benchmark
    public CoverReport caseloadOnOneCore() {
        return CoverLookAhead.standard().run(dataset.rota(), history, competence);
    }
}
