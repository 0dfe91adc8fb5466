package org.carebudget.money.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.budget.Clawback;
import org.carebudget.money.budget.FundingTerms;
import org.carebudget.money.budget.SpendOutcome;
import org.carebudget.money.budget.SurplusReport;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendFinding;
import org.carebudget.money.policy.SpendSeverity;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;
import org.junit.jupiter.api.Test;

class MoneyJacksonModuleTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 6);
    static final FunderId NHS = FunderId.of("nhs-icb");
    static final PayeeId PA = PayeeId.of("pa-1");

    /** Registered by hand, as on the module path; class-path discovery is tested in examples. */
    final ObjectMapper mapper = new ObjectMapper().registerModules(new CoreJacksonModule(), new MoneyJacksonModule())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    BudgetLedger budget() {
        SupportPlanBudget plan = budgetPlan();
        BudgetLedger budget = BudgetLedger.open(CarePackageId.of("pkg-1"), DAY, SpendPolicy.standard(plan),
                Period.ofDays(14));
        budget.addFunder(NHS, Set.of(SpendCategory.PA_WAGES, SpendCategory.agreed("gym-membership")), DAY);
        budget.addPayee(PA, DAY);
        budget.receive(TransferId.of(1), NHS, Gbp.ofPence(100_000), DAY);
        return budget;
    }

    <T> T roundTrip(Object value, TypeReference<T> type) throws Exception {
        return mapper.readValue(mapper.writerFor(type).writeValueAsString(value), type);
    }

    @Test
    void givenTheJournal_thenItRoundTripsAndReplaysToTheSameHash() throws Exception {
        BudgetLedger budget = budget();
        budget.spend(new SpendRequest(TransferId.of(2), NHS, PA, SpendCategory.PA_WAGES, Gbp.ofPence(95_000), DAY));
        budget.approveHold(TransferId.of(java.util.UUID.fromString("6f1c1c5e-0000-4000-8000-000000000003")),
                TransferId.of(2), Gbp.ofPence(80_000), DAY.plusDays(1));

        List<LedgerEvent> journal = roundTrip(budget.journal(), new TypeReference<List<LedgerEvent>>() { });

        assertEquals(budget.journal(), journal);
        assertEquals(budget.hash(), BudgetLedger.replay(journal, budget.hash(), SpendPolicy.none(),
                Period.ofDays(14)).hash());
    }

    @Test
    void givenEvents_thenTheyCarryANamedTypeAndTypedCodesNeverAClassNameOrALabel() throws Exception {
        String json = mapper.writerFor(new TypeReference<List<LedgerEvent>>() { })
                .writeValueAsString(budget().journal());

        assertTrue(json.contains("\"type\":\"account-opened\""), json);
        assertTrue(json.contains("\"type\":\"transfer\""), json);
        assertTrue(json.contains("\"amount\":\"£1000.00\""), json);
        assertTrue(json.contains("\"code\":"), json);
        assertTrue(!json.contains("org.carebudget") && !json.contains("stream:") && !json.contains("payee:"), json);
    }

    @Test
    void givenDecisionsAndRequests_thenTheyRoundTrip() throws Exception {
        BudgetLedger budget = budget();
        SpendOutcome held = budget.spend(new SpendRequest(TransferId.of(2), NHS, PA, SpendCategory.PA_WAGES,
                Gbp.ofPence(95_000), DAY));
        SpendRequest request = new SpendRequest(TransferId.of(3), NHS, PA, SpendCategory.agreed("gym-membership"),
                Gbp.ofPence(1), DAY);
        List<SpendDecision> decisions = List.of(held.decision(), new SpendDecision.Approve());

        assertEquals(decisions, roundTrip(decisions, new TypeReference<List<SpendDecision>>() { }));
        assertEquals(request, roundTrip(request, new TypeReference<SpendRequest>() { }));
        assertTrue(mapper.writeValueAsString(held.decision()).contains("\"type\":\"hold\""));
    }

    @Test
    void givenEverySubtypeOfTheModule_thenItsJsonHasNoDuplicateKeyAndReadsBackUnderStrictDuplicateDetection()
            throws Exception {
        BudgetLedger budget = budget();
        budget.spend(new SpendRequest(TransferId.of(2), NHS, PA, SpendCategory.PA_WAGES, Gbp.ofPence(95_000), DAY));
        List<Object> values = List.of(budget.journal().get(0), budget.journal().get(budget.journal().size() - 1),
                new SpendDecision.Approve(), budget.spend(new SpendRequest(TransferId.of(3), NHS, PA,
                        SpendCategory.PA_WAGES, Gbp.ofPence(1), DAY)).decision(),
                new SpendDecision.Reject(budget.spend(new SpendRequest(TransferId.of(4), NHS, PA,
                        SpendCategory.PA_WAGES, Gbp.ofPence(99_000_000), DAY)).decision().reasons()));
        for (Object value : values) {
            TypeReference<?> type = value instanceof LedgerEvent ? new TypeReference<LedgerEvent>() { }
                    : new TypeReference<SpendDecision>() { };
            String json = mapper.writerFor(type).writeValueAsString(value);

            assertEquals(1, json.split("\"type\"", -1).length - 1, json);
            assertEquals(value, mapper.readValue(json, type));
        }
    }

    static final SupportPlanBudget PLAN = SupportPlanBudget.startingOn(DAY).everyWeeks(4)
            .limit(SpendCategory.PA_WAGES, Gbp.parse("£4000")).limit(SpendCategory.agreed("gym-membership"),
                    Gbp.parse("£40")).periodLimit(Gbp.parse("£5000")).fundedBy(NHS, Gbp.parse("£3000"))
            .fundedBy(FunderId.of("council"), Gbp.parse("£1000")).build();

    @Test
    void givenASupportPlanAndFundingTerms_thenTheyRoundTripThroughTheirBuilders() throws Exception {
        FundingTerms terms = FundingTerms.of(PLAN, NHS).withContingencyWeeks(4)
                .withClawbackThreshold(Gbp.parse("£100"));

        String json = mapper.writeValueAsString(terms);

        assertEquals(PLAN, roundTrip(PLAN, new TypeReference<SupportPlanBudget>() { }));
        assertEquals(terms, mapper.readValue(json, FundingTerms.class));
        assertEquals(Gbp.parse("£750"), mapper.readValue(json, FundingTerms.class).weeklyPlannedCost());
        assertTrue(json.contains("\"categoryLimits\":{\"PA_WAGES\":\"£4000.00\",\"gym-membership\":\"£40.00\"}"),
                json);
        assertTrue(json.contains("\"funderShares\":{\"nhs-icb\":\"£3000.00\",\"council\":\"£1000.00\"}"), json);
        assertTrue(json.contains("\"weeklyPlannedCost\":\"£750.00\""), json);
    }

    @Test
    void givenFundingTermsWhoseWeeklyCostDiffersFromThePlan_thenReadingThemIsRefused() throws Exception {
        String json = mapper.writeValueAsString(FundingTerms.of(PLAN, NHS))
                .replace("\"weeklyPlannedCost\":\"£750.00\"", "\"weeklyPlannedCost\":\"£751.00\"");

        Exception e = assertThrows(MismatchedInputException.class, () -> mapper.readValue(json, FundingTerms.class));

        assertTrue(e.getMessage().contains("weeklyPlannedCost derives from the plan's share for nhs-icb: £750.00, "
                + "not £751.00"), e.getMessage());
    }

    @Test
    void givenAPlanWithAnUnknownMissingOrInvalidProperty_thenReadingItIsRefusedNamingIt() throws Exception {
        String json = mapper.writeValueAsString(PLAN);

        assertThrows(UnrecognizedPropertyException.class, () -> mapper.readValue(json.replace("\"periodWeeks\"",
                "\"weeks\""), SupportPlanBudget.class));
        Exception missing = assertThrows(MismatchedInputException.class, () -> mapper.readValue(
                json.replace("\"periodLimit\":\"£5000.00\",", ""), SupportPlanBudget.class));
        assertTrue(missing.getMessage().contains("'periodLimit'"), missing.getMessage());
        Exception invalid = assertThrows(ValueInstantiationException.class, () -> mapper.readValue(
                json.replace("\"periodWeeks\":4", "\"periodWeeks\":0"), SupportPlanBudget.class));
        assertTrue(invalid.getMessage().contains("periodWeeks"), invalid.getMessage());
        assertThrows(MismatchedInputException.class, () -> mapper.readValue(json.replace("\"periodWeeks\":4",
                "\"periodWeeks\":\"4\""), SupportPlanBudget.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("[1]", SupportPlanBudget.class));
        Exception terms = assertThrows(ValueInstantiationException.class, () -> mapper.readValue(
                mapper.writeValueAsString(FundingTerms.of(PLAN, NHS)).replace("\"funder\":\"nhs-icb\"",
                        "\"funder\":\"chc\"").replace(",\"weeklyPlannedCost\":\"£750.00\"", ""),
                FundingTerms.class));
        assertTrue(terms.getMessage().contains("funder"), terms.getMessage());
    }

    @Test
    void givenEveryValueOfTheModule_thenItsJsonHasNoDuplicateKeyAndReadsBackEqual() throws Exception {
        BudgetLedger budget = budget();
        FundingTerms terms = FundingTerms.of(PLAN, NHS).withContingencyWeeks(1);
        DateRange period = DateRange.of(DAY, DAY.plusDays(28));
        SurplusReport surplus = budget.surplus(FundingTerms.of(budgetPlan(), NHS), DAY);
        List<Object> values = List.of(PLAN, terms, budget.statement(period), budget.balance(NHS), surplus,
                new Clawback(surplus, Gbp.ZERO, null), new SpendRequest(TransferId.of(9), NHS, PA,
                        SpendCategory.TRAINING, Gbp.ofPence(5), DAY),
                SpendFinding.of("r", SpendSeverity.HOLD, "m", Source.of("s", Status.CONFIRMED)));
        for (Object value : values) {
            String json = mapper.writeValueAsString(value);

            assertEquals(value, mapper.readValue(json, value.getClass()), json);
            assertNoDuplicateKey(mapper.readTree(json), json);
        }
    }

    private static void assertNoDuplicateKey(com.fasterxml.jackson.databind.JsonNode node, String json) {
        // the mapper reads with STRICT_DUPLICATE_DETECTION, so a duplicate key fails readTree; walk to be sure
        node.forEach(child -> assertNoDuplicateKey(child, json));
        java.util.Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(name -> assertTrue(names.add(name), name + " twice in " + json));
    }

    SupportPlanBudget budgetPlan() {
        return SupportPlanBudget.startingOn(DAY).limit(SpendCategory.PA_WAGES, Gbp.ofPence(90_000))
                .periodLimit(Gbp.ofPence(90_000)).fundedBy(NHS, Gbp.ofPence(90_000)).build();
    }

    @Test
    void givenAnUnknownEventType_thenReadingALedgerEventIsRefused() {
        assertThrows(InvalidTypeIdException.class, () -> mapper.readValue("{\"type\":\"java.lang.Runtime\"}",
                LedgerEvent.class));
    }

    @Test
    void givenAnInvalidTransferId_thenItFailsWithTheFactoryMessage() {
        Exception e = assertThrows(Exception.class, () -> mapper.readValue("\"0\"", TransferId.class));

        assertTrue(e.getMessage().contains("transferId"), e.getMessage());
    }
}
