package org.carebudget.money.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carebudget.core.hours.HoursKey;
import org.carebudget.core.hours.HoursKind;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.budget.FundingTerms;
import org.carebudget.money.budget.Purpose;
import org.carebudget.money.ledger.TransferKind;
import org.carebudget.money.policy.LedgerFindings;
import org.carebudget.money.policy.NewPayeeRule;
import org.carebudget.money.policy.OutsideSupportPlanRule;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;
import org.junit.jupiter.api.Test;

/** Period returns with hand-worked figures, corrections to a closed quarter, and bad input. */
class PeriodReturnsTest {

    static final LocalDate APR_1 = LocalDate.of(2026, 4, 1);
    static final FunderId NHS = FunderId.of("nhs-icb");
    static final FunderId COUNCIL = FunderId.of("council");
    static final PayeeId PA = PayeeId.of("pa-1");
    static final PayeeId AGENCY = PayeeId.of("agency-1");
    static final CarePackageId PKG = CarePackageId.of("pkg-1");
    static final DateRange Q1 = ReturnPeriods.financialQuarter(2026, 1);
    static final DateRange Q2 = ReturnPeriods.financialQuarter(2026, 2);
    static final SupportPlanBudget PLAN = SupportPlanBudget.startingOn(APR_1).everyWeeks(4)
            .limit(SpendCategory.PA_WAGES, Gbp.parse("£4000")).periodLimit(Gbp.parse("£5000"))
            .fundedBy(NHS, Gbp.parse("£3000")).fundedBy(COUNCIL, Gbp.parse("£1000")).build();
    static final FundingTerms NHS_TERMS = FundingTerms.of(PLAN, NHS).withContingencyWeeks(4);

    final BudgetLedger budget = BudgetLedger.open(PKG, APR_1, SpendPolicy.standard(PLAN), Period.ofDays(14));
    final int firstQuarterCut;

    /**
     * Quarter 1 for the NHS stream, by hand: £3,000 in on 1 April; £500 held on 10 April (a new payee), £400 of it
     * approved on 12 April; £600 paid on 8 May; £50 to an agency on 20 June held (new payee, and a category the NHS
     * does not fund); £25 refunded on 25 June; £100 returned to the NHS and the 8 May payment reversed on 30 June.
     * Closing = 3000 - 400 - 600 + 25 + 600 - 100 = £2,525; £50 still held.
     */
    PeriodReturnsTest() {
        budget.addFunder(NHS, Set.of(SpendCategory.PA_WAGES), APR_1);
        budget.addFunder(COUNCIL, Set.of(SpendCategory.PA_WAGES), APR_1);
        budget.addPayee(PA, APR_1);
        budget.addPayee(AGENCY, APR_1);
        budget.receive(id(1), NHS, Gbp.parse("£3000"), APR_1);
        assertInstanceOf(SpendDecision.Hold.class, spend(10, PA, SpendCategory.PA_WAGES, "£500", 4, 10));
        budget.approveHold(id(11), id(10), Gbp.parse("£400"), day(4, 12));
        assertInstanceOf(SpendDecision.Approve.class, spend(12, PA, SpendCategory.PA_WAGES, "£600", 5, 8));
        assertInstanceOf(SpendDecision.Hold.class, spend(13, AGENCY, SpendCategory.AGENCY_CARE, "£50", 6, 20));
        budget.refund(id(14), PA, NHS, SpendCategory.PA_WAGES, Gbp.parse("£25"), day(6, 25));
        budget.returnToFunder(id(15), NHS, Gbp.parse("£100"), day(6, 30));
        budget.reverse(id(16), id(12), day(6, 30));
        firstQuarterCut = budget.journal().size();
    }

    static TransferId id(long n) {
        return TransferId.of(n);
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    SpendDecision spend(long id, PayeeId payee, SpendCategory category, String amount, int month, int dayOfMonth) {
        return budget.spend(new SpendRequest(id(id), NHS, payee, category, Gbp.parse(amount), day(month, dayOfMonth)))
                .decision();
    }

    PeriodReturn checked(ReturnRequest request) {
        PeriodReturn r = PeriodReturns.of(budget, request);
        PeriodReturnInvariants.check(r, budget);
        return r;
    }

    /** After quarter 1: a refund back-dated to 15 June, £1,000 in on 3 July, £200 paid on 10 July. */
    void secondQuarter() {
        budget.refund(id(20), PA, NHS, SpendCategory.PA_WAGES, Gbp.parse("£30"), day(6, 15));
        budget.receive(id(21), NHS, Gbp.parse("£1000"), day(7, 3));
        budget.spend(new SpendRequest(id(22), NHS, PA, SpendCategory.PA_WAGES, Gbp.parse("£200"), day(7, 10)));
        budget.releaseExpiredHolds(day(7, 10));
    }

    @Test
    void givenTheFirstQuarter_thenEveryFigureIsTheHandWorkedOne() {
        PeriodReturn q1 = checked(ReturnRequest.of(NHS, Q1));

        assertEquals(Gbp.ZERO, q1.openingBalance());
        assertEquals(Gbp.parse("£3000"), q1.receipts());
        assertEquals(Map.of(SpendCategory.PA_WAGES, Gbp.parse("£1000")), q1.spendByCategory());
        assertEquals(Map.of(SpendCategory.PA_WAGES, Gbp.parse("£25")), q1.refundsByCategory());
        assertEquals(Gbp.parse("£600"), q1.reversalsIn());
        assertEquals(Gbp.ZERO, q1.reversalsOut());
        assertEquals(Gbp.parse("£100"), q1.returnsToFunder());
        assertEquals(Gbp.ZERO, q1.clawbacks());
        assertEquals(Gbp.parse("£3625"), q1.moneyIn());
        assertEquals(Gbp.parse("£1100"), q1.moneyOut());
        assertEquals(Gbp.parse("£2525"), q1.closingBalance());
        assertEquals(firstQuarterCut, q1.knownThrough());
        assertNull(q1.surplus());
        assertNull(q1.hours());
    }

    @Test
    void givenASpendStillHeldAtTheQuarterEnd_thenItIsListedWithTheRulesThatHeldIt() {
        PeriodReturn q1 = checked(ReturnRequest.of(NHS, Q1));

        HeldSpend held = q1.heldSpends().get(0);
        assertEquals(1, q1.heldSpends().size());
        assertEquals(id(13), held.holdId());
        assertEquals(SpendCategory.AGENCY_CARE, held.category());
        assertEquals(Gbp.parse("£50"), held.amount());
        assertEquals(day(7, 5), held.expiresOn());
        assertEquals(Set.of(OutsideSupportPlanRule.ID, NewPayeeRule.ID, LedgerFindings.RING_FENCE),
                Set.copyOf(held.ruleIds()));
        assertEquals(Gbp.parse("£50"), q1.heldTotal());
    }

    @Test
    void givenTheFundersTerms_thenSurplusIsClosingLessHeldLessFourWeeksContingency() {
        PeriodReturn q1 = checked(ReturnRequest.of(NHS, Q1).withTerms(NHS_TERMS.withClawbackThreshold(Gbp.ZERO)));

        // weekly cost £3,000 / 4 weeks = £750; contingency 4 x £750 = £3,000; surplus 2525 - 50 - 3000 = -£525
        assertEquals(Gbp.parse("£3000"), q1.contingency());
        assertEquals(Gbp.parse("-£525"), q1.surplus());
        assertFalse(q1.flaggedForClawback());
        PeriodReturn lower = checked(ReturnRequest.of(NHS, Q1).withTerms(NHS_TERMS.withContingencyWeeks(2)));
        assertEquals(Gbp.parse("£975"), lower.surplus());
        assertTrue(lower.flaggedForClawback());
    }

    @Test
    void givenHoursOfBothFunders_thenTheReturnKeepsItsFundersBudgetedAndUsedMinutes() {
        PersonalAssistantId pa = PersonalAssistantId.of("pa-1");
        HoursSummary hours = HoursSummary.builder(Q1)
                .add(HoursKey.of(PKG, NHS, pa, HoursKind.DAY), 600, 540)
                .add(HoursKey.of(PKG, NHS, pa, HoursKind.NIGHT), 120, 180)
                .add(HoursKey.of(PKG, COUNCIL, pa, HoursKind.DAY), 300, 300).build();

        PeriodReturn q1 = checked(ReturnRequest.of(NHS, Q1).withHours(hours));

        assertEquals(720, q1.hours().plannedMinutes());
        assertEquals(720, q1.hours().deliveredMinutes());
        assertEquals(2, q1.hours().lines().size());
        assertEquals(300, checked(ReturnRequest.of(COUNCIL, Q1).withHours(hours)).hours().plannedMinutes());
    }

    @Test
    void givenABackDatedRefundAfterTheQuarterClosed_thenTheClosedReturnIsReproducedAndTheNextShowsAnAdjustment() {
        PeriodReturn q1 = checked(ReturnRequest.of(NHS, Q1));

        secondQuarter();

        assertEquals(q1, checked(ReturnRequest.of(NHS, Q1).knownThrough(q1.knownThrough())));
        assertEquals(Gbp.parse("£2555"), checked(ReturnRequest.of(NHS, Q1)).closingBalance());
        PeriodReturn q2 = checked(ReturnRequest.of(NHS, Q2).after(q1));
        assertEquals(Gbp.parse("£2525"), q2.openingBalance());
        PriorPeriodAdjustment refund = q2.priorPeriodAdjustments().get(0);
        assertEquals(1, q2.priorPeriodAdjustments().size());
        assertEquals(id(20), refund.transferId());
        assertEquals(Purpose.refund(SpendCategory.PA_WAGES), refund.purpose());
        assertEquals(TransferKind.TRANSFER, refund.kind());
        assertEquals(day(6, 15), refund.date());
        assertEquals(Gbp.parse("£30"), refund.amount());
        assertEquals(q1.knownThrough(), q2.previousKnownThrough());
        assertEquals(Gbp.parse("£1000"), q2.receipts());
        assertEquals(Gbp.parse("£200"), q2.spend());
        // 2525 + 30 + 1000 - 200; the held £50 expired on 5 July
        assertEquals(Gbp.parse("£3355"), q2.closingBalance());
        assertEquals(List.of(), q2.heldSpends());
    }

    @Test
    void givenAReturnMadeWithoutAPreviousOne_thenItOpensAtItsOwnCutWithNoAdjustments() {
        secondQuarter();

        PeriodReturn q2 = checked(ReturnRequest.of(NHS, Q2));

        assertEquals(Gbp.parse("£2555"), q2.openingBalance());
        assertEquals(List.of(), q2.priorPeriodAdjustments());
        assertEquals(Gbp.parse("£3355"), q2.closingBalance());
    }

    @Test
    void givenAnyDateRange_thenTheReturnCoversExactlyThoseDays() {
        PeriodReturn may = checked(ReturnRequest.of(NHS, DateRange.of(day(5, 1), day(6, 1))));

        assertEquals(Gbp.parse("£2600"), may.openingBalance());
        assertEquals(Map.of(SpendCategory.PA_WAGES, Gbp.parse("£600")), may.spendByCategory());
        assertEquals(Gbp.parse("£2000"), may.closingBalance());
    }

    @Test
    void givenAnOpenEndedOrEmptyPeriod_thenTheRequestIsRefusedNamingThePeriod() {
        LedgerException open = assertThrows(LedgerException.class,
                () -> ReturnRequest.of(NHS, DateRange.startingOn(APR_1)));
        LedgerException empty = assertThrows(LedgerException.class,
                () -> ReturnRequest.of(NHS, DateRange.of(APR_1, APR_1)));

        assertEquals("period", open.field());
        assertEquals("period", empty.field());
    }

    @Test
    void givenAPeriodOutsideTheSupportedDates_thenItCannotBeMade() {
        // DateRange itself refuses dates outside the supported range (1900-01-01 to an exclusive end of 2201-01-01),
        // so no request can carry one
        InvalidValueException before = assertThrows(InvalidValueException.class,
                () -> DateRange.of(LocalDate.of(1899, 12, 1), LocalDate.of(1900, 2, 1)));
        InvalidValueException after = assertThrows(InvalidValueException.class,
                () -> DateRange.of(LocalDate.of(2200, 12, 1), LocalDate.of(2201, 2, 1)));

        assertEquals("start", before.field());
        assertEquals("end", after.field());
    }

    @Test
    void givenAFunderNotInTheBudget_thenNoReturnIsMadeAndTheFunderIsNamed() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> PeriodReturns.of(budget, ReturnRequest.of(FunderId.of("other-icb"), Q1)));

        assertEquals("funder", e.field());
        assertTrue(e.getMessage().contains("other-icb"), e.getMessage());
    }

    @Test
    void givenHoursOfAnotherPackage_thenNoReturnIsMade() {
        HoursSummary hours = HoursSummary.builder(Q1).add(HoursKey.of(CarePackageId.of("pkg-2"), NHS,
                PersonalAssistantId.of("pa-1"), HoursKind.DAY), 60, 60).build();

        LedgerException e = assertThrows(LedgerException.class,
                () -> PeriodReturns.of(budget, ReturnRequest.of(NHS, Q1).withHours(hours)));

        assertEquals("hours", e.field());
    }

    @Test
    void givenHoursOfAnotherPeriodOrTermsOfAnotherFunder_thenTheRequestIsRefused() {
        assertEquals("hours.period", assertThrows(LedgerException.class,
                () -> ReturnRequest.of(NHS, Q1).withHours(HoursSummary.empty(Q2))).field());
        assertEquals("terms.funder", assertThrows(LedgerException.class,
                () -> ReturnRequest.of(COUNCIL, Q1).withTerms(NHS_TERMS)).field());
    }

    @Test
    void givenACutBeyondTheJournalOrBeforeThePreviousReturns_thenNoReturnIsMade() {
        PeriodReturn q1 = checked(ReturnRequest.of(NHS, Q1));

        assertEquals("knownThrough", assertThrows(LedgerException.class, () -> PeriodReturns.of(budget,
                ReturnRequest.of(NHS, Q1).knownThrough(firstQuarterCut + 1))).field());
        assertEquals("knownThrough", assertThrows(LedgerException.class, () -> PeriodReturns.of(budget,
                ReturnRequest.of(NHS, Q2).knownThrough(3).after(q1))).field());
    }

    @Test
    void givenAPreviousReturnOfAnotherPeriodOrPackage_thenItIsRefused() {
        PeriodReturn q1 = checked(ReturnRequest.of(NHS, Q1));
        BudgetLedger other = BudgetLedger.open(CarePackageId.of("pkg-2"), APR_1, SpendPolicy.standard(PLAN),
                Period.ofDays(14));
        other.addFunder(NHS, Set.of(SpendCategory.PA_WAGES), APR_1);

        assertEquals("previous.period", assertThrows(LedgerException.class,
                () -> ReturnRequest.of(NHS, ReturnPeriods.financialQuarter(2026, 3)).after(q1)).field());
        assertEquals("previous.carePackage", assertThrows(LedgerException.class,
                () -> PeriodReturns.of(other, ReturnRequest.of(NHS, Q2).after(q1))).field());
    }

    @Test
    void givenARefusedRequest_thenTheBudgetIsUnchanged() {
        String hash = budget.hash();

        assertThrows(LedgerException.class, () -> PeriodReturns.of(budget, ReturnRequest.of(FunderId.of("x"), Q1)));

        assertEquals(hash, budget.hash());
    }
}
