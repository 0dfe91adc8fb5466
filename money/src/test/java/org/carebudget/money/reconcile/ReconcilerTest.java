package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.junit.jupiter.api.Test;

/** Matching, balance checks and the stale-account rule, each given a hand-built statement and ledger. */
class ReconcilerTest {

    private static final LocalDate DAY0 = LocalDate.of(2026, 4, 1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 1);
    private static final MatchSettings SETTINGS = MatchSettings.defaults();

    private static StatementLine line(int day, long pence, String description) {
        return StatementLine.of(DAY0.plusDays(day), Gbp.ofPence(pence), description);
    }

    private static LedgerEntry entry(String id, int day, long pence) {
        return LedgerEntry.of(id, DAY0.plusDays(day), Gbp.ofPence(pence));
    }

    private static ReconciliationReport reconcile(List<StatementLine> lines, List<LedgerEntry> entries) {
        return reconcile(ReconciliationInput.of(BankStatement.of(lines), entries, AS_OF), SETTINGS);
    }

    private static ReconciliationReport reconcile(ReconciliationInput input, MatchSettings settings) {
        ReconciliationReport report = Reconciler.of(settings).reconcile(input);
        ReportInvariants.check(input, report, settings);
        return report;
    }

    private static List<String> ids(Match match) {
        return match.entries().stream().map(LedgerEntry::id).toList();
    }

    @Test
    void givenALineCarryingTheEntrysReference_thenItMatchesByReferenceBeyondTheAmountWindow() {
        List<StatementLine> lines = List.of(line(12, -41200, "FASTER PAYMENT").withReference("PA-0426-JD"));
        List<LedgerEntry> entries = List.of(entry("t1", 0, -41200).withReference("pa 0426 jd"));

        ReconciliationReport report = reconcile(lines, entries);

        assertEquals(1, report.matches().size());
        Match match = report.matches().get(0);
        assertEquals(MatchBasis.REFERENCE, match.basis());
        assertEquals(12, match.daysApart());
        assertEquals(MatchSettings.REFERENCE_SCORE + 32 - 12, match.score());
    }

    @Test
    void givenAReferenceInsideTheDescription_thenItCountsAsTheReference() {
        List<StatementLine> lines = List.of(line(1, -9000, "SMITH J REF INV20417 FPO"));
        List<LedgerEntry> entries = List.of(entry("t1", 0, -9000).withReference("INV-20417"),
                entry("t2", 1, -9000));

        ReconciliationReport report = reconcile(lines, entries);

        assertEquals(List.of("t1"), ids(report.matches().get(0)));
        assertEquals(MatchBasis.REFERENCE, report.matches().get(0).basis());
        assertEquals(UnmatchedReason.CANDIDATES_TAKEN, report.unmatchedEntries().get(0).reason());
    }

    @Test
    void givenOneLineAndOneEntryOfTheSameAmountWithinTheWindow_thenTheyMatchOnAmountAndDate() {
        ReconciliationReport report = reconcile(List.of(line(2, -2310, "TESCO")), List.of(entry("t1", 0, -2310)));

        Match match = report.matches().get(0);
        assertEquals(MatchBasis.AMOUNT_AND_DATE, match.basis());
        assertEquals(2, match.daysApart());
        assertEquals(30, match.score());
        assertTrue(report.isReconciled());
    }

    @Test
    void givenTheCounterpartyInTheDescription_thenItOutscoresACloserDate() {
        List<StatementLine> lines = List.of(line(2, -30000, "A JONES WAGES"));
        List<LedgerEntry> entries = List.of(entry("near", 2, -30000).withCounterparty("B Green"),
                entry("named", 0, -30000).withCounterparty("A. Jones"));

        ReconciliationReport report = reconcile(lines, entries);

        assertEquals(List.of("named"), ids(report.matches().get(0)));
        assertEquals(MatchSettings.COUNTERPARTY_SCORE + 30, report.matches().get(0).score());
    }

    @Test
    void givenTheSameAmountTwelveDaysApart_thenBothAreUnmatchedOutsideTheWindowWithTheDaysNamed() {
        ReconciliationReport report = reconcile(List.of(line(0, 999, "OTHER"), line(12, -500, "X")),
                List.of(entry("t1", 0, -500)));

        UnmatchedLine unmatched = report.unmatchedLines().get(1);
        assertEquals(UnmatchedReason.OUTSIDE_DATE_WINDOW, unmatched.reason());
        assertEquals("t1", unmatched.relatedEntryId());
        assertEquals(12, unmatched.daysApart());
        assertEquals(UnmatchedReason.OUTSIDE_DATE_WINDOW, report.unmatchedEntries().get(0).reason());
        assertEquals(12, report.unmatchedEntries().get(0).daysApart());
        assertFalse(report.isReconciled());
    }

    @Test
    void givenNoEntryOfTheAmount_thenTheLineHasNoSameAmount() {
        ReconciliationReport report = reconcile(List.of(line(0, -500, "X")), List.of(entry("t1", 0, -501)));

        assertEquals(UnmatchedReason.NO_SAME_AMOUNT, report.unmatchedLines().get(0).reason());
        assertNull(report.unmatchedLines().get(0).relatedEntryId());
    }

    @Test
    void givenOneLineBetweenTwoDifferentEntriesEquallyNear_thenItIsAmbiguousWithBothScores() {
        List<StatementLine> lines = List.of(line(1, -4500, "CARD PAYMENT"));
        List<LedgerEntry> entries = List.of(entry("before", 0, -4500), entry("after", 2, -4500));

        ReconciliationReport report = reconcile(lines, entries);

        assertEquals(List.of(), report.matches());
        Ambiguity ambiguity = report.ambiguities().get(0);
        assertEquals(Ambiguity.Reason.TIED, ambiguity.reason());
        assertEquals(2, ambiguity.candidates().size());
        assertEquals(List.of(31L, 31L), ambiguity.candidates().stream().map(Candidate::score).toList());
        assertEquals(List.of("after", "before"), ambiguity.entries().stream().map(LedgerEntry::id).sorted().toList());
    }

    @Test
    void givenTwoLinesThatCouldSwapBetweenDifferentEntries_thenTheGroupIsAmbiguous() {
        List<StatementLine> lines = List.of(line(1, -4500, "SHOP ONE"), line(1, -4500, "SHOP TWO"));
        List<LedgerEntry> entries = List.of(entry("e1", 1, -4500).withCounterparty("Grocer"),
                entry("e2", 1, -4500).withCounterparty("Chemist"));

        ReconciliationReport report = reconcile(lines, entries);

        assertEquals(List.of(), report.matches());
        assertEquals(4, report.ambiguities().get(0).candidates().size());
    }

    @Test
    void givenTwoIdenticalLinesAndTwoIdenticalEntries_thenBothAreConfirmedAsInterchangeable() {
        List<StatementLine> lines = List.of(line(3, -450, "COFFEE"), line(3, -450, "COFFEE"));
        List<LedgerEntry> entries = List.of(entry("c2", 3, -450), entry("c1", 3, -450));

        ReconciliationReport report = reconcile(lines, entries);

        assertEquals(2, report.matches().size());
        assertTrue(report.matches().stream().allMatch(Match::interchangeable));
        assertEquals(List.of(0, 1), report.matches().stream().map(m -> m.line().occurrence()).toList());
        assertEquals(List.of("c1", "c2"), report.matches().stream().map(m -> ids(m).get(0)).toList());
        assertTrue(report.isReconciled());
    }

    @Test
    void givenTwoIdenticalLinesAndTwoDifferentEntries_thenWhichLineTakesWhichChangesNothingAndBothAreConfirmed() {
        List<StatementLine> lines = List.of(line(1, -4500, "PAYMENT"), line(1, -4500, "PAYMENT"));
        List<LedgerEntry> entries = List.of(entry("e2", 1, -4500).withCounterparty("Grocer"),
                entry("e1", 1, -4500).withCounterparty("Chemist"));

        ReconciliationReport report = reconcile(lines, entries);

        assertEquals(List.of("e1", "e2"), report.matches().stream().map(m -> ids(m).get(0)).toList());
        assertTrue(report.matches().stream().allMatch(Match::interchangeable));
    }

    @Test
    void givenAPairingThatGreedyMatchingWouldGetWrong_thenTheGlobalOptimumIsConfirmed() {
        // greedy takes the best pair L1-E1 (score 32) and leaves L2 with nothing; the optimum pairs both (28 + 28)
        List<StatementLine> lines = List.of(line(10, -7000, "L1"), line(14, -7000, "L2"));
        List<LedgerEntry> entries = List.of(entry("E1", 10, -7000), entry("E2", 6, -7000));

        ReconciliationReport report = reconcile(lines, entries);

        assertEquals(2, report.matches().size());
        assertEquals(List.of("E2"), ids(report.matches().get(0)));
        assertEquals("L1", report.matches().get(0).line().description());
        assertEquals(List.of("E1"), ids(report.matches().get(1)));
        assertEquals(List.of(), report.ambiguities());
    }

    @Test
    void givenAPayrollBatchPaidAsOneLine_thenTheLineMatchesEveryEntryOfTheBatch() {
        List<StatementLine> lines = List.of(line(5, -123456, "PAYROLL BUREAU"));
        List<LedgerEntry> entries = List.of(entry("pay-a", 4, -60000).withBatchId("run-4"),
                entry("pay-b", 4, -50000).withBatchId("run-4"), entry("pay-c", 5, -13456).withBatchId("run-4"),
                entry("other", 5, -60000));

        ReconciliationReport report = reconcile(lines, entries);

        Match match = report.matches().get(0);
        assertEquals(List.of("pay-a", "pay-b", "pay-c"), ids(match));
        assertEquals(0, match.daysApart());
        assertEquals(1, report.unmatchedEntries().size());
        assertEquals("other", report.unmatchedEntries().get(0).entries().get(0).id());
    }

    @Test
    void givenPendingAuthorisationsAndHeldSpends_thenPendingMatchesPendingOnly() {
        List<StatementLine> lines = List.of(line(1, -2000, "GROCER").withSettlement(Settlement.PENDING),
                line(1, -1500, "TAXI"));
        List<LedgerEntry> entries = List.of(entry("held", 1, -2000).withSettlement(Settlement.PENDING),
                entry("taxi", 1, -1500).withSettlement(Settlement.PENDING));

        ReconciliationReport report = reconcile(lines, entries);

        assertEquals(List.of("held"), ids(report.matches().get(0)));
        assertEquals(Settlement.PENDING, report.matches().get(0).line().settlement());
        UnmatchedLine taxi = report.unmatchedLines().get(0);
        assertEquals(UnmatchedReason.SETTLEMENT_DIFFERS, taxi.reason());
        assertEquals("taxi", taxi.relatedEntryId());
    }

    @Test
    void givenTheEntrysReferenceWithAnotherAmount_thenTheLineShowsTheDifference() {
        List<StatementLine> lines = List.of(line(1, -10250, "INSURER").withReference("POLICY77"));
        List<LedgerEntry> entries = List.of(entry("ins", 0, -10000).withReference("POLICY77"));

        ReconciliationReport report = reconcile(lines, entries);

        UnmatchedLine unmatched = report.unmatchedLines().get(0);
        assertEquals(UnmatchedReason.REFERENCE_AMOUNT_DIFFERS, unmatched.reason());
        assertEquals(Gbp.ofPence(-250), unmatched.difference());
        assertEquals(UnmatchedReason.REFERENCE_AMOUNT_DIFFERS, report.unmatchedEntries().get(0).reason());
    }

    @Test
    void givenTwoLinesForOneEntry_thenTheReferenceLineWinsAndTheOtherLostItsCandidate() {
        List<StatementLine> lines = List.of(line(0, -800, "REFUND").withReference("R-9"), line(0, -800, "SHOP"));
        List<LedgerEntry> entries = List.of(entry("r9", 0, -800).withReference("R-9"));

        ReconciliationReport report = reconcile(lines, entries);

        assertEquals("REFUND", report.matches().get(0).line().description());
        UnmatchedLine shop = report.unmatchedLines().get(0);
        assertEquals(UnmatchedReason.CANDIDATES_TAKEN, shop.reason());
        assertEquals("r9", shop.relatedEntryId());
    }

    @Test
    void givenAnEntryBeforeTheStatementsFirstLine_thenItIsOutsideTheStatement() {
        ReconciliationReport report = reconcile(List.of(line(20, 100, "X")),
                List.of(entry("x", 20, 100), entry("earlier", 0, -300)));

        assertEquals(UnmatchedReason.BEFORE_STATEMENT, report.unmatchedEntries().get(0).reason());
    }

    @Test
    void givenAnEntryAfterTheStatementsLastLine_thenItIsNotOnTheStatementYet() {
        ReconciliationReport report = reconcile(List.of(line(0, 100, "X")),
                List.of(entry("x", 0, 100), entry("later", 20, -300)));

        assertEquals(UnmatchedReason.AFTER_STATEMENT, report.unmatchedEntries().get(0).reason());
        assertTrue(report.isReconciled(), "outstanding ledger entries do not stop a reconciliation");
    }

    @Test
    void givenMoreCompetingLinesThanTheLimit_thenTheGroupIsAmbiguousNotGuessed() {
        MatchSettings settings = SETTINGS.withMaxCandidates(2);
        List<StatementLine> lines = List.of(line(0, -100, "A"), line(1, -100, "B"), line(2, -100, "C"));
        List<LedgerEntry> entries = List.of(entry("e1", 0, -100), entry("e2", 1, -100), entry("e3", 2, -100));

        ReconciliationReport report = reconcile(ReconciliationInput.of(BankStatement.of(lines), entries, AS_OF),
                settings);

        assertEquals(Ambiguity.Reason.TOO_MANY_CANDIDATES, report.ambiguities().get(0).reason());
        assertEquals(List.of(), report.matches());
    }

    private static List<StatementLine> withBalances(long opening, List<StatementLine> lines) {
        List<StatementLine> result = new ArrayList<>();
        long balance = opening;
        for (StatementLine line : lines) {
            balance += line.amount().pence();
            result.add(line.withBalance(Gbp.ofPence(balance)));
        }
        return result;
    }

    @Test
    void givenAStatementThatAgreesWithTheLedger_thenEveryBalanceCheckHolds() {
        List<StatementLine> lines = withBalances(10000, List.of(line(0, 150000, "DP"), line(2, -30000, "PA")));
        List<LedgerEntry> entries = List.of(entry("dp", 0, 150000), entry("pa", 2, -30000));
        ReconciliationInput input = ReconciliationInput.of(BankStatement.of(lines), entries, AS_OF)
                .withOpening(DAY0, Gbp.ofPence(10000));

        ReconciliationReport report = reconcile(input, SETTINGS);

        assertEquals(2, report.balanceChecks().size());
        assertTrue(report.balanceChecks().stream().allMatch(BalanceCheck::holds));
        assertTrue(report.isReconciled());
        assertEquals(AS_OF, report.lastReconciled());
    }

    @Test
    void givenABankChargeMissingFromTheLedger_thenTheDifferenceIsExplainedByThatLine() {
        List<StatementLine> lines = withBalances(0, List.of(line(0, 50000, "DP"), line(1, -500, "CHARGE")));
        ReconciliationInput input = ReconciliationInput.of(BankStatement.of(lines), List.of(entry("dp", 0, 50000)),
                AS_OF).withOpening(DAY0, Gbp.ZERO);

        ReconciliationReport report = reconcile(input, SETTINGS);

        BalanceCheck last = report.balanceChecks().get(1);
        assertEquals(Gbp.ofPence(-500), last.difference());
        assertEquals(List.of("CHARGE"), last.linesNotInLedger().stream().map(StatementLine::description).toList());
        assertEquals(Gbp.ZERO, last.unexplained());
        assertFalse(report.isReconciled(), "a line missing from the ledger is not reconciled");
    }

    @Test
    void givenAPaymentThatClearsTwoDaysAfterTheLedgerDate_thenTheDifferenceIsTiming() {
        List<StatementLine> lines = withBalances(0, List.of(line(0, 50000, "DP"), line(3, -20000, "PA")));
        List<LedgerEntry> entries = List.of(entry("dp", 0, 50000), entry("pa", 1, -20000));
        List<BalanceAssertion> assertions = List.of(BalanceAssertion.of(DAY0.plusDays(1), DayBoundary.END_OF_DAY,
                Gbp.ofPence(50000)));
        ReconciliationInput input = ReconciliationInput.of(BankStatement.of(lines).lines(), assertions, entries,
                AS_OF).withOpening(DAY0, Gbp.ZERO);

        ReconciliationReport report = reconcile(input, SETTINGS);

        BalanceCheck check = report.balanceChecks().get(0);
        assertEquals(Gbp.ofPence(30000), check.ledgerBalance());
        assertEquals(Gbp.ofPence(20000), check.difference());
        assertEquals(1, check.timing().size());
        assertEquals(Gbp.ZERO, check.unexplained());
        assertTrue(report.isReconciled());
    }

    @Test
    void givenAnOpeningBalanceThatDiffers_thenTheDifferenceIsUnexplained() {
        List<StatementLine> lines = withBalances(10000, List.of(line(0, 5000, "DP")));
        ReconciliationInput input = ReconciliationInput.of(BankStatement.of(lines), List.of(entry("dp", 0, 5000)),
                AS_OF).withOpening(DAY0, Gbp.ofPence(9000));

        ReconciliationReport report = reconcile(input, SETTINGS);

        assertEquals(Gbp.ofPence(1000), report.balanceChecks().get(0).unexplained());
        assertFalse(report.isReconciled());
    }

    @Test
    void givenAStartOfDayAssertion_thenTheDaysOwnLinesDoNotCount() {
        List<StatementLine> lines = List.of(line(0, 5000, "DP"), line(1, -1000, "PA"));
        List<LedgerEntry> entries = List.of(entry("dp", 0, 5000), entry("pa", 1, -1000));
        List<BalanceAssertion> assertions = List.of(
                BalanceAssertion.of(DAY0.plusDays(1), DayBoundary.START_OF_DAY, Gbp.ofPence(5000)),
                BalanceAssertion.of(DAY0.plusDays(1), DayBoundary.END_OF_DAY, Gbp.ofPence(4000)));
        ReconciliationInput input = ReconciliationInput.of(BankStatement.of(lines).lines(), assertions, entries,
                AS_OF).withOpening(DAY0, Gbp.ZERO);

        ReconciliationReport report = reconcile(input, SETTINGS);

        assertEquals(Gbp.ofPence(5000), report.balanceChecks().get(0).ledgerBalance());
        assertEquals(Gbp.ofPence(4000), report.balanceChecks().get(1).ledgerBalance());
        assertTrue(report.balanceChecks().stream().allMatch(BalanceCheck::holds));
    }

    @Test
    void givenNoOpeningBalance_thenAssertionsAreUncheckedAndTheReconciliationIsNotSuccessful() {
        List<StatementLine> lines = withBalances(0, List.of(line(0, 5000, "DP")));

        ReconciliationReport report = reconcile(lines, List.of(entry("dp", 0, 5000)));

        assertEquals(1, report.uncheckedAssertions().size());
        assertFalse(report.isReconciled());
    }

    @Test
    void givenAFailedReconciliationMoreThan92DaysAfterTheLastSuccess_thenTheAccountIsFlaggedStale() {
        LocalDate last = AS_OF.minusDays(93);
        ReconciliationInput input = ReconciliationInput.of(BankStatement.of(List.of(line(0, -5, "X"))), List.of(),
                AS_OF).withLastReconciled(last);

        ReconciliationReport report = reconcile(input, SETTINGS);

        ReconciliationFinding finding = report.findings().get(0);
        assertEquals(ReconciliationFinding.STALE, finding.ruleId());
        assertEquals(FindingSeverity.WARNING, finding.severity());
        assertEquals(93, finding.daysSince());
        assertEquals(92, finding.limitDays());
        assertEquals(last.plusDays(93), finding.actBefore());
        assertEquals(last, report.lastReconciled());
    }

    @Test
    void givenAFailedReconciliation92DaysAfterTheLastSuccess_thenNothingIsFlaggedYet() {
        ReconciliationInput input = ReconciliationInput.of(BankStatement.of(List.of(line(0, -5, "X"))), List.of(),
                AS_OF).withLastReconciled(AS_OF.minusDays(92));

        assertEquals(List.of(), reconcile(input, SETTINGS).findings());
    }

    @Test
    void givenAnAccountNeverReconciled_thenAFailureIsFlagged() {
        ReconciliationReport report = reconcile(List.of(line(0, -5, "X")), List.of());

        assertEquals(-1, report.findings().get(0).daysSince());
        assertNull(report.findings().get(0).actBefore());
    }

    @Test
    void givenASuccessfulReconciliation_thenNothingIsFlaggedAndTodayIsTheLastSuccess() {
        ReconciliationInput input = ReconciliationInput.of(BankStatement.of(List.of(line(0, -5, "X"))),
                List.of(entry("x", 0, -5)), AS_OF).withLastReconciled(AS_OF.minusDays(400));

        ReconciliationReport report = reconcile(input, SETTINGS);

        assertEquals(List.of(), report.findings());
        assertEquals(AS_OF, report.lastReconciled());
    }

    @Test
    void givenTwoEntriesWithOneId_thenTheInputIsRefused() {
        LedgerException e = assertThrows(LedgerException.class, () -> ReconciliationInput.of(List.of(), List.of(),
                List.of(entry("a", 0, 1), entry("a", 1, 2)), AS_OF));

        assertEquals("entries[1].id", e.field());
    }

    @Test
    void givenTheSameLineTwice_thenTheInputIsRefused() {
        StatementLine line = line(0, 1, "X");

        LedgerException e = assertThrows(LedgerException.class,
                () -> ReconciliationInput.of(List.of(line, line), List.of(), List.of(), AS_OF));

        assertEquals("lines[1]", e.field());
    }

    @Test
    void givenABatchMixingSettlements_thenTheInputIsRefused() {
        List<LedgerEntry> entries = List.of(entry("a", 0, 1).withBatchId("b"),
                entry("c", 0, 1).withBatchId("b").withSettlement(Settlement.PENDING));

        LedgerException e = assertThrows(LedgerException.class,
                () -> ReconciliationInput.of(List.of(), List.of(), entries, AS_OF));

        assertEquals("entries[1].settlement", e.field());
    }

    @Test
    void givenAnEntryBeforeTheOpeningDate_thenTheOpeningIsRefused() {
        ReconciliationInput input = ReconciliationInput.of(List.of(), List.of(), List.of(entry("a", 0, 1)), AS_OF);

        LedgerException e = assertThrows(LedgerException.class, () -> input.withOpening(DAY0.plusDays(1), Gbp.ZERO));

        assertEquals("entries[0].date", e.field());
    }

    @Test
    void givenALastReconciliationAfterAsOf_thenItIsRefused() {
        ReconciliationInput input = ReconciliationInput.of(List.of(), List.of(), List.of(), AS_OF);

        assertThrows(LedgerException.class, () -> input.withLastReconciled(AS_OF.plusDays(1)));
    }
}
