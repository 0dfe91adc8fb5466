package org.carebudget.benchmarks.rostering;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.hours.HoursKey;
import org.carebudget.core.hours.HoursKind;
import org.carebudget.core.time.DateRange;
import org.carebudget.rostering.Rota;
import org.carebudget.rostering.ShiftKind;
import org.carebudget.rostering.TimesheetEntry;
import org.carebudget.rostering.Timesheets;
import org.carebudget.rostering.hours.HoursMonitor;
import org.carebudget.rostering.hours.HoursReport;
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
 * Hours used against budget over the 21 days of the synthetic caseload's rota, worked as planned but for late starts
 * and missed shifts: every planned shift and every timesheet line split by day and classified (weekday, weekend,
 * bank holiday of the package's nation, night, sleep-in), added up per package, funder and week and per package,
 * funder, PA and kind, with the findings and the forecast. About 48 timesheet lines per package: 2,000, 20,000 and
 * 200,000 packages give about 0.1, 1 and 10 million lines (the exact counts are printed by {@link #lines}). The
 * naive baseline adds the same lines into a {@code HashMap} keyed by {@link HoursKey} objects, one lookup and one
 * boxed key per line, without the weekly figures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx6g"})
public class HoursAggregationBenchmark {

    /** Packages in the caseload. */
    @Param({"2000", "20000", "200000"})
    public int packages;

    private Timesheets timesheets;
    private DateRange period;

    /** Builds the caseload, its rota and its timesheets. */
    @Setup(Level.Trial)
    public void setUp() {
        RotaDataset dataset = RotaDataset.generate(packages, 42L);
        timesheets = dataset.workedTimesheets();
        period = DateRange.of(RotaDataset.AS_OF, RotaDataset.AS_OF.plusDays(RotaDataset.DAYS));
        System.out.println("\n" + lines() + " timesheet lines, " + timesheets.rota().size() + " shifts");
    }

    /**
     * Returns the number of timesheet lines.
     *
     * @return the lines
     */
    public int lines() {
        return timesheets.size();
    }

    /**
     * The hours report over the rota and its timesheets.
     *
     * @return the report
     */
    @Benchmark
    public HoursReport hoursReport() {
        return HoursMonitor.standard().report(timesheets, period, RotaDataset.AS_OF.plusDays(RotaDataset.DAYS));
    }

    /**
     * The baseline: delivered minutes per package, funder, PA and kind in a map of boxed keys.
     *
     * @return the map
     */
    @Benchmark
    public Map<HoursKey, long[]> naiveMapOfKeys() {
        Rota rota = timesheets.rota();
        Map<HoursKey, long[]> totals = new HashMap<>();
        for (int e = 0; e < timesheets.size(); e++) {
            if (timesheets.outcome(e) != TimesheetEntry.Outcome.WORKED) {
                continue;
            }
            int s = timesheets.shiftIndex(e);
            ShiftKind kind = rota.kind(s);
            HoursKind k = kind == ShiftKind.WAKING_NIGHT ? HoursKind.NIGHT
                    : kind == ShiftKind.SLEEP_IN ? HoursKind.SLEEP_IN_ASLEEP : HoursKind.DAY;
            HoursKey key = HoursKey.of(rota.caseload().packages().get(rota.packageIndex(s)).id(), rota.funder(s),
                    rota.caseload().workers().get(timesheets.worker(e)).personalAssistant(), k);
            totals.computeIfAbsent(key, x -> new long[1])[0] += timesheets.endMinute(e) - timesheets.startMinute(e);
        }
        return totals;
    }

    static LocalDate asOf() {
        return RotaDataset.AS_OF;
    }
}
