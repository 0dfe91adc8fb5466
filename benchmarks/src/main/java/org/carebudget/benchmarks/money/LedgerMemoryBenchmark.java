package org.carebudget.benchmarks.money;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.carebudget.money.ledger.AccountRequest;
import org.carebudget.money.ledger.Ledger;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Memory retained per transfer: heap in use (after full collections) once a ledger holds 1,000,000 transfers
 * without memos, less the heap in use with its accounts open and funded, divided by the number of transfers. It
 * includes the journal columns with their growth headroom and the id index. Reported as two auxiliary counters,
 * which JMH sums over the measurement iterations: {@code retainedBytes} and {@code transfers}; bytes per transfer is
 * their ratio. The primary score is the time to post them. Single shot per iteration. The fork uses the parallel
 * collector because G1 accounts for large arrays in whole regions, which would add region rounding (about 20 bytes
 * a transfer at this size) to the figure.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
public class LedgerMemoryBenchmark {

    static final LocalDate DAY = LocalDate.of(2026, 4, 6);
    /** Account codes: a ring-fenced stream and the bank that funds it. */
    static final int STREAM = 3;
    static final int BANK = 2;
    /** Transfer codes: a receipt, a wages spend and an agency spend (as the budget codes them). */
    static final int RECEIPT = 1;
    static final int WAGES = 0x1001;
    static final int AGENCY = 0x1003;
    /** Each account's funding: £10 million, so 100,000 accounts stay within the ledger's lifetime volume. */
    static final long FUNDING = 1_000_000_000L;
    static final int TRANSFERS = 1_000_000;

    /** The accounts, opened and funded before the measurement. */
    @State(Scope.Thread)
    public static class Accounts {
        /** Number of ring-fenced accounts. */
        @Param({"1000", "10000", "100000"})
        public int accounts;

        Ledger ledger;
        Postings postings;
        long baseline;

        /** Opens and funds the accounts, then measures the heap in use. */
        @Setup(Level.Iteration)
        public void open() {
            postings = new Postings(accounts, 7);
            ledger = Ledger.create();
            AccountRequest stream = AccountRequest.of(STREAM, "stream", DAY).ringFencedFor(Set.of(WAGES, AGENCY));
            for (int i = 0; i < accounts; i++) {
                ledger.openAccount(stream);
            }
            int bank = ledger.openAccount(AccountRequest.of(BANK, "bank", DAY));
            for (int i = 0; i < accounts; i++) {
                ledger.transfer(Long.MAX_VALUE - i, bank, i, FUNDING, DAY, RECEIPT);
            }
            baseline = usedHeap();
        }
    }

    /** The measured bytes, reported per iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Retained {
        /** Bytes retained by the transfers of each iteration, summed by JMH. */
        public long retainedBytes;
        /** Transfers posted in each iteration, summed by JMH. */
        public long transfers;
    }

    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    /**
     * Posts {@value #TRANSFERS} transfers and measures the heap they retain.
     *
     * @param a the accounts
     * @param r the counter
     * @return the ledger, kept reachable until measured
     */
    @Benchmark
    public Ledger postAndMeasure(Accounts a, Retained r) {
        Postings p = a.postings;
        for (int n = 1; n <= TRANSFERS; n++) {
            int i = n & Postings.MASK;
            a.ledger.transfer(n, p.debits[i], p.credits[i], p.pence[i], DAY, WAGES);
        }
        long used = usedHeap();
        r.retainedBytes = used - a.baseline;
        r.transfers = TRANSFERS;
        if (a.ledger.size() < TRANSFERS) {
            throw new IllegalStateException("postings refused");
        }
        return a.ledger;
    }
}
