package org.carebudget.benchmarks.rostering;

import java.util.concurrent.TimeUnit;
import org.carebudget.rostering.Rota;
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
 * history built beforehand. The naive baseline recomputes each PA's 17-week sum afresh for each of the 21 days
 * (119 additions a day) instead of the check's sliding prefix sums. {@code pas} is the number of PAs wanted: the
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
     * The baseline: each PA's 17-week total recomputed from day totals for each of the 21 days.
     *
     * @return the PAs over 48 hours on some day
     */
    @Benchmark
    public int naiveRecomputePerDay() {
        Rota rota = dataset.rota();
        int workers = dataset.caseload().workers().size();
        int asOf = (int) RotaDataset.AS_OF.toEpochDay();
        int[] days = new int[WorkingTimeHistory.DAYS + RotaDataset.DAYS];
        int over = 0;
        for (int w = 0; w < workers; w++) {
            java.util.Arrays.fill(days, 0);
            for (int d = 0; d < WorkingTimeHistory.DAYS; d++) {
                days[d] = history.minutesOn(dataset.caseload().workers().get(w).personalAssistant(),
                        java.time.LocalDate.ofEpochDay(asOf - WorkingTimeHistory.DAYS + d));
            }
            for (int k = 0; k < rota.workerShiftCount(w); k++) {
                int s = rota.workerShift(w, k);
                int d = (rota.startMinute(s) - Minute.startOfDay(asOf)) / 1440 + WorkingTimeHistory.DAYS;
                if (d >= 0 && d < days.length) {
                    days[d] += rota.endMinute(s) - rota.startMinute(s);
                }
            }
            for (int e = WorkingTimeHistory.DAYS; e < days.length; e++) {
                long total = 0;
                for (int d = e - WorkingTimeHistory.DAYS + 1; d <= e; d++) {
                    total += days[d];
                }
                if (total > 48L * 60 * 17) {
                    over++;
                    break;
                }
            }
        }
        return over;
    }
}
