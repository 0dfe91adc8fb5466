package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.testing.ApiWalk;
import org.carebudget.money.LedgerException;
import org.junit.jupiter.api.Test;

/** The reconciliation package's public API walked with hostile arguments: only {@link LedgerException} comes out. */
class ReconcileApiWalkTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 6);

    @Test
    void givenHostileArguments_thenOnlyTheModuleExceptionEscapes() {
        StatementLine line = StatementLine.of(DAY, Gbp.ofPence(-4500), "A JONES").withReference("REF-1")
                .withBalance(Gbp.ofPence(10000));
        LedgerEntry entry = LedgerEntry.of("t1", DAY, Gbp.ofPence(-4500)).withReference("REF-1")
                .withCounterparty("A Jones");
        BankStatement statement = BankStatement.of(List.of(line, StatementLine.of(DAY, Gbp.ofPence(-700), "TAXI"),
                StatementLine.of(DAY, Gbp.ofPence(-300), "X"), StatementLine.of(DAY, Gbp.ofPence(-300), "Y")));
        List<LedgerEntry> entries = List.of(entry, LedgerEntry.of("t2", DAY.plusDays(40), Gbp.ofPence(-900)),
                LedgerEntry.of("t3", DAY, Gbp.ofPence(-300)));
        ReconciliationInput input = ReconciliationInput.of(statement, entries, DAY.plusDays(50))
                .withOpening(DAY, Gbp.ofPence(14500));
        ReconciliationReport report = Reconciler.defaults().reconcile(input);
        assertEquals(1, report.ambiguities().size(), report::toString);
        ImportOutcome outcome = StatementHistory.empty("acct").add(statement);
        String starling = "Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes\n"
                + "10/04/2026,Jane Doe,REF1,FASTER PAYMENT,-1.00,99.00,PAYMENTS,\n";

        ApiWalk.Result result = ApiWalk.of(LedgerException.class, Reconciler.class, "org.carebudget.money.reconcile")
                .sample(Gbp.class, Gbp.ofPence(1250))
                .sample(org.carebudget.money.budget.BudgetLedger.class, org.carebudget.money.budget.BudgetLedger.open(
                        org.carebudget.core.id.CarePackageId.of("pkg-1"), java.time.LocalDate.of(2026, 4, 6),
                        org.carebudget.money.policy.SpendPolicy.standard(org.carebudget.money.policy.SupportPlanBudget
                                .startingOn(java.time.LocalDate.of(2026, 4, 6)).everyWeeks(4)
                                .limit(org.carebudget.money.SpendCategory.PA_WAGES, Gbp.ofPence(100_000))
                                .periodLimit(Gbp.ofPence(100_000)).build()), java.time.Period.ofDays(14)))
                .sample(LedgerEntries.PaymentDetails.class, LedgerEntries.PaymentDetails.NONE)
                .sample(byte.class, (byte) 'a')
                .sample(StatementLine.class, line)
                .sample(LedgerEntry.class, entry)
                .sample(BankStatement.class, statement)
                .sample(StatementProfile.class, StatementProfiles.STARLING)
                .sample(Column.class, Column.named("Date"))
                .sample(DateForm.class, DateForm.DAY_MONTH_YEAR)
                .sample(MatchSettings.class, MatchSettings.defaults())
                .sample(Reconciler.class, Reconciler.defaults())
                .sample(ReconciliationInput.class, input)
                .sample(ReconciliationReport.class, report)
                .sample(LineFingerprint.class, line.fingerprint())
                .sample(BalanceAssertion.class, BalanceAssertion.of(DAY, DayBoundary.END_OF_DAY, Gbp.ZERO))
                .sample(StatementHistory.class, outcome.history())
                .sample(ImportOutcome.class, outcome)
                .sample(ImportProblem.class, StatementProfiles.HSBC.check("x").get(0))
                .sample(Match.class, report.matches().get(0))
                .sample(Ambiguity.class, report.ambiguities().get(0))
                .sample(Candidate.class, report.ambiguities().get(0).candidates().get(0))
                .sample(UnmatchedLine.class, report.unmatchedLines().get(0))
                .sample(UnmatchedEntry.class, report.unmatchedEntries().get(0))
                .sample(BalanceCheck.class, report.balanceChecks().get(0))
                .sample(ReconciliationFinding.class, ReconciliationFinding.stale(null, DAY, 92))
                .sample(String.class, starling)
                .run();

        assertTrue(result.calls() > 450, result::toString);
        assertEquals(List.of(), result.violations(), result::toString);
        assertEquals(List.of(), result.unwalked(), result::toString);
    }

    /** ApiWalk leaves nested classes out: the profile builder's methods, each given null and out-of-range values. */
    @Test
    void givenHostileArgumentsToTheProfileBuilder_thenEachIsRefusedWithTheModuleException() {
        StatementProfile.Builder builder = StatementProfile.builder("p");
        List<Runnable> calls = List.of(() -> builder.date(null), () -> builder.date(Column.named("D"),
                (DateForm[]) null), () -> builder.date(Column.named("D"), new DateForm[] {null}),
                () -> builder.date(Column.named("D"), new DateForm[9]), () -> builder.preamble(-1),
                () -> builder.preamble(51), () -> builder.amount(null, AmountSign.PAID_IN_POSITIVE),
                () -> builder.amount(Column.named("A"), null),
                () -> builder.amount(Column.named("A"), AmountSign.SEPARATE_COLUMNS),
                () -> builder.paidOutAndIn(null, Column.named("I")), () -> builder.paidOutAndIn(Column.named("O"), null),
                () -> builder.description(null), () -> builder.settlement(null, java.util.Map.of("A",
                        Settlement.PENDING)), () -> builder.settlement(Column.named("S"), null),
                () -> builder.settlement(Column.named("S"), java.util.Map.of()),
                () -> builder.settlement(Column.named("S"), java.util.Map.of(" ", Settlement.PENDING)),
                () -> builder.order(null), builder::build);
        for (Runnable call : calls) {
            LedgerException e = org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class, call::run);
            assertTrue(e.getMessage().length() < 1000, e::getMessage);
        }
        for (int i = 0; i < 4; i++) {
            builder.description(Column.named("D" + i));
        }
        org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class, () -> builder.description(
                Column.named("D5")));
    }
}
