package org.carebudget.benchmarks.rostering;

import java.util.concurrent.TimeUnit;
import org.carebudget.rostering.workingtime.WorkingTimeCheck;
import org.carebudget.rostering.workingtime.WorkingTimeHistory;
import org.carebudget.rostering.workingtime.WorkingTimeReport;
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

/**
 * The working-time check of every PA of the synthetic caseload over 17 weeks of history and 21 days of rota, every
 * standard rule. {@code historyAndCheck} streams the 17 weeks of records into a new history and checks every PA:
 * the shift-records it reads are the history's plus the rota's (printed at setup); {@code checkOnly} checks on a
 * history built beforehand; {@code checkWithNaiveAverage} is the same check with the 48-hour average recomputed
 * afresh for each of the 21 days (119 additions a day) instead of the rule's prefix sums and fast exit. {@code pas} is the number of PAs wanted: the
 * caseload has about one package for every 4.4 PAs, so 10,000, 100,000 and 1,000,000 PAs are 2,270, 22,700 and
 * 227,000 packages.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx6g"})
public class WorkingTimeBenchmark {

    /** PAs wanted in the caseload. */
    @Param({"10000", "100000", "1000000"})
    public int pas;

    private RotaDataset dataset;
    private WorkingTimeHistory history;

    /** Builds the caseload and its rota, and a history for the check alone. */
    @Setup(Level.Trial)
    public void setUp() {
        dataset = RotaDataset.generate((int) (pas / 4.4), 42L);
        history = dataset.buildHistory();
        System.out.println("\n" + dataset.caseload().workers().size() + " PAs, " + dataset.historyRecords()
                + " history records, " + dataset.rota().size() + " shifts");
    }

    /**
     * Streams the history and checks every PA.
     *
     * @return the report
     */
    @Benchmark
    public WorkingTimeReport historyAndCheck() {
        WorkingTimeHistory fresh = dataset.buildHistory();
        return WorkingTimeCheck.standard().check(dataset.rota(), fresh, RotaDataset.DAYS);
    }

    /**
     * Checks every PA on the history built at setup.
     *
     * @return the report
     */
    @Benchmark
    public WorkingTimeReport checkOnly() {
        return WorkingTimeCheck.standard().check(dataset.rota(), history, RotaDataset.DAYS);
    }

    /**
     * The baseline: the same check with the 48-hour average recomputed naively for each of the 21 days (119 additions
     * a day, no prefix sums, no fast exit) by a rule written through the public timeline.
     *
     * @return the report
     */
    @Benchmark
    public WorkingTimeReport checkWithNaiveAverage() {
        return WorkingTimeCheck.standard().with(new NaiveWeeklyLimitRule()).check(dataset.rota(), history,
                RotaDataset.DAYS);
    }
}
