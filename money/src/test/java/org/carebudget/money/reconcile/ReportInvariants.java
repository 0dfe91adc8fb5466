package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The invariants of a reconciliation report, checked by every test of the reconciler: every line and every entry is
 * accounted for exactly once (matched, ambiguous or unmatched); matching is one to one and never splits a batch; a
 * match's amounts agree, its settlements agree and its dates lie within the window; every candidate belongs to its
 * group; every balance check adds up.
 */
final class ReportInvariants {

    private ReportInvariants() {
    }

    static void check(ReconciliationInput input, ReconciliationReport report, MatchSettings settings) {
        Map<StatementLine, Integer> lineSeen = new HashMap<>();
        Map<String, Integer> entrySeen = new HashMap<>();
        for (Match match : report.matches()) {
            lineSeen.merge(match.line(), 1, Integer::sum);
            long total = 0;
            LocalDate latest = LocalDate.MIN;
            for (LedgerEntry entry : match.entries()) {
                entrySeen.merge(entry.id(), 1, Integer::sum);
                total += entry.amount().pence();
                latest = entry.date().isAfter(latest) ? entry.date() : latest;
                assertEquals(match.line().settlement(), entry.settlement(), "settlements agree in " + match);
            }
            assertEquals(match.line().amount().pence(), total, "amounts agree in " + match);
            assertEquals(match.line().date().toEpochDay() - latest.toEpochDay(), match.daysApart(), match::toString);
            assertTrue(match.score() > 0, match::toString);
            if (match.basis() == MatchBasis.AMOUNT_AND_DATE) {
                assertTrue(match.daysApart() >= -settings.daysBefore() && match.daysApart() <= settings.daysAfter(),
                        "within the window: " + match);
            } else {
                assertTrue(Math.abs(match.daysApart()) <= settings.referenceDays(), match::toString);
            }
            String batch = match.entries().get(0).batchId();
            for (LedgerEntry entry : match.entries()) {
                assertEquals(batch, entry.batchId(), "one batch per match: " + match);
            }
        }
        for (Ambiguity ambiguity : report.ambiguities()) {
            assertFalse(ambiguity.lines().isEmpty() && ambiguity.entries().isEmpty(), ambiguity::toString);
            ambiguity.lines().forEach(l -> lineSeen.merge(l, 1, Integer::sum));
            ambiguity.entries().forEach(e -> entrySeen.merge(e.id(), 1, Integer::sum));
            for (Candidate candidate : ambiguity.candidates()) {
                assertTrue(ambiguity.lines().contains(candidate.line()), candidate::toString);
                assertTrue(ambiguity.entries().containsAll(candidate.entries()), candidate::toString);
                assertTrue(candidate.score() > 0, candidate::toString);
            }
        }
        report.unmatchedLines().forEach(u -> lineSeen.merge(u.line(), 1, Integer::sum));
        report.unmatchedEntries().forEach(u -> u.entries().forEach(e -> entrySeen.merge(e.id(), 1, Integer::sum)));
        assertEquals(input.lines().size(), lineSeen.size(), "every line accounted for");
        for (StatementLine line : input.lines()) {
            assertEquals(1, lineSeen.getOrDefault(line, 0), "exactly once: " + line);
        }
        assertEquals(input.entries().size(), entrySeen.size(), "every entry accounted for");
        for (LedgerEntry entry : input.entries()) {
            assertEquals(1, entrySeen.getOrDefault(entry.id(), 0), "exactly once: " + entry);
        }
        for (BalanceCheck check : report.balanceChecks()) {
            LocalDate cut = check.assertion().cutOff();
            long ledger = Objects.requireNonNull(input.openingBalance()).pence();
            for (LedgerEntry entry : input.entries()) {
                if (entry.settlement() == Settlement.SETTLED && entry.date().isBefore(cut)) {
                    ledger += entry.amount().pence();
                }
            }
            assertEquals(ledger, check.ledgerBalance().pence(), check::toString);
            assertEquals(check.statementBalance().pence() - ledger, check.difference().pence(), check::toString);
            long explained = 0;
            for (StatementLine line : check.linesNotInLedger()) {
                assertTrue(line.date().isBefore(cut), line::toString);
                explained += line.amount().pence();
            }
            for (LedgerEntry entry : check.entriesNotOnStatement()) {
                assertTrue(entry.date().isBefore(cut), entry::toString);
                explained -= entry.amount().pence();
            }
            for (Match match : check.timing()) {
                explained += match.line().date().isBefore(cut) ? match.line().amount().pence() : 0;
                for (LedgerEntry entry : match.entries()) {
                    explained -= entry.date().isBefore(cut) ? entry.amount().pence() : 0;
                }
            }
            assertEquals(explained, check.explained().pence(), check::toString);
            assertEquals(check.difference().pence() - explained, check.unexplained().pence(), check::toString);
        }
        if (report.isReconciled()) {
            assertEquals(input.asOf(), report.lastReconciled());
            assertTrue(report.findings().isEmpty());
            for (UnmatchedLine unmatched : report.unmatchedLines()) {
                assertEquals(Settlement.PENDING, unmatched.line().settlement(), unmatched::toString);
            }
        }
        assertEquals(report.unmatchedLines().size(), List.copyOf(report.unmatchedLines()).size());
    }
}
