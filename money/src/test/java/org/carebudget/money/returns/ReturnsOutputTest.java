package org.carebudget.money.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.carebudget.core.hours.HoursKey;
import org.carebudget.core.hours.HoursKind;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.jackson.MoneyJacksonModule;
import org.junit.jupiter.api.Test;

/** A return as CSV lines and as JSON. */
class ReturnsOutputTest {

    final PeriodReturnsTest scenario = new PeriodReturnsTest();
    final HoursSummary hours = HoursSummary.builder(PeriodReturnsTest.Q1)
            .add(HoursKey.of(PeriodReturnsTest.PKG, PeriodReturnsTest.NHS, PersonalAssistantId.of("pa-1"),
                    HoursKind.DAY), 600, 540).build();
    final PeriodReturn q1 = PeriodReturns.of(scenario.budget, ReturnRequest.of(PeriodReturnsTest.NHS,
            PeriodReturnsTest.Q1).withTerms(PeriodReturnsTest.NHS_TERMS).withHours(hours));
    final ObjectMapper mapper = new ObjectMapper().registerModules(new CoreJacksonModule(), new MoneyJacksonModule(),
            new ReturnsJacksonModule()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @Test
    void givenAReturn_thenItsCsvHasAHeaderAndOneLinePerFigureCategoryAndHeldSpend() {
        List<String> lines = q1.csvLines();
        String prefix = "pkg-1,nhs-icb,2026-04-01,2026-07-01," + q1.knownThrough() + ",";

        assertEquals(ReturnsCsv.HEADER, lines.get(0));
        assertTrue(lines.contains(prefix + "opening_balance,,,,0.00,GBP"), lines::toString);
        assertTrue(lines.contains(prefix + "spend,PA_WAGES,,,1000.00,GBP"), lines::toString);
        assertTrue(lines.contains(prefix + "closing_balance,,,,2525.00,GBP"), lines::toString);
        assertTrue(lines.contains(prefix + "surplus,,,,-525.00,GBP"), lines::toString);
        assertTrue(lines.contains(prefix + "hours_budgeted,DAY,,,600,minutes"), lines::toString);
        assertTrue(lines.contains(prefix + "hours_used,,,,540,minutes"), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(prefix + "held_spend,AGENCY_CARE,13,")
                && l.contains("ring-fence") && l.endsWith(",50.00,GBP")), lines::toString);
        for (String line : lines) {
            assertEquals(11, line.split(",", -1).length, line);
        }
    }

    @Test
    void givenAnotherDefaultLocale_thenTheCsvIsTheSame() {
        Locale before = Locale.getDefault();
        List<String> english = q1.csvLines();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(english, PeriodReturns.of(scenario.budget, ReturnRequest.of(PeriodReturnsTest.NHS,
                    PeriodReturnsTest.Q1).withTerms(PeriodReturnsTest.NHS_TERMS).withHours(hours)).csvLines());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void givenFieldsWithCommasQuotesOrLineBreaks_thenTheyAreQuotedAsRfc4180Says() {
        assertEquals("plain", ReturnsCsv.field("plain"));
        assertEquals("\"a,b\"", ReturnsCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ReturnsCsv.field("say \"hi\""));
        assertEquals("\"line\r\nbreak\"", ReturnsCsv.field("line\r\nbreak"));
        assertEquals("-0.05", ReturnsCsv.pounds(Gbp.ofPence(-5)));
        assertEquals("1234567.89", ReturnsCsv.pounds(Gbp.ofPence(123_456_789)));
    }

    @Test
    void givenAReturn_thenItsJsonCarriesEveryFigureOnceInAFixedOrder() throws Exception {
        String json = mapper.writeValueAsString(q1);
        JsonNode node = mapper.readTree(json);

        assertEquals("pkg-1", node.get("carePackage").asText());
        assertEquals("£2525.00", node.get("closingBalance").asText());
        assertEquals("£1000.00", node.get("spendByCategory").get("PA_WAGES").asText());
        assertEquals("13", node.get("heldSpends").get(0).get("holdId").asText());
        assertTrue(node.get("heldSpends").get(0).get("ruleIds").toString().contains("ring-fence"));
        assertEquals("£-525.00".replace("£-", "-£"), node.get("surplus").asText());
        assertEquals(540, node.get("hours").get("usedMinutes").asLong());
        assertEquals(json, mapper.writeValueAsString(PeriodReturns.of(scenario.budget,
                ReturnRequest.of(PeriodReturnsTest.NHS, PeriodReturnsTest.Q1).knownThrough(q1.knownThrough())
                        .withTerms(PeriodReturnsTest.NHS_TERMS).withHours(hours))));
    }

    @Test
    void givenACaseload_thenItsJsonHasTheFundersTotalsAndEveryReturn() throws Exception {
        CaseloadReturns caseload = PeriodReturns.caseload(List.of(scenario.budget), PeriodReturnsTest.Q1, null);

        JsonNode node = mapper.readTree(mapper.writeValueAsString(caseload));

        assertEquals(2, node.get("returns").size());
        assertEquals("£2525.00", node.get("totals").get("nhs-icb").get("closingBalance").asText());
        assertEquals(1, node.get("totals").get("council").get("packages").asInt());
    }

    @Test
    void givenACaseloadsHours_thenEachFundersReturnHasItsOwnLinesAndStreamingGivesTheSame() {
        HoursSummary both = HoursSummary.builder(PeriodReturnsTest.Q1).addAll(hours)
                .add(HoursKey.of(PeriodReturnsTest.PKG, PeriodReturnsTest.COUNCIL, PersonalAssistantId.of("pa-2"),
                        HoursKind.NIGHT), 300, 240).build();

        CaseloadReturns caseload = PeriodReturns.caseload(List.of(scenario.budget), PeriodReturnsTest.Q1, both);

        PeriodReturn council = caseload.returns().get(0);
        PeriodReturn nhs = caseload.returns().get(1);
        assertEquals(PeriodReturnsTest.COUNCIL, council.funder());
        assertEquals(240, council.hours().deliveredMinutes());
        assertEquals(600, nhs.hours().plannedMinutes());
        assertEquals(540, nhs.hours().deliveredMinutes());
        java.util.List<PeriodReturn> streamed = new java.util.ArrayList<>();
        assertEquals(caseload.totals(), PeriodReturns.caseload(List.of(scenario.budget), PeriodReturnsTest.Q1, both,
                streamed::add));
        assertEquals(caseload.returns(), streamed);
    }

    @Test
    void givenACaseloadWithTwoBudgetsOfOnePackageOrHoursOfAnother_thenNoReturnsAreMade() {
        assertEquals("budgets", org.junit.jupiter.api.Assertions.assertThrows(
                org.carebudget.money.LedgerException.class, () -> PeriodReturns.caseload(
                        List.of(scenario.budget, scenario.budget), PeriodReturnsTest.Q1, null)).field());
        HoursSummary other = HoursSummary.builder(PeriodReturnsTest.Q1).add(HoursKey.of(CarePackageId.of("pkg-9"),
                PeriodReturnsTest.NHS, PersonalAssistantId.of("pa-1"), HoursKind.DAY), 60, 60).build();
        assertEquals("hours", org.junit.jupiter.api.Assertions.assertThrows(
                org.carebudget.money.LedgerException.class, () -> PeriodReturns.caseload(
                        List.of(scenario.budget), PeriodReturnsTest.Q1, other)).field());
    }
}
