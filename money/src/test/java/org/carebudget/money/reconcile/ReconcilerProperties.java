package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.carebudget.core.money.Gbp;

/**
 * Invariants of reconciliation: matching is one to one and accounts for everything; a statement generated from the
 * ledger matches every line (to its own entry where references are given); shuffling changes nothing; importing a
 * file twice, or overlapping downloads, never counts a line twice.
 */
class ReconcilerProperties {

    private static final LocalDate DAY0 = LocalDate.of(2026, 4, 1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final MatchSettings SETTINGS = MatchSettings.defaults();
    private static final long[] AMOUNTS = {-450, -1000, -2500, -30000, 5000, 150000};
    private static final String[] NAMES = {"A JONES", "B GREEN", "CARE CO"};

    /** A ledger: entries with amounts from a small set (so amounts collide), some in batches, some pending. */
    @Provide
    Arbitrary<List<LedgerEntry>> ledgers() {
        Arbitrary<LedgerEntry> entry = Combinators.combine(Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, AMOUNTS.length), Arbitraries.integers().between(-1, 2),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(-999_99, 999_99))
                .as((day, amount, name, kind, free) -> {
                    long pence = amount == AMOUNTS.length ? (free == 0 ? 1 : free) : AMOUNTS[amount];
                    LedgerEntry e = LedgerEntry.of("x", DAY0.plusDays(day), Gbp.ofPence(pence))
                            .withCounterparty(name < 0 ? null : NAMES[name]);
                    return kind == 0 ? e.withSettlement(Settlement.PENDING) : kind == 1 ? e.withBatchId("b" + day)
                            : e;
                });
        return entry.list().ofMaxSize(120).map(ReconcilerProperties::numbered);
    }

    private static List<LedgerEntry> numbered(List<LedgerEntry> entries) {
        List<LedgerEntry> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry e = entries.get(i);
            LedgerEntry copy = LedgerEntry.of(String.format("e%03d", i), e.date(), e.amount())
                    .withCounterparty(e.counterparty()).withSettlement(e.settlement()).withBatchId(e.batchId());
            result.add(copy);
        }
        return result;
    }

    /** The units a statement would show: one per unbatched entry, one per batch for its total. */
    private static List<List<LedgerEntry>> units(List<LedgerEntry> entries) {
        Map<String, List<LedgerEntry>> batches = new LinkedHashMap<>();
        List<List<LedgerEntry>> units = new ArrayList<>();
        for (LedgerEntry e : entries) {
            if (e.batchId() == null) {
                units.add(List.of(e));
            } else {
                batches.computeIfAbsent(e.batchId(), b -> new ArrayList<>()).add(e);
            }
        }
        units.addAll(batches.values());
        return units;
    }

    private static LocalDate latest(List<LedgerEntry> unit) {
        return unit.stream().map(LedgerEntry::date).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static long total(List<LedgerEntry> unit) {
        return unit.stream().mapToLong(e -> e.amount().pence()).sum();
    }

    /** A messy statement: most units appear, shifted by up to a week either way, plus lines the ledger lacks. */
    private static List<StatementLine> messyStatement(List<LedgerEntry> entries, long seed) {
        Random random = new Random(seed);
        List<StatementLine> lines = new ArrayList<>();
        for (List<LedgerEntry> unit : units(entries)) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            int shift = random.nextInt(15) - 7;
            String name = unit.get(0).counterparty();
            lines.add(StatementLine.of(latest(unit).plusDays(shift), Gbp.ofPence(total(unit)),
                    random.nextBoolean() && name != null ? name + " PAYMENT" : "PAYMENT")
                    .withSettlement(unit.get(0).settlement()));
        }
        for (int k = random.nextInt(4); k > 0; k--) {
            lines.add(StatementLine.of(DAY0.plusDays(random.nextInt(40)), Gbp.ofPence(AMOUNTS[random.nextInt(3)]),
                    "PAYMENT"));
        }
        Collections.shuffle(lines, random);
        return BankStatement.of(lines).lines();
    }

    private static ReconciliationReport reconcile(ReconciliationInput input) {
        ReconciliationReport report = Reconciler.of(SETTINGS).reconcile(input);
        ReportInvariants.check(input, report, SETTINGS);
        return report;
    }

    @Property
    void givenAnyStatementAndLedger_thenMatchingIsOneToOneAndAccountsForEverything(
            @ForAll("ledgers") List<LedgerEntry> entries, @ForAll long seed) {
        List<StatementLine> lines = messyStatement(entries, seed);

        reconcile(ReconciliationInput.of(lines, List.of(), entries, AS_OF));
    }

    @Property
    void givenShuffledStatementLinesAndEntries_thenNoMatchChanges(@ForAll("ledgers") List<LedgerEntry> entries,
            @ForAll long seed) {
        List<StatementLine> lines = messyStatement(entries, seed);
        ReconciliationReport report = reconcile(ReconciliationInput.of(lines, List.of(), entries, AS_OF));
        List<StatementLine> shuffledLines = new ArrayList<>(lines);
        List<LedgerEntry> shuffledEntries = new ArrayList<>(entries);
        Collections.shuffle(shuffledLines, new Random(seed + 1));
        Collections.shuffle(shuffledEntries, new Random(seed + 2));

        ReconciliationReport shuffled = reconcile(ReconciliationInput.of(shuffledLines, List.of(), shuffledEntries,
                AS_OF));

        assertEquals(report, shuffled);
    }

    @Property
    void givenAStatementGeneratedFromTheLedgerWithReferences_thenEveryLineMatchesItsOwnEntry(
            @ForAll("ledgers") List<LedgerEntry> ledger, @ForAll long seed) {
        Random random = new Random(seed);
        List<LedgerEntry> entries = new ArrayList<>();
        for (LedgerEntry e : ledger) {
            entries.add(e.withReference(e.batchId() != null ? "BATCH-" + e.batchId() : "REF" + e.id()));
        }
        List<StatementLine> lines = new ArrayList<>();
        Map<StatementLine, List<LedgerEntry>> source = new HashMap<>();
        for (List<LedgerEntry> unit : units(entries)) {
            StatementLine line = StatementLine.of(latest(unit).plusDays(random.nextInt(9) - 3),
                    Gbp.ofPence(total(unit)), "PAYMENT").withReference(unit.get(0).reference())
                    .withSettlement(unit.get(0).settlement());
            lines.add(line);
            source.put(line, unit);
        }
        Collections.shuffle(lines, random);

        ReconciliationReport report = reconcile(ReconciliationInput.of(BankStatement.of(lines), entries, AS_OF));

        assertEquals(lines.size(), report.matches().size(), report::toString);
        for (Match match : report.matches()) {
            assertEquals(MatchBasis.REFERENCE, match.basis());
            List<String> expected = source.get(match.line()).stream().map(LedgerEntry::id).sorted().toList();
            assertEquals(expected, match.entries().stream().map(LedgerEntry::id).toList());
        }
    }

    @Property
    void givenAStatementGeneratedFromTheLedgerOnTheSameDates_thenEveryLineMatchesAndEveryBalanceHolds(
            @ForAll("ledgers") List<LedgerEntry> ledger, @ForAll @IntRange(min = -100_000, max = 100_000) int opening) {
        List<List<LedgerEntry>> units = units(ledger);
        units.sort(Comparator.comparing(ReconcilerProperties::latest));
        List<StatementLine> lines = new ArrayList<>();
        long balance = opening;
        for (List<LedgerEntry> unit : units) {
            boolean settled = unit.get(0).settlement() == Settlement.SETTLED;
            balance += settled ? total(unit) : 0;
            StatementLine line = StatementLine.of(latest(unit), Gbp.ofPence(total(unit)), "PAYMENT")
                    .withSettlement(unit.get(0).settlement());
            lines.add(settled ? line.withBalance(Gbp.ofPence(balance)) : line);
        }
        ReconciliationInput input = ReconciliationInput.of(BankStatement.of(lines), ledger, AS_OF)
                .withOpening(DAY0, Gbp.ofPence(opening));

        ReconciliationReport report = reconcile(input);

        assertEquals(lines.size(), report.matches().size(), report::toString);
        for (BalanceCheck check : report.balanceChecks()) {
            assertTrue(check.holds(), check::toString);
        }
        assertTrue(report.isReconciled(), report::toString);
    }

    private static final String[] TEXTS = {"COFFEE", "TAXI", "PA WAGES"};

    /** Statement rows in HSBC's shape (date, description, amount), with many identical rows. */
    @Provide
    Arbitrary<List<String>> rows() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.integers().between(0, 2),
                Arbitraries.of(-450L, -900L, 12000L))
                .as((day, text, pence) -> String.format("%02d/04/2026,%s,%s", day, TEXTS[text],
                        Gbp.ofPence(pence).toPounds().toPlainString()))
                .list().ofMinSize(1).ofMaxSize(30);
    }

    @Property
    void givenAFileImportedTwice_thenTheSecondImportAddsNothing(@ForAll("rows") List<String> rows) {
        BankStatement statement = StatementProfiles.HSBC.read(String.join("\n", rows));
        ImportOutcome first = StatementHistory.empty("acct").add(statement);

        ImportOutcome second = first.history().add(StatementProfiles.HSBC.read(String.join("\n", rows)));

        assertEquals(rows.size(), first.added().size());
        assertEquals(List.of(), second.added());
        assertEquals(rows.size(), second.alreadyImported().size());
        assertEquals(first.history(), second.history());
    }

    /** The older download may end part-way through a day; the newer starts at the beginning of a day, as banks do. */
    @Property
    void givenOverlappingDownloads_thenEveryLineIsHeldExactlyOnce(@ForAll("rows") List<String> rows,
            @ForAll @IntRange(min = 0, max = 30) int cut, @ForAll @IntRange(min = 0, max = 30) int overlap) {
        List<String> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((String r) -> r.substring(0, 2)));
        int end = Math.min(cut, sorted.size());
        int start = Math.min(Math.max(0, end - overlap), sorted.size() - 1);
        while (start > 0 && sorted.get(start - 1).substring(0, 2).equals(sorted.get(start).substring(0, 2))) {
            start--; // a download covers whole days from its first date; only the older one may end part-way
        }
        List<String> older = sorted.subList(0, end);
        List<String> newer = sorted.subList(start, sorted.size());
        StatementHistory history = StatementHistory.empty("acct");
        if (!older.isEmpty()) {
            history = history.add(StatementProfiles.HSBC.read(String.join("\n", reversed(older)))).history();
        }

        ImportOutcome outcome = history.add(StatementProfiles.HSBC.read(String.join("\n", reversed(newer))));

        assertEquals(rows.size(), outcome.history().size());
        assertEquals(newer.size(), outcome.added().size() + outcome.alreadyImported().size());
    }

    /** HSBC files are newest first. */
    private static List<String> reversed(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        Collections.reverse(copy);
        return copy;
    }
}
