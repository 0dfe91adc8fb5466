package org.carebudget.core.employment.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.carebudget.core.employment.CaseloadReport;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.EmploymentFindings;
import org.carebudget.core.employment.Evidence;
import org.carebudget.core.employment.FunderApproval;
import org.carebudget.core.employment.FunderKind;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HolidayRecord;
import org.carebudget.core.employment.HolidayRecordContent;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.MissingFigures;
import org.carebudget.core.employment.PensionEnrolment;
import org.carebudget.core.employment.PensionPostponement;
import org.carebudget.core.employment.Reference;
import org.carebudget.core.employment.RightToWorkCheck;
import org.carebudget.core.employment.RightToWorkCheckMethod;
import org.carebudget.core.employment.SicknessAbsence;
import org.carebudget.core.employment.WorkingTimeOptOut;
import org.carebudget.core.employment.WrittenStatement;
import org.carebudget.core.employment.rules.EmployerNationalInsurance;
import org.carebudget.core.employment.rules.IrregularHoursHoliday;
import org.carebudget.core.employment.rules.MinimumWageRule;
import org.carebudget.core.employment.rules.PensionAutoEnrolment;
import org.carebudget.core.employment.rules.PensionCategory;
import org.carebudget.core.employment.rules.RateBelowMinimum;
import org.carebudget.core.employment.rules.StandardRules;
import org.carebudget.core.employment.rules.StatutorySickPay;
import org.carebudget.core.employment.rules.LeaveEntitlementCheck;
import org.carebudget.core.employment.rules.PayeThresholdCheck;
import org.carebudget.core.employment.rules.PensionContributionCheck;
import org.carebudget.core.employment.rules.RolledUpHolidayPayCheck;
import org.carebudget.core.employment.rules.WeeklyHoursOverLimit;
import org.carebudget.core.employment.PensionTaxRelief;
import org.carebudget.core.employment.RateType;
import org.carebudget.core.figures.DatedFigures;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.PensionThresholds;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.jackson.CareBudgetJson;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;

class EmploymentJacksonModuleTest {

    /** CareBudget's strict settings (duplicate keys are errors), modules registered by hand as on the module path. */
    private static final JsonMapper MAPPER = CareBudgetJson.configure(CareBudgetJson.builder())
            .addModules(new CoreJacksonModule(), new EmploymentJacksonModule()).build();
    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() { };
    private static final TypeReference<List<DatedFigures>> ROWS = new TypeReference<>() { };
    private static final LocalDate DAY = LocalDate.of(2026, 4, 6);

    private static List<Evidence> everyKind() {
        return List.of(Given.RTW, RightToWorkCheck.timeLimited(RightToWorkCheckMethod.ONLINE_SHARE_CODE, DAY,
                        DAY.plusYears(1)), Given.DBS, Given.INSURANCE, Given.STATEMENT,
                WrittenStatement.givenOn(DAY).withTradeUnionRightStatement(), Given.PAYE,
                new Reference("Previous employer", DAY), PensionEnrolment.netPayArrangement("NEST", DAY),
                PensionEnrolment.reliefAtSource("People's Pension", DAY), new PensionPostponement(DAY, DAY.plusMonths(3)),
                new FunderApproval(FunderKind.INTEGRATED_CARE_BOARD, org.carebudget.core.id.FunderId.of("icb-1"), DAY),
                new WorkingTimeOptOut(DAY, DAY.plusDays(30)),
                SicknessAbsence.builder(DateRange.ofClosed(DAY, DAY.plusDays(4)), Gbp.parse("300"), DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY).sickPayPaid(Gbp.parse("49.30")).build(),
                HolidayRecord.builder(DateRange.of(DAY, DAY.plusYears(1)), DAY.plusDays(7))
                        .showing(HolidayRecordContent.LEAVE_TAKEN, HolidayRecordContent.HOLIDAY_PAY)
                        .disposedOn(DAY.plusYears(7)).build(),
                Given.payBuilder(PayFrequency.MONTHLY, DAY, DAY, HoursWorked.builder().dayMinutes(600).nightMinutes(60)
                        .sleepInAwakeMinutes(30).sleepInAsleepMinutes(450).build(), 12_345)
                        .accommodation(2, Gbp.parse("5.00")).rolledUpHolidayPay(Gbp.parse("14.90"))
                        .sickPay(Gbp.parse("3.00")).holidayAccruedMinutes(80).pension(Gbp.ofPence(1), Gbp.ZERO)
                        .build());
    }

    private static List<ComplianceFigures> everyFigure() {
        return org.carebudget.core.employment.rules.Samples.everyFigure();
    }

    @Test
    void givenEveryEvidenceKind_thenRoundTripsWithNamedTypes() throws Exception {
        List<Evidence> evidence = everyKind();

        String json = MAPPER.writerFor(EVIDENCE).writeValueAsString(evidence);
        List<Evidence> back = MAPPER.readValue(json, EVIDENCE);

        assertEquals(evidence, back);
        assertTrue(json.contains("\"type\":\"dbs-certificate\""), json);
        assertTrue(json.contains("\"type\":\"pay-record\""), json);
        assertTrue(json.contains("\"cover\":\"£5000000.00\""), json);
        assertTrue(json.contains("\"method\":\"MANUAL_DOCUMENT\""), json);
        assertFalse(json.contains("org.carebudget"), json);
    }

    @Test
    void givenEverySubtypeOfEveryTypedBase_thenItsJsonHasOneTypePropertyAndNoOtherNamedType() throws Exception {
        List<Object> samples = new ArrayList<>(everyKind());
        samples.addAll(everyFigure());
        samples.addAll(UkFigures.standard().rows());
        for (Class<?> base : List.of(Evidence.class, ComplianceFigures.class, DatedFigures.class)) {
            Set<Class<?>> sampled = new HashSet<>();
            for (Object sample : samples) {
                if (base.isInstance(sample)) {
                    sampled.add(sample.getClass());
                    String json = MAPPER.writerFor(base).writeValueAsString(sample);
                    JsonNode node = MAPPER.readTree(json);
                    int types = 0;
                    for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                        types += names.next().equals("type") ? 1 : 0;
                    }
                    assertEquals(1, types, json);
                    assertEquals(sample, MAPPER.readerFor(base).readValue(json), json);
                }
            }
            Set<Class<?>> registered = new HashSet<>();
            for (NamedType named : MAPPER.getSubtypeResolver().collectAndResolveSubtypesByTypeId(
                    MAPPER.getDeserializationConfig(), MAPPER.getDeserializationConfig().introspectClassAnnotations(base)
                            .getClassInfo())) {
                if (named.getType() != base) {
                    registered.add(named.getType());
                }
            }
            assertEquals(registered, sampled, "every registered subtype of " + base.getSimpleName() + " is sampled");
        }
    }

    @Test
    void givenFindingsOfACaseload_thenRoundTrip() throws Exception {
        CaseloadReport report = StandardRules.ruleSet().evaluate(List.of(Given.bare().build(),
                Given.compliant().build()), LocalDate.of(2026, 5, 10));

        String json = MAPPER.writeValueAsString(report);
        CaseloadReport back = MAPPER.readValue(json, CaseloadReport.class);

        assertEquals(report, back);
        assertTrue(json.contains("\"ruleId\":\"insurance.employers-liability\""), json);
        assertTrue(json.contains("\"actBefore\":\"2026-06-01\""), json);
    }

    @Test
    void givenFindingWithTypedFigures_thenTheFiguresRoundTripByName() throws Exception {
        Employment e = Given.compliant().evidence(Given.pay(PayFrequency.WEEKLY, Given.FIRST_DAY, Given.FIRST_DAY,
                HoursWorked.ofDayMinutes(600), 10_000)).build();
        EmploymentFindings found = StandardRules.ruleSet().evaluate(e, Given.AS_OF);
        ComplianceFinding shortfall = found.from("pay.minimum-wage").get(0);

        String json = MAPPER.writeValueAsString(shortfall);

        assertTrue(json.contains("\"figures\":{\"type\":\"minimum-wage-check\""), json);
        assertTrue(json.contains("\"shortfall\":\"£22.10\""), json);
        assertEquals(shortfall, MAPPER.readValue(json, ComplianceFinding.class));
    }

    @Test
    void givenFindingWithoutActBeforeAmountOrFigures_thenThoseAreLeftOut() throws Exception {
        ComplianceFinding late = StandardRules.ruleSet().evaluate(Given.bare().evidence(Given.DBS, Given.INSURANCE,
                Given.STATEMENT, RightToWorkCheck.unlimited(RightToWorkCheckMethod.MANUAL_DOCUMENT,
                        Given.FIRST_DAY.plusDays(3))).build(), Given.AS_OF).findings().get(0);

        String json = MAPPER.writeValueAsString(late);

        assertFalse(json.contains("actBefore"), json);
        assertFalse(json.contains("amount"), json);
        assertFalse(json.contains("figures"), json);
        assertEquals(late, MAPPER.readValue(json, ComplianceFinding.class));
    }

    @Test
    void givenEveryStandardFiguresRow_thenRoundTripsAsItsClassAndAsAList() throws Exception {
        for (DatedFigures row : UkFigures.standard().rows()) {
            String json = MAPPER.writeValueAsString(row);

            assertEquals(row, MAPPER.readValue(json, row.getClass()), json);
        }
        List<DatedFigures> rows = UkFigures.standard().rows();
        assertEquals(rows, MAPPER.readValue(MAPPER.writerFor(ROWS).writeValueAsString(rows), ROWS));
    }

    @Test
    void givenUnknownEvidenceName_thenRejected() {
        assertThrows(JsonMappingException.class, () -> MAPPER.readValue(
                "{\"type\":\"org.carebudget.core.employment.WrittenStatement\",\"givenOn\":\"2026-04-06\","
                        + "\"tradeUnionRightStatement\":false}", Evidence.class));
    }

    @Test
    void givenUnknownOrMissingProperty_thenRejected() {
        assertThrows(JsonMappingException.class, () -> MAPPER.readValue("{\"type\":\"written-statement\","
                + "\"givenOn\":\"2026-04-06\",\"tradeUnionRightStatement\":false,\"extra\":1}", Evidence.class));
        JsonMappingException missing = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(
                "{\"type\":\"written-statement\",\"givenOn\":\"2026-04-06\"}", Evidence.class));
        assertTrue(missing.getMessage().contains("Missing required property 'tradeUnionRightStatement'"),
                missing.getMessage());
    }

    @Test
    void givenDuplicateKey_thenRejected() {
        assertThrows(Exception.class, () -> MAPPER.readValue("{\"type\":\"written-statement\",\"type\":\"reference\","
                + "\"givenOn\":\"2026-04-06\",\"tradeUnionRightStatement\":false}", Evidence.class));
    }

    @Test
    void givenInvalidValueInJson_thenRejectedWithTheDomainMessage() {
        Exception e = assertThrows(Exception.class, () -> MAPPER.readValue(
                "{\"type\":\"paye-registration\",\"employerPayeReference\":\"bad\",\"registeredOn\":\"2026-04-06\"}",
                Evidence.class));

        assertTrue(String.valueOf(e.getMessage()).contains("Invalid value for payeRegistration.employerPayeReference"),
                e.getMessage());
    }

    @Test
    void givenAnOverlongRefereeNameInJson_thenTheErrorShowsItsLengthNotItsLetters() {
        String name = "Margaret " + "Z".repeat(300);
        Exception e = assertThrows(Exception.class, () -> MAPPER.readValue("{\"type\":\"reference\",\"referee\":\""
                + name + "\",\"receivedOn\":\"2026-04-06\"}", Evidence.class));

        assertTrue(String.valueOf(e.getMessage()).contains("(309 characters, not shown)"), e.getMessage());
        assertFalse(String.valueOf(e.getMessage()).contains("Margaret"), e.getMessage());
    }

    @Test
    void givenPensionCategoryValues_thenEachNamesItsCase() {
        assertEquals(4, PensionCategory.values().length);
    }
}
