package org.carebudget.benchmarks.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.reconcile.BankStatement;
import org.carebudget.money.reconcile.LedgerEntry;
import org.carebudget.money.reconcile.Reconciler;
import org.carebudget.money.reconcile.ReconciliationInput;
import org.carebudget.money.reconcile.ReconciliationReport;
import org.carebudget.money.reconcile.StatementLine;
import org.carebudget.money.reconcile.StatementProfiles;
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
 * Reconciling a statement of 10k, 100k or 1M lines against a ledger of as many entries, and importing the statement
 * from CSV (Starling's shape, with running balances), separately. The data is a managed account's three years:
 * amounts from -£1,000 to +£1,000 (so equal amounts recur), each line dated 2 days before to 3 days after its entry,
 * a tenth carrying the entry's reference, a fifth naming the counterparty, one in a hundred entries paid in a batch
 * of three as one line, and 2% of lines missing from the ledger. {@code greedyByAmount} is the baseline most tools
 * use (hledger's and beancount-import's approach): an index by amount, and for each line in file order the nearest
 * unused entry within the window; it is neither optimal nor checked for ties.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class ReconcileBenchmark {

    private static final LocalDate START = LocalDate.of(2024, 4, 1);
    private static final int DAYS = 3 * 365;
    private static final String[] NAMES = {"A JONES", "B GREEN", "C PATEL", "D O'NEILL", "CARE AGENCY LTD"};

    /** Statement lines, and ledger entries. */
    @Param({"10000", "100000", "1000000"})
    public int lines;

    private List<LedgerEntry> entries;
    private BankStatement statement;
    private String csv;
    private LocalDate asOf;

    /** Builds the ledger, the statement and its CSV text, deterministically. */
    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(42);
        entries = new ArrayList<>(lines);
        List<StatementLine> statementLines = new ArrayList<>(lines);
        int id = 0;
        while (statementLines.size() < lines) {
            int day = random.nextInt(DAYS);
            long pence = random.nextInt(200_001) - 100_000;
            if (pence == 0) {
                continue;
            }
            String name = NAMES[random.nextInt(NAMES.length)];
            int shift = random.nextInt(6) - 2;
            if (random.nextInt(100) == 0) {
                long total = 0;
                String batch = "run-" + id;
                for (int k = 0; k < 3; k++) {
                    long part = -(random.nextInt(50_000) + 1);
                    total += part;
                    entries.add(LedgerEntry.of("e" + id++, START.plusDays(day), Gbp.ofPence(part)).withBatchId(batch));
                }
                statementLines.add(StatementLine.of(START.plusDays(day + shift), Gbp.ofPence(total), "PAYROLL"));
                continue;
            }
            String reference = random.nextInt(10) == 0 ? "REF" + id : null;
            LedgerEntry entry = LedgerEntry.of("e" + id++, START.plusDays(day), Gbp.ofPence(pence))
                    .withReference(reference).withCounterparty(random.nextInt(5) == 0 ? name : null);
            if (random.nextInt(50) != 0) {
                entries.add(entry);
            }
            statementLines.add(StatementLine.of(START.plusDays(day + shift), Gbp.ofPence(pence),
                    random.nextInt(5) == 0 ? name + " FPS" : "CARD PAYMENT").withReference(reference));
        }
        statementLines.sort((a, b) -> a.date().compareTo(b.date()));
        List<StatementLine> withBalances = new ArrayList<>(lines);
        StringBuilder text = new StringBuilder(lines * 80);
        text.append("Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes\n");
        long balance = 0;
        for (StatementLine line : statementLines) {
            balance += line.amount().pence();
            withBalances.add(line.withBalance(Gbp.ofPence(balance)));
            LocalDate d = line.date();
            twoDigits(text, d.getDayOfMonth()).append('/');
            twoDigits(text, d.getMonthValue()).append('/').append(d.getYear()).append(',')
                    .append(line.description()).append(',').append(line.reference() == null ? "" : line.reference())
                    .append(",FASTER PAYMENT,").append(line.amount().toPounds().toPlainString()).append(',')
                    .append(Gbp.ofPence(balance).toPounds().toPlainString()).append(",PAYMENTS,\n");
        }
        statement = BankStatement.of(withBalances);
        csv = text.toString();
        asOf = START.plusDays(DAYS + 10);
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /**
     * Reconciles the statement with the ledger: input checks, blocking, optimal assignment of each group of
     * competing candidates with its uniqueness check, reasons for the unmatched, and one balance check per day.
     *
     * @return the report
     */
    @Benchmark
    public ReconciliationReport reconcile() {
        return Reconciler.defaults().reconcile(ReconciliationInput.of(statement, entries, asOf)
                .withOpening(START, Gbp.ZERO));
    }

    /**
     * Reads the statement's CSV through the Starling profile (FastCSV), all or nothing.
     *
     * @return the statement
     */
    @Benchmark
    public BankStatement importCsv() {
        return StatementProfiles.STARLING.read(csv);
    }

    /**
     * The baseline: each line in file order takes the nearest unused ledger entry of its amount within the window.
     *
     * @return the number of lines matched
     */
    @Benchmark
    public int greedyByAmount() {
        Map<Long, List<LedgerEntry>> byAmount = new HashMap<>();
        for (LedgerEntry entry : entries) {
            byAmount.computeIfAbsent(entry.amount().pence(), k -> new ArrayList<>()).add(entry);
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        int matched = 0;
        for (StatementLine line : statement.lines()) {
            List<LedgerEntry> candidates = byAmount.get(line.amount().pence());
            if (candidates == null) {
                continue;
            }
            LedgerEntry best = null;
            long bestDistance = Long.MAX_VALUE;
            for (LedgerEntry candidate : candidates) {
                long distance = line.date().toEpochDay() - candidate.date().toEpochDay();
                if (distance >= -3 && distance <= 5 && Math.abs(distance) < bestDistance
                        && !used.contains(candidate.id())) {
                    best = candidate;
                    bestDistance = Math.abs(distance);
                }
            }
            if (best != null) {
                used.add(best.id());
                matched++;
            }
        }
        return matched;
    }
}
