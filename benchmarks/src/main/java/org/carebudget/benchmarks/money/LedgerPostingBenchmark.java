package org.carebudget.benchmarks.money;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.ledger.AccountRequest;
import org.carebudget.money.ledger.Ledger;
import org.carebudget.money.ledger.TransferResult;
import org.javamoney.moneta.Money;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * Postings per second: the ledger engine ({@code long} pence, primitive columns, open-addressing id index; every
 * posting checks its id for idempotency, the ring-fence category and the balance limit) against the same postings
 * with Moneta {@code Money} balances, in the same run, at 1k, 10k and 100k ring-fenced accounts. The 2-thread
 * variants give each thread its own ledger (a shard of accounts, as {@code LedgerRegistry} gives each care package
 * its own ledger), so they measure how posting to different accounts scales across cores. Ledgers are rebuilt
 * every iteration so the journal does not grow without bound, and both are sized up front for
 * {@value #EXPECTED_TRANSFERS} transfers (more than an iteration posts), as a ledger is sized for its expected
 * volume, so that the score is the posting itself; growing from empty is measured by {@link LedgerMemoryBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class LedgerPostingBenchmark {

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
    static final int EXPECTED_TRANSFERS = 1 << 24;

    /** One thread's engine ledger and its postings. */
    @State(Scope.Thread)
    public static class EngineState {
        /** Number of ring-fenced accounts. */
        @Param({"1000", "10000", "100000"})
        public int accounts;

        Ledger ledger;
        Postings postings;
        long nextId;

        /** Opens the accounts and funds each from a bank account. */
        @Setup(Level.Iteration)
        public void open() {
            postings = new Postings(accounts, 42);
            ledger = Ledger.create(accounts + 1, EXPECTED_TRANSFERS);
            AccountRequest stream = AccountRequest.of(STREAM, "stream", DAY).ringFencedFor(Set.of(WAGES, AGENCY));
            for (int i = 0; i < accounts; i++) {
                ledger.openAccount(stream);
            }
            int bank = ledger.openAccount(AccountRequest.of(BANK, "bank", DAY));
            nextId = 1;
            for (int i = 0; i < accounts; i++) {
                ledger.transfer(nextId++, bank, i, FUNDING, DAY, RECEIPT);
            }
        }
    }

    /** One thread's Moneta baseline ledger and its postings. */
    @State(Scope.Thread)
    public static class MonetaState {
        /** Number of accounts. */
        @Param({"1000", "10000", "100000"})
        public int accounts;

        MonetaLedger ledger;
        Postings postings;
        Money[] amounts;
        long nextId;

        /** Opens the accounts, each funded, and converts the amounts to {@code Money} once. */
        @Setup(Level.Iteration)
        public void open() {
            postings = new Postings(accounts, 42);
            ledger = new MonetaLedger(accounts, Money.of(10_000_000_000L, "GBP"), EXPECTED_TRANSFERS);
            amounts = new Money[Postings.SIZE];
            for (int i = 0; i < Postings.SIZE; i++) {
                amounts[i] = Money.ofMinor(javax.money.Monetary.getCurrency("GBP"), postings.pence[i]);
            }
            nextId = 1;
        }
    }

    private static TransferResult post(EngineState s) {
        int i = (int) s.nextId & Postings.MASK;
        return s.ledger.transfer(s.nextId++, s.postings.debits[i], s.postings.credits[i], s.postings.pence[i], DAY,
                WAGES);
    }

    private static int post(MonetaState s) {
        int i = (int) s.nextId & Postings.MASK;
        return s.ledger.transfer(s.nextId++, s.postings.debits[i], s.postings.credits[i], s.amounts[i], DAY,
                SpendCategory.PA_WAGES);
    }

    /**
     * One posting on the engine, one thread.
     *
     * @param s the thread's ledger
     * @return the result, consumed by JMH
     */
    @Benchmark
    @Threads(1)
    public TransferResult engine1Thread(EngineState s) {
        return post(s);
    }

    /**
     * One posting on the engine, two threads each with its own ledger.
     *
     * @param s the thread's ledger
     * @return the result, consumed by JMH
     */
    @Benchmark
    @Threads(2)
    public TransferResult engine2Threads(EngineState s) {
        return post(s);
    }

    /**
     * The same posting with Moneta {@code Money}, one thread.
     *
     * @param s the thread's ledger
     * @return the result, consumed by JMH
     */
    @Benchmark
    @Threads(1)
    public int moneta1Thread(MonetaState s) {
        return post(s);
    }

    /**
     * The same posting with Moneta {@code Money}, two threads each with its own ledger.
     *
     * @param s the thread's ledger
     * @return the result, consumed by JMH
     */
    @Benchmark
    @Threads(2)
    public int moneta2Threads(MonetaState s) {
        return post(s);
    }
}
