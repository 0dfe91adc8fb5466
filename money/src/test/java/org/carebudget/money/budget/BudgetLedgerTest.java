package org.carebudget.money.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.ledger.Ledger;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.ledger.TransferResult;
import org.carebudget.money.policy.LedgerFindings;
import org.carebudget.money.policy.NewPayeeRule;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BudgetLedgerTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 6);
    static final FunderId NHS = FunderId.of("nhs-icb");
    static final FunderId COUNCIL = FunderId.of("council");
    static final PayeeId PA = PayeeId.of("pa-1");
    static final PayeeId AGENCY = PayeeId.of("agency-1");
    static final SpendCategory GYM = SpendCategory.agreed("gym-membership");
    static final SupportPlanBudget PLAN = SupportPlanBudget.startingOn(DAY).everyWeeks(4)
            .limit(SpendCategory.PA_WAGES, Gbp.parse("£4000")).limit(GYM, Gbp.parse("£40"))
            .periodLimit(Gbp.parse("£5000")).fundedBy(NHS, Gbp.parse("£3000")).fundedBy(COUNCIL, Gbp.parse("£1000"))
            .build();

    final BudgetLedger budget = BudgetLedger.open(CarePackageId.of("pkg-1"), DAY, SpendPolicy.standard(PLAN),
            Period.ofDays(14));

    BudgetLedgerTest() {
        budget.addFunder(NHS, Set.of(SpendCategory.PA_WAGES), DAY, UnfundedSpend.REJECT);
        budget.addFunder(COUNCIL, Set.of(SpendCategory.PA_WAGES, GYM), DAY);
        budget.addPayee(PA, DAY);
        budget.addPayee(AGENCY, DAY);
        budget.receive(id(1), NHS, Gbp.parse("£3000"), DAY);
        budget.receive(id(2), COUNCIL, Gbp.parse("£1000"), DAY);
    }

    @AfterEach
    void invariantsHold() {
        BudgetLedgerInvariants.check(budget);
    }

    static TransferId id(long n) {
        return TransferId.of(n);
    }

    static SpendRequest spend(long id, FunderId funder, PayeeId payee, SpendCategory category, String amount) {
        return new SpendRequest(id(id), funder, payee, category, Gbp.parse(amount), DAY);
    }

    @Test
    void givenAFirstPaymentToANewPayee_thenItIsHeldWithItsReasonInTypedUserDataAndApprovedByTheFunder() {
        SpendOutcome outcome = budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, "£500"));

        assertInstanceOf(SpendDecision.Hold.class, outcome.decision());
        assertEquals(List.of(NewPayeeRule.ID), budget.holdReasons(id(10)).stream().map(f -> f.ruleId()).toList());
        assertEquals(Gbp.parse("£2500"), budget.balance(NHS).available());
        assertEquals(TransferResult.CREATED, budget.approveHold(id(11), id(10), Gbp.parse("£400"), DAY).result());
        assertEquals(Gbp.parse("£2600"), budget.balance(NHS).available());
    }

    @Test
    void givenASpendOnACategoryTheFunderDoesNotFund_thenByDefaultItIsHeldForTheFundersReview() {
        SpendOutcome outcome = budget.spend(spend(10, COUNCIL, AGENCY, SpendCategory.AGENCY_CARE, "£50"));

        SpendDecision.Hold hold = assertInstanceOf(SpendDecision.Hold.class, outcome.decision());
        assertTrue(hold.reasons().stream().anyMatch(f -> f.ruleId().equals(LedgerFindings.RING_FENCE)));
        assertEquals(UnfundedSpend.HOLD_FOR_REVIEW, budget.unfundedSpend(COUNCIL));
        assertEquals(TransferResult.CREATED, budget.releaseHold(id(11), id(10), DAY).result());
        assertEquals(Gbp.parse("£1000"), budget.balance(COUNCIL).available());
    }

    @Test
    void givenASpendOnACategoryTheFunderDoesNotFundHeldForReview_thenTheFundersApprovalPaysIt() {
        budget.spend(spend(10, COUNCIL, AGENCY, SpendCategory.AGENCY_CARE, "£50"));

        TransferOutcome approved = budget.approveHold(id(11), id(10), Gbp.parse("£50"), DAY);

        assertEquals(TransferResult.CREATED, approved.result());
        assertEquals(Gbp.parse("£950"), budget.balance(COUNCIL).available());
        assertEquals(Gbp.parse("£50"), budget.spent(SpendCategory.AGENCY_CARE, PLAN.periodOf(DAY)));
        assertEquals(Gbp.parse("£50"), budget.paidTo(AGENCY));
    }

    @Test
    void givenAFunderSetToReject_thenASpendOnACategoryItDoesNotFundIsRejectedAndNothingIsRecorded() {
        String hash = budget.hash();

        SpendOutcome outcome = budget.spend(spend(10, NHS, AGENCY, GYM, "£30"));

        SpendDecision.Reject reject = assertInstanceOf(SpendDecision.Reject.class, outcome.decision());
        assertEquals(LedgerFindings.RING_FENCE, reject.reasons().get(0).ruleId());
        assertEquals(hash, budget.hash());
    }

    @Test
    void givenAnAgreedItemTheCouncilFunds_thenAPaymentForItIsASpendOfThatCategory() {
        budget.spend(spend(10, COUNCIL, PA, SpendCategory.PA_WAGES, "£10"));
        budget.approveHold(id(11), id(10), Gbp.parse("£10"), DAY);

        SpendOutcome outcome = budget.spend(spend(12, COUNCIL, PA, GYM, "£30"));

        assertInstanceOf(SpendDecision.Approve.class, outcome.decision());
        TransferEvent paid = budget.journal().stream().filter(e -> e instanceof TransferEvent t
                && id(12).equals(t.id())).map(TransferEvent.class::cast).findFirst().orElseThrow();
        assertEquals(Purpose.spend(GYM), budget.purposeOf(paid));
        assertEquals(Gbp.parse("£30"), budget.spent(GYM, PLAN.periodOf(DAY)));
    }

    @Test
    void givenARetryWithAnotherAmount_thenItIsANamedConflictInPoundsAndNothingChanges() {
        budget.receive(id(5), NHS, Gbp.parse("£100"), DAY);
        String hash = budget.hash();

        TransferOutcome retry = budget.receive(id(5), NHS, Gbp.parse("£150"), DAY);

        RetryConflict conflict = retry.conflict();
        assertEquals(TransferResult.EXISTS_WITH_DIFFERENT_AMOUNT, retry.result());
        assertEquals("amount", conflict.field());
        assertEquals(Gbp.parse("£100"), conflict.recordedAmount());
        assertEquals(Gbp.parse("£150"), conflict.givenAmount());
        assertEquals("transfer 5 was first recorded with amount £100.00, £150.00 now; nothing was recorded",
                conflict.message());
        assertEquals(hash, budget.hash());
    }

    @Test
    void givenAHeldSpendRetriedToAnotherPayee_thenTheConflictNamesBothPayeesNotAccountIndexes() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, "£500"));

        SpendOutcome retry = budget.spend(spend(10, NHS, AGENCY, SpendCategory.PA_WAGES, "£500"));

        assertEquals("pa-1", retry.conflict().recorded());
        assertEquals("agency-1", retry.conflict().given());
        assertInstanceOf(SpendDecision.Hold.class, retry.decision());
    }

    @Test
    void givenASpendResubmitted_thenItIsANoOpReportingTheReasonsRecorded() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, "£500"));
        String hash = budget.hash();

        SpendOutcome again = budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, "£500"));

        assertTrue(again.resubmitted());
        assertNull(again.conflict());
        assertEquals(NewPayeeRule.ID, again.decision().reasons().get(0).ruleId());
        assertEquals(hash, budget.hash());
    }

    @Test
    void givenALinkedBatchAskingForMoreThanAvailable_thenItIsRejectedNamingTheBatchTotal() {
        List<SpendRequest> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(new SpendRequest(id(100 + i), NHS, PA, SpendCategory.PA_WAGES, Ledger.MAX_AMOUNT, DAY));
        }

        SpendOutcome outcome = budget.spendLinked(batch);

        SpendDecision.Reject reject = assertInstanceOf(SpendDecision.Reject.class, outcome.decision());
        assertEquals(LedgerFindings.INSUFFICIENT_FUNDS, reject.reasons().get(0).ruleId());
        assertEquals(Gbp.ofPence(Ledger.MAX_AMOUNT_PENCE * 1000), reject.reasons().get(0).amount());
    }

    @Test
    void givenAPayrollRunInEitherOrder_thenItsDecisionIsTheSameBecauseAPayeesUsualAmountIsTheirPastPayments() {
        BudgetLedger other = new BudgetLedgerTest().budget;
        for (BudgetLedger b : List.of(budget, other)) {
            b.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, "£0.10"));
            b.approveHold(id(11), id(10), Gbp.parse("£0.10"), DAY);
            b.spend(spend(12, NHS, PA, SpendCategory.PA_WAGES, "£0.10"));
            b.spend(spend(13, NHS, PA, SpendCategory.PA_WAGES, "£0.10"));
        }
        SpendRequest small = spend(20, NHS, PA, SpendCategory.PA_WAGES, "£0.01");
        SpendRequest large = spend(21, NHS, PA, SpendCategory.PA_WAGES, "£0.29");

        // £0.29 is within 3 times the usual £0.10; counting the batch's £0.01 first would make it 3 times £0.0775
        SpendOutcome smallFirst = budget.spendLinked(List.of(small, large));
        SpendOutcome largeFirst = other.spendLinked(List.of(large, small));

        assertInstanceOf(SpendDecision.Approve.class, smallFirst.decision());
        assertInstanceOf(SpendDecision.Approve.class, largeFirst.decision());
        assertEquals(budget.balance(NHS), other.balance(NHS));
        BudgetLedgerInvariants.check(other);
    }

    @Test
    void givenAReceiptSchedule_thenEachInstalmentIsRecordedOnceUnderItsOwnIdWithNoIdRangeReserved() {
        ReceiptSchedule schedule = ReceiptSchedule.of("nhs-2026", NHS, Gbp.parse("£100"), DAY).everyWeeks(4);

        assertEquals(1, budget.receiveScheduled(schedule, DAY));
        assertEquals(2, budget.receiveScheduled(schedule, DAY.plusWeeks(8)));
        assertEquals(0, budget.receiveScheduled(schedule, DAY.plusWeeks(8)));
        assertEquals(TransferResult.CREATED, budget.receive(id(3), NHS, Gbp.parse("£1"), DAY).result());
        assertTrue(schedule.instalmentId(0).isUuid());
    }

    @Test
    void givenFundsAsImmutableOrSortedSets_thenAddFunderTakesThemAndRefusesANullCategoryWithItsOwnException() {
        budget.addFunder(FunderId.of("chc"), new TreeSet<>(Set.of(SpendCategory.PA_WAGES)), DAY);
        budget.addFunder(FunderId.of("top-up"), Set.copyOf(Set.of(SpendCategory.TRAINING)), DAY);
        Set<SpendCategory> withNull = new java.util.HashSet<>();
        withNull.add(null);

        LedgerException e = assertThrows(LedgerException.class,
                () -> budget.addFunder(FunderId.of("x"), withNull, DAY));

        assertEquals("funds[0]", e.field());
    }

    @Test
    void givenFundersFundingMoreThan62DistinctCategories_thenTheLastIsRefusedAndNothingIsAdded() {
        Set<SpendCategory> first = new java.util.HashSet<>();
        Set<SpendCategory> second = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) {
            first.add(SpendCategory.agreed("item-a" + i));
            second.add(SpendCategory.agreed("item-b" + i));
        }
        second.add(SpendCategory.agreed("item-c"));
        budget.addFunder(FunderId.of("chc"), first, DAY);
        String hash = budget.hash();

        LedgerException e = assertThrows(LedgerException.class,
                () -> budget.addFunder(FunderId.of("top-up"), second, DAY));

        assertEquals("allowedDebitCodes", e.field());
        assertEquals(hash, budget.hash());
        assertEquals(Set.of(NHS, COUNCIL, FunderId.of("chc")), budget.funders());
        second.remove(SpendCategory.agreed("item-c"));
        budget.addFunder(FunderId.of("top-up"), second, DAY);
        assertEquals(4, budget.funders().size());
    }

    @Test
    void givenDatesOutsideTheSupportedRange_thenEveryEntryPointRefusesThemWithTheModuleException() {
        String hash = budget.hash();

        assertThrows(LedgerException.class, () -> budget.spend(new SpendRequest(id(10), NHS, PA,
                SpendCategory.PA_WAGES, Gbp.parse("£1"), LocalDate.MAX)));
        assertThrows(LedgerException.class, () -> budget.receiveScheduled(ReceiptSchedule.of("s", NHS,
                Gbp.parse("£1"), LocalDate.of(2200, 12, 30)), LocalDate.MAX));
        assertThrows(LedgerException.class, () -> budget.balance(LocalDate.MIN));
        assertThrows(LedgerException.class, () -> budget.releaseExpiredHolds(LocalDate.of(2201, 1, 1)));
        assertEquals(hash, budget.hash());
    }

    @Test
    void givenABudgetWithNoFunders_thenArgumentsAreStillValidatedFirst() {
        BudgetLedger empty = BudgetLedger.open(CarePackageId.of("pkg-2"), DAY, SpendPolicy.none(), Period.ofDays(7));

        assertThrows(LedgerException.class, () -> empty.balance(LocalDate.MIN));
        assertThrows(LedgerException.class, () -> empty.spent(null, null));
        assertThrows(LedgerException.class, () -> empty.statement(org.carebudget.core.time.DateRange.of(DAY,
                DAY.plusDays(1))));
    }

    @Test
    void givenTheJournal_thenReplayWithItsHashGivesTheSameBudgetAndAnEditedJournalIsRefusedNamingThePosition() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, "£500"));
        List<LedgerEvent> journal = budget.journal();

        BudgetLedger copy = BudgetLedger.replay(journal, budget.hash(), SpendPolicy.standard(PLAN),
                Period.ofDays(14));
        List<LedgerEvent> edited = new ArrayList<>(journal);
        int at = 0;
        while (!(edited.get(at) instanceof TransferEvent)) {
            at++;
        }
        int position = at;
        TransferEvent receipt = (TransferEvent) edited.get(position);
        edited.set(position, new TransferEvent(receipt.id(), receipt.kind(), receipt.debitAccount(),
                receipt.creditAccount(), Gbp.parse("£3001"), receipt.date(), receipt.code(), 0, null, null));

        assertEquals(budget.hash(), copy.hash());
        assertEquals(budget.holdReasons(id(10)), copy.holdReasons(id(10)));
        LedgerException e = assertThrows(LedgerException.class, () -> BudgetLedger.replay(edited, budget.hash(),
                SpendPolicy.none(), Period.ofDays(14)));
        assertEquals("expectedHash", e.field());
        LedgerException link = assertThrows(LedgerException.class, () -> Ledger.replayLinks(edited,
                Ledger.replay(journal).links()));
        assertEquals("journal[" + position + "]", link.field());
    }

    @Test
    void givenASurplusAboveTheThreshold_thenTheFundingTermsDeriveTheContingencyFromThePlanAndItIsClawedBack() {
        FundingTerms terms = FundingTerms.of(PLAN, COUNCIL).withContingencyWeeks(2)
                .withClawbackThreshold(Gbp.parse("£100"));

        Clawback clawback = budget.clawback(id(30), terms, DAY.plusDays(1));

        assertEquals(Gbp.parse("£250"), terms.weeklyPlannedCost());
        assertEquals(Gbp.parse("£500"), clawback.report().contingency());
        assertEquals(Gbp.parse("£500"), clawback.returned());
        assertEquals(Gbp.parse("£500"), budget.balance(COUNCIL).available());
    }
}
