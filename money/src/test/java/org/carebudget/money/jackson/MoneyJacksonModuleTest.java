package org.carebudget.money.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.budget.Clawback;
import org.carebudget.money.budget.FundingTerms;
import org.carebudget.money.budget.SpendOutcome;
import org.carebudget.money.budget.SurplusReport;
import org.carebudget.money.ledger.AccountBalance;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.Statement;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;
import org.junit.jupiter.api.Test;

class MoneyJacksonModuleTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 6);
    static final FunderId NHS = FunderId.of("nhs-icb");
    static final PayeeId PA = PayeeId.of("pa-1");

    /** Registered by hand, as on the module path; class-path discovery is tested in examples. */
    final ObjectMapper mapper = new ObjectMapper().registerModules(new CoreJacksonModule(), new MoneyJacksonModule());

    BudgetLedger budget() {
        SupportPlanBudget plan = new SupportPlanBudget(DAY, 4, Map.of(SpendCategory.PA_WAGES, Gbp.ofPence(90_000)),
                Gbp.ofPence(90_000));
        BudgetLedger budget = BudgetLedger.open(CarePackageId.of("pkg-1"), DAY, SpendPolicy.standard(plan), 14);
        budget.addFunder(NHS, EnumSet.of(SpendCategory.PA_WAGES), DAY);
        budget.addPayee(PA, DAY);
        budget.receive(1, NHS, Gbp.ofPence(100_000), DAY);
        return budget;
    }

    <T> T roundTrip(Object value, TypeReference<T> type) throws Exception {
        return mapper.readValue(mapper.writerFor(type).writeValueAsString(value), type);
    }

    @Test
    void the_journal_round_trips_and_replays_to_the_same_hash() throws Exception {
        BudgetLedger budget = budget();
        budget.spend(new SpendRequest(2, NHS, PA, SpendCategory.PA_WAGES, Gbp.ofPence(95_000), DAY));
        budget.post(3, 2, Gbp.ofPence(80_000), DAY.plusDays(1));

        List<LedgerEvent> journal = roundTrip(budget.journal(), new TypeReference<List<LedgerEvent>>() { });

        assertEquals(budget.journal(), journal);
        assertEquals(budget.hash(), BudgetLedger.replay(journal, SpendPolicy.none(), 14).hash());
    }

    @Test
    void events_carry_a_named_type_never_a_class_name() throws Exception {
        String json = mapper.writerFor(new TypeReference<List<LedgerEvent>>() { })
                .writeValueAsString(budget().journal());

        assertTrue(json.contains("\"type\":\"account-opened\""), json);
        assertTrue(json.contains("\"type\":\"transfer\""), json);
        assertTrue(json.contains("\"amount\":\"£1000.00\""), json);
        assertTrue(!json.contains("org.carebudget"), json);
    }

    @Test
    void decisions_round_trip_as_named_subtypes() throws Exception {
        BudgetLedger budget = budget();
        SpendOutcome held = budget.spend(new SpendRequest(2, NHS, PA, SpendCategory.PA_WAGES, Gbp.ofPence(95_000),
                DAY));
        SpendOutcome rejected = budget.spend(new SpendRequest(3, NHS, PA, SpendCategory.TRAINING, Gbp.ofPence(1),
                DAY));
        List<SpendDecision> decisions = List.of(held.decision(), rejected.decision(), new SpendDecision.Approve());

        assertEquals(decisions, roundTrip(decisions, new TypeReference<List<SpendDecision>>() { }));
        assertEquals(held, roundTrip(held, new TypeReference<SpendOutcome>() { }));
        assertTrue(mapper.writeValueAsString(held).contains("\"type\":\"hold\""));
    }

    @Test
    void statements_surplus_reports_and_requests_round_trip() throws Exception {
        BudgetLedger budget = budget();
        Statement statement = budget.statement(NHS, DateRange.of(DAY, DAY.plusDays(28)));
        SurplusReport surplus = budget.surplus(new FundingTerms(NHS, 4, Gbp.ofPence(10_000), Gbp.ZERO), DAY);
        SpendRequest request = new SpendRequest(9, NHS, PA, SpendCategory.PA_WAGES, Gbp.ofPence(1), DAY);

        assertEquals(statement, roundTrip(statement, new TypeReference<Statement>() { }));
        assertEquals(surplus, roundTrip(surplus, new TypeReference<SurplusReport>() { }));
        assertEquals(request, roundTrip(request, new TypeReference<SpendRequest>() { }));
    }

    @Test
    void given_a_budget_with_a_held_spend_then_its_account_balance_round_trips_as_its_four_totals() throws Exception {
        BudgetLedger budget = budget();
        budget.spend(new SpendRequest(2, NHS, PA, SpendCategory.PA_WAGES, Gbp.ofPence(95_000), DAY));
        AccountBalance balance = budget.balance(NHS, DAY);

        String json = mapper.writeValueAsString(balance);

        assertEquals("{\"debitsPending\":95000,\"debitsPosted\":0,\"creditsPending\":0,\"creditsPosted\":100000}",
                json);
        assertEquals(balance, mapper.readValue(json, AccountBalance.class));
    }

    @Test
    void given_funding_terms_then_they_round_trip_without_the_derived_contingency() throws Exception {
        FundingTerms terms = new FundingTerms(NHS, 4, Gbp.ofPence(25_000), Gbp.ofPence(10_000));

        String json = mapper.writeValueAsString(terms);

        assertEquals("{\"funder\":\"nhs-icb\",\"contingencyWeeks\":4,\"weeklyPlannedCost\":\"£250.00\","
                + "\"clawbackThreshold\":\"£100.00\"}", json);
        assertEquals(terms, mapper.readValue(json, FundingTerms.class));
    }

    @Test
    void given_a_surplus_clawed_back_then_the_clawback_and_its_surplus_report_round_trip() throws Exception {
        BudgetLedger budget = budget();
        FundingTerms terms = new FundingTerms(NHS, 2, Gbp.ofPence(20_000), Gbp.ofPence(10_000));
        SurplusReport surplus = budget.surplus(terms, DAY.plusDays(7));
        Clawback clawback = budget.clawback(2, terms, DAY.plusDays(7));

        assertTrue(surplus.flaggedForClawback(), surplus::toString);
        assertEquals(Gbp.ofPence(60_000), clawback.returned());
        assertEquals(surplus, roundTrip(surplus, new TypeReference<SurplusReport>() { }));
        assertEquals(clawback, roundTrip(clawback, new TypeReference<Clawback>() { }));
        assertTrue(mapper.writeValueAsString(clawback).contains("\"returned\":\"£600.00\""));
    }

    @Test
    void given_json_whose_surplus_does_not_add_up_then_reading_a_surplus_report_is_refused() {
        String json = "{\"funder\":\"nhs-icb\",\"asOf\":\"2026-04-06\",\"balance\":\"£10.00\","
                + "\"commitments\":\"£0.00\",\"contingency\":\"£0.00\",\"surplus\":\"£9.99\","
                + "\"flaggedForClawback\":false}";

        Exception e = assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue(json, SurplusReport.class));
        assertTrue(e.getMessage().contains("Invalid value for surplus"), e.getMessage());
    }

    @Test
    void given_an_unknown_event_type_then_reading_a_ledger_event_is_refused() {
        String json = "{\"type\":\"com.example.Evil\",\"id\":1}";

        InvalidTypeIdException e = assertThrows(InvalidTypeIdException.class,
                () -> mapper.readValue(json, LedgerEvent.class));
        assertEquals("com.example.Evil", e.getTypeId());
    }

    @Test
    void given_an_unknown_decision_type_then_reading_a_spend_decision_is_refused() {
        InvalidTypeIdException e = assertThrows(InvalidTypeIdException.class,
                () -> mapper.readValue("{\"type\":\"approve-anyway\"}", SpendDecision.class));
        assertEquals("approve-anyway", e.getTypeId());
    }

    @Test
    void an_invalid_payee_id_fails_with_the_factory_message() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("\" bad\"", PayeeId.class));
        assertTrue(e.getMessage().contains("Invalid value for payeeId"), e.getMessage());
    }
}
