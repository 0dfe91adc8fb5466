package org.carebudget.benchmarks.employment;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.RuleSet;
import org.carebudget.core.employment.rules.StandardRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full standard rule set over a synthetic caseload as of one date, single-threaded. {@code evaluateEach}
 * evaluates the next {@value #CHUNK} employments of the caseload on each call, walking round it, and scores
 * employment evaluations per second; {@code caseloadReport} evaluates the whole caseload into a report in canonical
 * order (sorted), and scores caseloads per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EmploymentComplianceBenchmark {

    /** Caseload size. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    /** How long setup spends evaluating to let the JIT compile the rules, in milliseconds. */
    public static final int JIT_WARMUP_MILLIS = 4_000;

    /** The most the setup spends, building and warming up together, in milliseconds. */
    public static final int SETUP_LIMIT_MILLIS = 8_000;

    /** Employments evaluated per call of {@code evaluateEach}. */
    public static final int CHUNK = 10_000;

    private List<Employment> caseload;
    private int cursor;
    private RuleSet rules;

    /**
     * Builds the caseload (shared evidence, so a million builds in seconds), then evaluates employments for
     * {@value #JIT_WARMUP_MILLIS} ms, or until the setup has taken {@value #SETUP_LIMIT_MILLIS} ms, so the rules are
     * compiled before CI's very short warm-up iterations; the measurement itself is unchanged.
     */
    @Setup(Level.Trial)
    public void setUp() {
        long started = System.nanoTime();
        caseload = SyntheticCaseload.generate(size, 42);
        rules = StandardRules.ruleSet();
        long until = Math.min(System.nanoTime() + JIT_WARMUP_MILLIS * 1_000_000L,
                started + SETUP_LIMIT_MILLIS * 1_000_000L);
        int at = 0;
        int findings = 0;
        while (System.nanoTime() < until) {
            for (int i = 0; i < 1_000; i++) {
                findings += rules.evaluate(caseload.get(at), SyntheticCaseload.AS_OF).findings().size();
                at = at + 1 == size ? 0 : at + 1;
            }
        }
        if (findings < 0) {
            throw new IllegalStateException("unreachable");
        }
    }

    /**
     * Evaluates the next {@value #CHUNK} employments.
     *
     * @param blackhole sink
     */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public void evaluateEach(Blackhole blackhole) {
        int at = cursor;
        for (int i = 0; i < CHUNK; i++) {
            blackhole.consume(rules.evaluate(caseload.get(at), SyntheticCaseload.AS_OF));
            at = at + 1 == size ? 0 : at + 1;
        }
        cursor = at;
    }

    /**
     * Evaluates the caseload into a report in canonical order.
     *
     * @param blackhole sink
     */
    @Benchmark
    public void caseloadReport(Blackhole blackhole) {
        blackhole.consume(rules.evaluate(caseload, SyntheticCaseload.AS_OF));
    }
}
