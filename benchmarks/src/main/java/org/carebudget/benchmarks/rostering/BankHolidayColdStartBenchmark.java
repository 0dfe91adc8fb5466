package org.carebudget.benchmarks.rostering;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.carebudget.rostering.Nation;
import org.carebudget.rostering.holidays.JollydayBankHolidays;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * jollyday's cost at first use: each fork is a fresh JVM whose one measured call creates the calendar (jollyday reads
 * its United Kingdom calendar file through JAXB) and asks one day. No setup, no warm-up.
 */
public class BankHolidayColdStartBenchmark {

    /**
     * The first question to a new jollyday calendar in a fresh JVM.
     *
     * @return the answer
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public boolean jollydayColdStart() {
        return JollydayBankHolidays.create().isBankHoliday(Nation.SCOTLAND, LocalDate.of(2026, 11, 30));
    }
}
