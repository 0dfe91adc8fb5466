package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;
import org.junit.jupiter.api.Test;

/** The ledger side of a reconciliation read from a budget's journal, and a statement of it reconciled in full. */
class LedgerEntriesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 6);
    private static final FunderId ICB = FunderId.of("nhs-icb");
    private static final FunderId COUNCIL = FunderId.of("council");
    private static final PayeeId PA = PayeeId.of("pa-1");
    private static final PayeeId AGENCY = PayeeId.of("agency-1");

    private final BudgetLedger budget;

    LedgerEntriesTest() {
        SupportPlanBudget plan = SupportPlanBudget.startingOn(DAY).everyWeeks(4)
                .limit(SpendCategory.PA_WAGES, Gbp.parse("£4000")).limit(SpendCategory.AGENCY_CARE, Gbp.parse("£1000"))
                .periodLimit(Gbp.parse("£5000")).fundedBy(ICB, Gbp.parse("£3000")).fundedBy(COUNCIL, Gbp.parse("£1000"))
                .build();
        budget = BudgetLedger.open(CarePackageId.of("pkg-1"), DAY, SpendPolicy.standard(plan), Period.ofDays(14));
        budget.addFunder(ICB, Set.of(SpendCategory.PA_WAGES), DAY);
        budget.addFunder(COUNCIL, Set.of(SpendCategory.PA_WAGES, SpendCategory.AGENCY_CARE), DAY);
        budget.addPayee(PA, DAY);
        budget.addPayee(AGENCY, DAY);
        budget.receive(TransferId.of(1), ICB, Gbp.parse("£3000"), DAY);
        budget.receive(TransferId.of(2), COUNCIL, Gbp.parse("£1000"), DAY);
        // a first payment to a new payee is held for the funder's review, then approved in part
        budget.spend(new SpendRequest(TransferId.of(10), ICB, PA, SpendCategory.PA_WAGES, Gbp.parse("£500"),
                DAY.plusDays(1)));
        budget.approveHold(TransferId.of(11), TransferId.of(10), Gbp.parse("£400"), DAY.plusDays(2));
        // a held agency invoice the funder releases: it never leaves the account
        budget.spend(new SpendRequest(TransferId.of(20), COUNCIL, AGENCY, SpendCategory.AGENCY_CARE,
                Gbp.parse("£250"), DAY.plusDays(3)));
        budget.releaseHold(TransferId.of(21), TransferId.of(20), DAY.plusDays(4));
        // a receipt corrected by a reversal
        budget.receive(TransferId.of(30), COUNCIL, Gbp.parse("£99"), DAY.plusDays(5));
        budget.reverse(TransferId.of(31), TransferId.of(30), DAY.plusDays(6));
        // a held spend still waiting for the funder
        budget.spend(new SpendRequest(TransferId.of(40), COUNCIL, AGENCY, SpendCategory.AGENCY_CARE,
                Gbp.parse("£75"), DAY.plusDays(7)));
    }

    private static String summary(List<LedgerEntry> entries) {
        return entries.stream().map(e -> e.id() + " " + e.date() + " " + e.amount() + " " + e.settlement() + " "
                + e.counterparty()).collect(Collectors.joining("\n"));
    }

    @Test
    void givenAJournal_thenEachMoneyMovementIsOneEntrySignedFromTheBanksSide() {
        List<LedgerEntry> entries = LedgerEntries.of(budget, DAY.plusDays(30));

        assertEquals("""
                1 2026-04-06 £3000.00 SETTLED nhs-icb
                2 2026-04-06 £1000.00 SETTLED council
                11 2026-04-08 -£400.00 SETTLED pa-1
                30 2026-04-11 £99.00 SETTLED council
                31 2026-04-12 -£99.00 SETTLED council
                40 2026-04-13 -£75.00 PENDING agency-1""", summary(entries));
    }

    @Test
    void givenAnAsOfDate_thenLaterEntriesAreLeftOutAndAHoldNotYetApprovedIsPending() {
        List<LedgerEntry> entries = LedgerEntries.of(budget, DAY.plusDays(1));

        assertEquals("""
                1 2026-04-06 £3000.00 SETTLED nhs-icb
                2 2026-04-06 £1000.00 SETTLED council
                10 2026-04-07 -£500.00 PENDING pa-1""", summary(entries));
    }

    @Test
    void givenTheVendorsPaymentDetails_thenEntriesCarryTheirReferenceAndBatch() {
        LedgerEntries.PaymentDetails details = new LedgerEntries.PaymentDetails() {
            @Override
            public String reference(TransferId transfer) {
                return "CB-" + transfer;
            }

            @Override
            public String batch(TransferId transfer) {
                return transfer.equals(TransferId.of(11)) ? "payroll-2026-04" : null;
            }
        };

        LedgerEntry approved = LedgerEntries.of(budget, DAY.plusDays(30), details).get(2);

        assertEquals("CB-11", approved.reference());
        assertEquals("payroll-2026-04", approved.batchId());
    }

    @Test
    void givenAStatementOfTheSettledEntries_thenEveryLineIsMatchedToItsOwnEntry() {
        List<LedgerEntry> entries = LedgerEntries.of(budget, DAY.plusDays(30));
        List<StatementLine> lines = entries.stream().filter(e -> e.settlement() == Settlement.SETTLED)
                .map(e -> StatementLine.of(e.date().plusDays(1), e.amount(), "FASTER PAYMENT " + e.counterparty()))
                .toList();

        ReconciliationReport report = Reconciler.defaults().reconcile(
                ReconciliationInput.of(lines, List.of(), entries, DAY.plusDays(30)));

        assertEquals(lines.size(), report.matches().size(), report::toString);
        assertTrue(report.unmatchedLines().isEmpty(), report::toString);
        assertEquals(List.of("40"), report.unmatchedEntries().stream().flatMap(u -> u.entries().stream()).map(LedgerEntry::id).toList());
    }

    @Test
    void givenBadArguments_thenRefusedNamingTheField() {
        assertEquals("budget", assertThrows(LedgerException.class, () -> LedgerEntries.of(null, DAY)).field());
        assertEquals("asOf", assertThrows(LedgerException.class,
                () -> LedgerEntries.of(budget, LocalDate.MAX)).field());
        assertEquals("details", assertThrows(LedgerException.class,
                () -> LedgerEntries.of(budget, DAY, null)).field());
    }
}
