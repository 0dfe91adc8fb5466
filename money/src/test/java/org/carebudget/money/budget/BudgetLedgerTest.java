package org.carebudget.money.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.ledger.Statement;
import org.carebudget.money.ledger.TransferResult;
import org.carebudget.money.policy.CategoryLimitRule;
import org.carebudget.money.policy.LedgerFindings;
import org.carebudget.money.policy.NewPayeeRule;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BudgetLedgerTest {

    static final LocalDate OPENED = LocalDate.of(2026, 4, 1);
    static final LocalDate DAY = LocalDate.of(2026, 4, 10);
    static final FunderId NHS = FunderId.of("nhs-icb");
    static final FunderId COUNCIL = FunderId.of("council");
    static final PayeeId PA = PayeeId.of("pa-1");
    static final PayeeId AGENCY = PayeeId.of("agency-1");

    BudgetLedger budget;

    @BeforeEach
    void given_a_budget_funded_by_the_nhs_and_the_council() {
        budget = BudgetLedger.open(CarePackageId.of("pkg-1"), OPENED, SpendPolicy.none().with(new NewPayeeRule()), 14);
        budget.addFunder(NHS, EnumSet.of(SpendCategory.PA_WAGES, SpendCategory.TRAINING), OPENED);
        budget.addFunder(COUNCIL, EnumSet.of(SpendCategory.PA_WAGES, SpendCategory.AGENCY_CARE), OPENED);
        budget.addPayee(PA, OPENED);
        budget.addPayee(AGENCY, OPENED);
        budget.receive(1, NHS, Gbp.ofPence(200_000), OPENED);
        budget.receive(2, COUNCIL, Gbp.ofPence(100_000), OPENED);
    }

    static MonetaryAmount amount(java.math.BigDecimal number, String currency) {
        return Monetary.getDefaultAmountFactory().setCurrency(currency).setNumber(number).create();
    }

    SpendRequest spend(long id, FunderId funder, PayeeId payee, SpendCategory category, long pence) {
        return new SpendRequest(id, funder, payee, category, Gbp.ofPence(pence), DAY);
    }

    @Test
    void given_linked_spends_each_under_the_category_limit_but_not_together_then_the_batch_is_held() {
        SupportPlanBudget plan = new SupportPlanBudget(OPENED, 4,
                Map.of(SpendCategory.TRAINING, Gbp.ofPence(20_000)), Gbp.ofPence(300_000));
        BudgetLedger limited = BudgetLedger.open(CarePackageId.of("pkg-2"), OPENED,
                SpendPolicy.none().with(new CategoryLimitRule(plan)), 14);
        limited.addFunder(NHS, EnumSet.of(SpendCategory.TRAINING), OPENED);
        limited.addPayee(PA, OPENED);
        limited.receive(1, NHS, Gbp.ofPence(100_000), OPENED);

        SpendOutcome outcome = limited.spendLinked(List.of(spend(10, NHS, PA, SpendCategory.TRAINING, 12_000),
                spend(11, NHS, PA, SpendCategory.TRAINING, 12_000)));

        SpendDecision.Hold hold = assertInstanceOf(SpendDecision.Hold.class, outcome.decision());
        assertEquals(List.of(CategoryLimitRule.ID), hold.reasons().stream().map(r -> r.ruleId()).toList());
        assertEquals(Gbp.ofPence(76_000), limited.balance(NHS, DAY).available());
    }

    @Test
    void given_a_spend_held_for_review_then_a_later_spend_it_would_take_over_the_limit_is_held_too() {
        SupportPlanBudget plan = new SupportPlanBudget(OPENED, 4,
                Map.of(SpendCategory.PA_WAGES, Gbp.ofPence(100_000)), Gbp.ofPence(300_000));
        BudgetLedger limited = BudgetLedger.open(CarePackageId.of("pkg-2"), OPENED,
                SpendPolicy.none().with(new NewPayeeRule()).with(new CategoryLimitRule(plan)), 14);
        limited.addFunder(NHS, EnumSet.of(SpendCategory.PA_WAGES), OPENED);
        limited.addPayee(PA, OPENED);
        limited.addPayee(AGENCY, OPENED);
        limited.receive(1, NHS, Gbp.ofPence(200_000), OPENED);
        limited.spend(spend(10, NHS, AGENCY, SpendCategory.PA_WAGES, 10_000));
        limited.post(11, 10, Gbp.ofPence(10_000), DAY);
        assertInstanceOf(SpendDecision.Hold.class,
                limited.spend(spend(12, NHS, PA, SpendCategory.PA_WAGES, 60_000)).decision());

        SpendOutcome second = limited.spend(spend(13, NHS, AGENCY, SpendCategory.PA_WAGES, 40_000));

        SpendDecision.Hold hold = assertInstanceOf(SpendDecision.Hold.class, second.decision());
        assertEquals(List.of(CategoryLimitRule.ID), hold.reasons().stream().map(r -> r.ruleId()).toList());
        assertEquals(Gbp.ofPence(10_000), limited.spent(SpendCategory.PA_WAGES, plan.periodOf(DAY)));
        assertEquals(Gbp.ofPence(110_000), limited.committed(SpendCategory.PA_WAGES, plan.periodOf(DAY)));
    }

    @ParameterizedTest(name = "second spend on {0}: held {1}")
    @org.junit.jupiter.params.provider.CsvSource({"2026-04-28, true", "2026-04-29, false"})
    void given_a_four_weekly_plan_then_a_category_limit_counts_only_the_spend_date_s_period(LocalDate second,
            boolean held) {
        SupportPlanBudget plan = new SupportPlanBudget(OPENED, 4,
                Map.of(SpendCategory.TRAINING, Gbp.ofPence(100_000)), Gbp.ofPence(900_000));
        BudgetLedger limited = BudgetLedger.open(CarePackageId.of("pkg-2"), OPENED,
                SpendPolicy.none().with(new CategoryLimitRule(plan)), 14);
        limited.addFunder(NHS, EnumSet.of(SpendCategory.TRAINING), OPENED);
        limited.addPayee(PA, OPENED);
        limited.receive(1, NHS, Gbp.ofPence(500_000), OPENED);
        limited.spend(spend(10, NHS, PA, SpendCategory.TRAINING, 80_000));

        SpendOutcome outcome = limited.spend(new SpendRequest(11, NHS, PA, SpendCategory.TRAINING,
                Gbp.ofPence(30_000), second));

        assertEquals(held, outcome.decision() instanceof SpendDecision.Hold, outcome.decision().toString());
    }

    @Test
    void given_money_received_on_a_date_then_a_spend_dated_earlier_is_refused_and_nothing_changes() {
        budget.receive(3, NHS, Gbp.ofPence(50_000), DAY);
        String hash = budget.hash();

        LedgerException e = assertThrows(LedgerException.class,
                () -> budget.spend(new SpendRequest(10, NHS, PA, SpendCategory.PA_WAGES, Gbp.ofPence(240_000),
                        DAY.minusDays(3))));

        assertEquals("date", e.field());
        assertEquals(hash, budget.hash());
        assertEquals(Gbp.ofPence(250_000), budget.balance(NHS).available());
        assertEquals(budget.balance(NHS, DAY), budget.balance(NHS));
    }

    @Test
    void given_a_held_spend_voided_then_it_no_longer_counts_as_committed() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));
        DateRange april = DateRange.of(OPENED, OPENED.plusMonths(1));
        assertEquals(Gbp.ofPence(50_000), budget.committed(SpendCategory.PA_WAGES, april));

        budget.voidHold(11, 10, DAY);

        assertEquals(Gbp.ZERO, budget.committed(SpendCategory.PA_WAGES, april));
        assertEquals(Gbp.ZERO, budget.spent(null, april));
    }

    @Test
    void given_a_new_payee_paid_twice_in_one_payroll_run_then_it_is_one_first_payment() {
        SpendOutcome outcome = budget.spendLinked(List.of(spend(10, NHS, PA, SpendCategory.PA_WAGES, 30_000),
                spend(11, COUNCIL, PA, SpendCategory.PA_WAGES, 15_000)));

        SpendDecision.Hold hold = assertInstanceOf(SpendDecision.Hold.class, outcome.decision());
        assertEquals(1, hold.reasons().size(), hold.reasons().toString());
    }

    @Test
    void a_first_payment_to_a_new_payee_is_held_with_its_funds_reserved() {
        SpendOutcome outcome = budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));

        SpendDecision.Hold hold = assertInstanceOf(SpendDecision.Hold.class, outcome.decision());
        assertEquals(NewPayeeRule.ID, hold.reasons().get(0).ruleId());
        assertEquals(Gbp.ofPence(150_000), budget.balance(NHS, DAY).available());
        assertEquals(Gbp.ofPence(200_000), budget.balance(NHS, DAY).posted());
    }

    @Test
    void the_funder_posts_a_held_spend_in_part_and_the_rest_is_released() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));

        budget.post(11, 10, Gbp.ofPence(40_000), DAY.plusDays(2));

        assertEquals(Gbp.ofPence(160_000), budget.balance(NHS, DAY.plusDays(2)).available());
        assertEquals(1, budget.paymentsTo(PA));
        assertEquals(Gbp.ofPence(40_000), budget.paidTo(PA));
    }

    @Test
    void a_payment_to_a_known_payee_is_approved_and_posted() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));
        budget.post(11, 10, Gbp.ofPence(50_000), DAY);

        SpendOutcome outcome = budget.spend(spend(12, NHS, PA, SpendCategory.PA_WAGES, 30_000));

        assertInstanceOf(SpendDecision.Approve.class, outcome.decision());
        assertEquals(Gbp.ofPence(120_000), budget.balance(NHS, DAY).posted());
    }

    @Test
    void a_spend_on_a_category_the_funder_does_not_fund_is_rejected_and_not_recorded() {
        String hash = budget.hash();

        SpendOutcome outcome = budget.spend(spend(10, NHS, AGENCY, SpendCategory.AGENCY_CARE, 100));

        SpendDecision.Reject reject = assertInstanceOf(SpendDecision.Reject.class, outcome.decision());
        assertEquals(LedgerFindings.RING_FENCE, reject.reasons().get(0).ruleId());
        assertEquals(hash, budget.hash());
    }

    @Test
    void a_spend_above_the_stream_balance_is_rejected_for_insufficient_funds() {
        SpendOutcome outcome = budget.spend(spend(10, COUNCIL, AGENCY, SpendCategory.AGENCY_CARE, 100_001));

        SpendDecision.Reject reject = assertInstanceOf(SpendDecision.Reject.class, outcome.decision());
        assertEquals("funder council's stream has £1000.00 available, £1000.01 asked for",
                reject.reasons().get(0).message());
    }

    @Test
    void a_resubmitted_spend_is_a_no_op_that_says_so() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));
        String hash = budget.hash();

        SpendOutcome again = budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));

        assertTrue(again.resubmitted());
        assertInstanceOf(SpendDecision.Hold.class, again.decision());
        assertEquals(hash, budget.hash());
        LedgerException e = assertThrows(LedgerException.class,
                () -> budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_001)));
        assertEquals("Invalid value for transfer 10 amount (valid values as first submitted: 50000): 50001",
                e.getMessage());
    }

    @Test
    void a_payroll_run_across_two_funders_succeeds_or_fails_together() {
        List<SpendRequest> payroll = List.of(
                spend(20, NHS, PA, SpendCategory.PA_WAGES, 150_000),
                spend(21, COUNCIL, PA, SpendCategory.PA_WAGES, 60_000),
                spend(22, COUNCIL, AGENCY, SpendCategory.AGENCY_CARE, 50_000));
        String hash = budget.hash();

        SpendOutcome outcome = budget.spendLinked(payroll);

        assertInstanceOf(SpendDecision.Reject.class, outcome.decision());
        assertEquals(hash, budget.hash());
        SpendOutcome smaller = budget.spendLinked(List.of(payroll.get(0), payroll.get(1)));
        assertInstanceOf(SpendDecision.Hold.class, smaller.decision());
        assertEquals(Gbp.ofPence(40_000), budget.balance(COUNCIL, DAY).available());
    }

    @Test
    void a_split_by_task_pays_each_funder_share_to_the_penny() {
        List<FunderShare> shares = FundingSplit.byTask(Gbp.ofPence(10_000), List.of(
                new TaskShare("PEG feeding", NHS, 20), new TaskShare("personal care", COUNCIL, 30),
                new TaskShare("suction", NHS, 20)));

        assertEquals(List.of(new FunderShare(NHS, Gbp.ofPence(5_714)), new FunderShare(COUNCIL, Gbp.ofPence(4_286))),
                shares);
    }

    @Test
    void surplus_above_the_threshold_is_flagged_and_returned_in_one_call() {
        FundingTerms terms = new FundingTerms(COUNCIL, 4, Gbp.ofPence(10_000), Gbp.ofPence(50_000));
        budget.spend(spend(10, COUNCIL, AGENCY, SpendCategory.AGENCY_CARE, 5_000));

        SurplusReport report = budget.surplus(terms, DAY);
        assertEquals(Gbp.ofPence(55_000), report.surplus());
        assertTrue(report.flaggedForClawback());

        Clawback clawback = budget.clawback(30, terms, DAY);

        assertEquals(Gbp.ofPence(55_000), clawback.returned());
        assertEquals(Gbp.ofPence(45_000), budget.balance(COUNCIL, DAY).posted());
        assertFalse(budget.surplus(terms, DAY).flaggedForClawback());
        assertEquals(Gbp.ofPence(55_000), budget.clawback(30, terms, DAY).returned());
        assertEquals(Gbp.ofPence(45_000), budget.balance(COUNCIL, DAY).posted());
    }

    @Test
    void surplus_at_or_below_the_threshold_is_not_returned() {
        FundingTerms terms = new FundingTerms(COUNCIL, 10, Gbp.ofPence(10_000), Gbp.ZERO);

        Clawback clawback = budget.clawback(30, terms, DAY);

        assertEquals(Gbp.ZERO, clawback.report().surplus());
        assertEquals(Gbp.ZERO, clawback.returned());
    }

    @Test
    void a_correction_reverses_the_spend_and_the_statement_shows_both() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));
        budget.post(11, 10, Gbp.ofPence(50_000), DAY);
        budget.reverse(12, 11, DAY.plusDays(1));

        Statement statement = budget.statement(NHS, DateRange.of(DAY, DAY.plusDays(7)));

        assertEquals(new Statement("stream:nhs-icb", DateRange.of(DAY, DAY.plusDays(7)), Gbp.ofPence(200_000),
                Gbp.ofPence(50_000), Gbp.ofPence(50_000), Gbp.ZERO, Gbp.ofPence(200_000)), statement);
        assertEquals(0, budget.paymentsTo(PA));
    }

    @Test
    void given_a_payment_then_the_payee_can_refund_up_to_it_and_no_more() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));
        budget.post(11, 10, Gbp.ofPence(50_000), DAY);
        assertEquals(TransferResult.CREATED, budget.refund(12, PA, NHS, SpendCategory.PA_WAGES,
                Gbp.ofPence(20_000), DAY));
        String hash = budget.hash();

        LedgerException e = assertThrows(LedgerException.class, () -> budget.refund(13, PA, NHS,
                SpendCategory.PA_WAGES, Gbp.ofPence(30_001), DAY));

        assertEquals("Invalid value for amount (valid values at most £300.00, what nhs-icb paid pa-1 for PA_WAGES "
                + "less refunds): £300.01", e.getMessage());
        assertEquals(hash, budget.hash());
        assertEquals(TransferResult.EXISTS, budget.refund(12, PA, NHS, SpendCategory.PA_WAGES,
                Gbp.ofPence(20_000), DAY));
    }

    @Test
    void given_a_clawback_then_resubmitting_its_id_with_other_terms_is_an_error_naming_the_memo() {
        FundingTerms terms = new FundingTerms(COUNCIL, 1, Gbp.ofPence(10_000), Gbp.ZERO);
        Clawback first = budget.clawback(30, terms, DAY);
        FundingTerms other = new FundingTerms(COUNCIL, 2, Gbp.ofPence(10_000), Gbp.ZERO);

        assertEquals(first.returned(), budget.clawback(30, terms, DAY).returned());
        LedgerException e = assertThrows(LedgerException.class, () -> budget.clawback(30, other, DAY));

        assertEquals("transfer 30 memo", e.field());
    }

    @Test
    void given_a_linked_batch_asking_for_more_than_the_largest_amount_then_it_is_refused_as_insufficient_funds() {
        SpendOutcome outcome = budget.spendLinked(List.of(
                new SpendRequest(10, NHS, PA, SpendCategory.PA_WAGES, Gbp.MAX, DAY),
                new SpendRequest(11, NHS, PA, SpendCategory.PA_WAGES, Gbp.MAX, DAY)));

        assertInstanceOf(SpendDecision.Reject.class, outcome.decision());
    }

    @Test
    void given_a_payment_reversed_then_nothing_is_left_to_refund() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));
        budget.post(11, 10, Gbp.ofPence(50_000), DAY);
        budget.reverse(12, 11, DAY);

        assertThrows(LedgerException.class, () -> budget.refund(13, PA, NHS, SpendCategory.PA_WAGES,
                Gbp.ofPence(1), DAY));
    }

    @Test
    void the_whole_account_statement_adds_up_every_stream() {
        Statement statement = budget.statement(DateRange.of(OPENED, DAY));

        assertEquals(Gbp.ZERO, statement.opening());
        assertEquals(Gbp.ofPence(300_000), statement.in());
        assertEquals(Gbp.ofPence(300_000), statement.closing());
    }

    @Test
    void holds_expire_after_the_hold_days() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));

        assertEquals(1, budget.expireHolds(DAY.plusDays(15)));

        assertEquals(Gbp.ofPence(200_000), budget.balance(NHS, DAY.plusDays(15)).available());
    }

    @Test
    void the_journal_replays_to_the_identical_budget() {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));
        budget.post(11, 10, Gbp.ofPence(40_000), DAY);
        budget.spend(spend(12, COUNCIL, AGENCY, SpendCategory.AGENCY_CARE, 5_000));

        BudgetLedger copy = BudgetLedger.replay(budget.journal(), SpendPolicy.none().with(new NewPayeeRule()), 14);

        assertEquals(budget.hash(), copy.hash());
        assertEquals(budget.journal(), copy.journal());
        assertEquals(budget.balance(DAY), copy.balance(DAY));
        assertEquals(budget.funds(NHS), copy.funds(NHS));
        assertInstanceOf(SpendDecision.Hold.class,
                copy.spend(spend(12, COUNCIL, AGENCY, SpendCategory.AGENCY_CARE, 5_000)).decision());
    }

    @Test
    void scheduled_four_weekly_receipts_are_recorded_once_each() {
        ReceiptSchedule schedule = new ReceiptSchedule(COUNCIL, Gbp.ofPence(40_000), OPENED, 4);

        assertEquals(2, budget.receiveScheduled(500, schedule, OPENED.plusWeeks(4)));
        assertEquals(0, budget.receiveScheduled(500, schedule, OPENED.plusWeeks(7)));
        assertEquals(1, budget.receiveScheduled(500, schedule, OPENED.plusWeeks(8)));

        assertEquals(Gbp.ofPence(220_000), budget.balance(COUNCIL, OPENED.plusWeeks(8)).posted());
        assertEquals(Gbp.ofPence(180_000), budget.balance(COUNCIL, OPENED.plusWeeks(8).minusDays(1)).posted());
    }

    @Test
    void a_receipt_in_another_currency_is_rejected() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> budget.receive(40, NHS, amount(java.math.BigDecimal.TEN, "EUR"), DAY));
        assertEquals("Invalid value for amount.currency (valid values GBP): EUR", e.getMessage());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("unknown funder", (Consumer<BudgetLedger>) b -> b.receive(40, FunderId.of("x"),
                        Gbp.ofPence(1), DAY), "Invalid value for funder (valid values a funder of budget pkg-1 "
                        + "[nhs-icb, council]): x"),
                Arguments.of("unknown payee", (Consumer<BudgetLedger>) b -> b.spend(new SpendRequest(40, NHS,
                        PayeeId.of("nobody"), SpendCategory.PA_WAGES, Gbp.ofPence(1), DAY)),
                        "Invalid value for payee (valid values a payee of budget pkg-1 [pa-1, agency-1]): nobody"),
                Arguments.of("null receipt", (Consumer<BudgetLedger>) b -> b.receive(40, NHS, (Gbp) null, DAY),
                        "Invalid value for amount (valid values not null): null"),
                Arguments.of("receipt in euros", (Consumer<BudgetLedger>) b -> b.receive(40, NHS,
                        amount(java.math.BigDecimal.ONE, "EUR"), DAY),
                        "Invalid value for amount.currency (valid values GBP): EUR"),
                Arguments.of("post of null", (Consumer<BudgetLedger>) b -> b.post(40, 10, null, DAY),
                        "Invalid value for amount (valid values not null): null"),
                Arguments.of("zero receipt", (Consumer<BudgetLedger>) b -> b.receive(40, NHS, Gbp.ZERO, DAY),
                        "Invalid value for amount (valid values 1 - 1000000000000000 pence): 0"),
                Arguments.of("sub-penny receipt", (Consumer<BudgetLedger>) b -> b.receive(40, NHS,
                        amount(new java.math.BigDecimal("0.005"), "GBP"), DAY),
                        "Invalid value for amount (valid values whole pence (at most 2 decimal places)):"
                                + " 0.005"),
                Arguments.of("date before the account opened", (Consumer<BudgetLedger>) b -> b.receive(40, NHS,
                        Gbp.ofPence(1), OPENED.minusDays(1)), "Invalid value for date (valid values on or after "
                        + "2026-04-01, when account funder:nhs-icb opened): 2026-03-31"),
                Arguments.of("post above the held amount", (Consumer<BudgetLedger>) b -> b.post(40, 10,
                        Gbp.ofPence(50_001), DAY), "Invalid value for amount (valid values 1 - 50000 pence (the "
                        + "pending amount)): 50001"),
                Arguments.of("void of a posted hold", (Consumer<BudgetLedger>) b -> b.voidHold(40, 20, DAY),
                        "Invalid value for pendingId (valid values a pending transfer not yet posted, voided or "
                                + "expired): 20 (posted)"),
                Arguments.of("funder added twice", (Consumer<BudgetLedger>) b -> b.addFunder(NHS,
                        EnumSet.of(SpendCategory.TRAINING), DAY), "Invalid value for funder (valid values a funder "
                        + "not yet in budget pkg-1): nhs-icb"),
                Arguments.of("negative split ratio", (Consumer<BudgetLedger>) b -> FundingSplit.byRatio(
                        Gbp.ofPence(1), Map.of(NHS, -1L)), "Invalid value for ratios[nhs-icb] (valid values 0 - "
                        + "2147483647): -1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void bad_input_is_rejected_with_a_specific_message_and_changes_nothing(String what,
            Consumer<BudgetLedger> action, String message) {
        budget.spend(spend(10, NHS, PA, SpendCategory.PA_WAGES, 50_000));
        budget.spend(spend(20, COUNCIL, PA, SpendCategory.PA_WAGES, 1_000));
        budget.post(21, 20, Gbp.ofPence(1_000), DAY);
        String hash = budget.hash();
        var journal = budget.journal();

        LedgerException e = assertThrows(LedgerException.class, () -> action.accept(budget));

        assertEquals(message, e.getMessage());
        assertEquals(hash, budget.hash());
        assertEquals(journal, budget.journal());
    }
}
