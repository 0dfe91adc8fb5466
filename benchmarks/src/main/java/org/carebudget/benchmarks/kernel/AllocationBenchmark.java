package org.carebudget.benchmarks.kernel;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.money.Allocation;
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
 * Largest-remainder allocation of a year's budget (£123,456.78) across {@code shares} ratios, at three sizes
 * 10x apart: 10 (funders or months), 100, 1,000 (shifts). Scores are allocations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AllocationBenchmark {

    /** Number of ratios the total is split across. */
    @Param({"10", "100", "1000"})
    public int shares;

    private long[] ratios;

    /** Builds random ratios from 1 to 1,000. */
    @Setup
    public void setUp() {
        ratios = new SplittableRandom(7).longs(shares, 1, 1_001).toArray();
    }

    /**
     * Allocates the total.
     *
     * @return the shares in pence
     */
    @Benchmark
    public long[] byRatios() {
        return Allocation.byRatios(12_345_678L, ratios);
    }
}
