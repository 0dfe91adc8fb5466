package org.carebudget.benchmarks.kernel;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.carebudget.core.money.Gbp;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Summing a month of pay lines: the kernel's {@link Gbp} (a {@code long} of pence) side by side with Moneta's
 * {@link Money} (BigDecimal) and {@link FastMoney} (scaled long) on the same amounts, at three sizes 10x apart.
 * Scores are sums per second; divide by {@code lines} for additions per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MoneyArithmeticBenchmark {

    /** Number of pay lines summed per operation. */
    @Param({"1000", "10000", "100000"})
    public int lines;

    private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

    private Gbp[] kernel;
    private MonetaryAmount[] money;
    private MonetaryAmount[] fastMoney;

    /** Builds the same random pay lines (1p to £500.00) in each representation. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        kernel = new Gbp[lines];
        money = new MonetaryAmount[lines];
        fastMoney = new MonetaryAmount[lines];
        for (int i = 0; i < lines; i++) {
            long pence = random.nextLong(1, 50_001);
            kernel[i] = Gbp.ofPence(pence);
            money[i] = Money.ofMinor(GBP, pence);
            fastMoney[i] = FastMoney.ofMinor(GBP, pence);
        }
    }

    /**
     * Sums with the kernel type.
     *
     * @return the total
     */
    @Benchmark
    public Gbp gbp() {
        Gbp total = Gbp.ZERO;
        for (Gbp line : kernel) {
            total = total.plus(line);
        }
        return total;
    }

    /**
     * Sums with Moneta {@code Money}, the baseline.
     *
     * @return the total
     */
    @Benchmark
    public MonetaryAmount monetaMoney() {
        return sum(money);
    }

    /**
     * Sums with Moneta {@code FastMoney}.
     *
     * @return the total
     */
    @Benchmark
    public MonetaryAmount monetaFastMoney() {
        return sum(fastMoney);
    }

    private static MonetaryAmount sum(MonetaryAmount[] amounts) {
        MonetaryAmount total = amounts[0].multiply(0);
        for (MonetaryAmount line : amounts) {
            total = total.add(line);
        }
        return total;
    }
}
