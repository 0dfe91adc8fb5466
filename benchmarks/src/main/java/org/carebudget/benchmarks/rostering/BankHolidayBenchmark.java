package org.carebudget.benchmarks.rostering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.carebudget.rostering.BankHolidays;
import org.carebudget.rostering.Nation;
import org.carebudget.rostering.holidays.JollydayBankHolidays;
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
 * What the jollyday-backed bank holidays cost against dates the caller supplies, warm: the days of 1, 10 and 100
 * years asked once each. The cold start is {@link BankHolidayColdStartBenchmark}.
 */
@State(Scope.Benchmark)
public class BankHolidayBenchmark {

    /** Years of days asked about. */
    @Param({"1", "10", "100"})
    public int years;

    private BankHolidays jollyday;
    private BankHolidays supplied;

    /** Makes both calendars. */
    @Setup(Level.Trial)
    public void setUp() {
        jollyday = JollydayBankHolidays.create();
        supplied = BankHolidays.of(Map.of(Nation.ENGLAND, List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28))));
    }

    /**
     * Every day of the years asked of the jollyday calendar, warm.
     *
     * @return how many were bank holidays
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Fork(1)
    public int jollydayDays() {
        return count(jollyday);
    }

    /**
     * Every day of the years asked of supplied dates.
     *
     * @return how many were bank holidays
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Fork(1)
    public int suppliedDays() {
        return count(supplied);
    }

    private int count(BankHolidays calendar) {
        int n = 0;
        LocalDate d = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 365 * years; i++) {
            if (calendar.isBankHoliday(Nation.ENGLAND, d)) {
                n++;
            }
            d = d.plusDays(1);
        }
        return n;
    }
}
