package org.carebudget.core.employment.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.jackson.EmploymentJacksonModule;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.employment.CaseloadReport;
import org.carebudget.core.employment.EmploymentFindings;
import org.carebudget.core.employment.Evidence;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.FunderApproval;
import org.carebudget.core.employment.FunderKind;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PensionEnrolment;
import org.carebudget.core.employment.Reference;
import org.carebudget.core.employment.WorkingTimeOptOut;
import org.carebudget.core.employment.rules.StandardRules;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;

class EmploymentJacksonModuleTest {

    /** Registered by hand, as on the module path; class-path discovery is tested in examples. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModules(new CoreJacksonModule(), new EmploymentJacksonModule());
    private static final LocalDate DAY = LocalDate.of(2026, 4, 6);

    private static List<Evidence> everyKind() {
        return List.of(Given.RTW, Given.DBS, Given.INSURANCE, Given.STATEMENT, Given.PAYE,
                new Reference("Previous employer", DAY), new PensionEnrolment("NEST", DAY),
                new FunderApproval(FunderKind.INTEGRATED_CARE_BOARD, FunderId.of("icb-1"), DAY),
                new WorkingTimeOptOut(DAY, DAY.plusDays(30)),
                Given.pay(PayFrequency.MONTHLY, DAY, DAY, new HoursWorked(600, 60, 0, 0, 30, 450), 12_345)
                        .withAccommodationDays(2).withRolledUpHolidayPay(Gbp.parse("14.90")));
    }

    @Test
    void givenEveryEvidenceKind_thenRoundTripsWithNamedTypes() throws Exception {
        List<Evidence> evidence = everyKind();

        String json = MAPPER.writerFor(new TypeReference<List<Evidence>>() { }).writeValueAsString(evidence);
        List<Evidence> back = MAPPER.readValue(json, new TypeReference<List<Evidence>>() { });

        assertEquals(evidence, back);
        assertTrue(json.contains("\"type\":\"dbs-certificate\""), json);
        assertTrue(json.contains("\"type\":\"pay-record\""), json);
        assertTrue(json.contains("\"cover\":\"£5000000.00\""), json);
        assertFalse(json.contains("org.carebudget"), json);
    }

    @Test
    void givenFindingsOfACaseload_thenRoundTrip() throws Exception {
        CaseloadReport report = StandardRules.ruleSet().evaluate(List.of(Given.bare().build(),
                Given.compliant().build()), LocalDate.of(2026, 5, 10));

        String json = MAPPER.writeValueAsString(report);
        CaseloadReport back = MAPPER.readValue(json, CaseloadReport.class);

        assertEquals(report, back);
        assertTrue(json.contains("\"ruleId\":\"insurance.employers-liability\""), json);
        assertTrue(json.contains("\"dueDate\":\"2026-05-31\""), json);
    }

    @Test
    void givenFindingWithoutDueDateOrAmount_thenThoseAreLeftOut() throws Exception {
        EmploymentFindings found = StandardRules.ruleSet().evaluate(Given.bare().evidence(Given.RTW, Given.DBS,
                Given.STATEMENT).build(), Given.AS_OF);
        Finding insurance = found.findings().get(0);

        String json = MAPPER.writeValueAsString(insurance);

        assertEquals(Gbp.parse("5000000"), insurance.amount());
        assertFalse(json.contains("dueDate"), json);
        assertEquals(insurance, MAPPER.readValue(json, Finding.class));
    }

    @Test
    void givenUnknownEvidenceName_thenRejected() {
        assertThrows(JsonMappingException.class, () -> MAPPER.readValue(
                "{\"type\":\"org.carebudget.core.employment.WrittenStatement\",\"givenOn\":\"2026-04-06\"}",
                Evidence.class));
    }

    @Test
    void givenInvalidValueInJson_thenRejectedWithTheDomainMessage() {
        Exception e = assertThrows(Exception.class, () -> MAPPER.readValue(
                "{\"type\":\"paye-registration\",\"employerPayeReference\":\"bad\",\"registeredOn\":\"2026-04-06\"}",
                Evidence.class));

        assertTrue(String.valueOf(e.getMessage()).contains("Invalid value for payeRegistration.employerPayeReference"),
                e.getMessage());
    }
}
