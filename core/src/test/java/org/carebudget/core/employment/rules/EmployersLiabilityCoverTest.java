package org.carebudget.core.employment.rules;

import static org.carebudget.core.employment.Given.FIRST_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.Employer;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.FamilyRelation;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.Relationship;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmployersLiabilityCoverTest {

    private static final EmployersLiabilityCover RULE = new EmployersLiabilityCover();
    private static final DateRange YEAR = DateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1));

    @ParameterizedTest(name = "cover £{0}: findings {1}")
    @CsvSource({"4999999, 1", "5000000, 0", "10000000, 0"})
    void givenCover_thenBlockingBelowFiveMillion(long pounds, int expected) {
        Employment e = Given.bare().evidence(Given.insurance(Gbp.ofPence(pounds * 100), YEAR)).build();

        List<Finding> found = Given.findings(RULE, e, Given.AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(Severity.BLOCKING, found.get(0).severity());
            assertEquals(Gbp.parse("£1.00"), found.get(0).amount());
            assertTrue(found.get(0).message().contains("£4999999.00 (Acme Mutual) is below the £5000000.00 minimum"),
                    found.get(0).message());
            assertTrue(found.get(0).source().citation().contains("Employers' Liability (Compulsory Insurance)"));
        }
    }

    @Test
    void givenNoPolicy_thenBlockingWithTheMinimumAsShortfall() {
        Finding found = Given.findings(RULE, Given.bare().build(), Given.AS_OF).get(0);

        assertEquals(Gbp.parse("£5000000"), found.amount());
        assertEquals("No employers' liability insurance is in force on 2025-09-01.", found.message());
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({"2026-04-30, NONE", "2026-05-01, WARNING", "2026-05-31, WARNING", "2026-06-01, BLOCKING"})
    void givenPolicyEnding31May_thenExpiryWarningThenBlocking(LocalDate asOf, String expected) {
        Employment e = Given.bare().evidence(Given.insurance(Gbp.ofPence(500_000_000), YEAR)).build();

        List<Finding> found = Given.findings(RULE, e, asOf);

        if (expected.equals("NONE")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(Severity.valueOf(expected), found.get(0).severity());
        }
        if (expected.equals("WARNING")) {
            assertEquals(LocalDate.of(2026, 5, 31), found.get(0).dueDate());
        }
    }

    @Test
    void givenRenewalRecorded_thenNoExpiryWarning() {
        Employment e = Given.bare().evidence(Given.insurance(Gbp.ofPence(500_000_000), YEAR),
                Given.insurance(Gbp.ofPence(500_000_000), DateRange.of(LocalDate.of(2026, 6, 1),
                        LocalDate.of(2027, 6, 1)))).build();

        assertEquals(List.of(), Given.findings(RULE, e, LocalDate.of(2026, 5, 20)));
        assertEquals(LocalDate.of(2027, 5, 31), Given.findings(RULE, e, LocalDate.of(2027, 5, 20)).get(0).dueDate());
    }

    @Test
    void givenNoPolicy_whenDayBeforeFirstDay_thenWarningDueOnFirstDay() {
        Finding found = Given.findings(RULE, Given.bare().build(), FIRST_DAY.minusDays(1)).get(0);

        assertEquals(Severity.WARNING, found.severity());
        assertEquals(FIRST_DAY, found.dueDate());
    }

    @ParameterizedTest(name = "{0} with {1}: findings {2}")
    @CsvSource({
        "SPOUSE, NHS_PERSONAL_HEALTH_BUDGET, 0",
        "SPOUSE, COUNCIL_DIRECT_PAYMENT, 1",
        "SPOUSE, INTEGRATED, 1",
        "HALF_SIBLING, NHS_PERSONAL_HEALTH_BUDGET, 0",
        "AUNT_OR_UNCLE, NHS_PERSONAL_HEALTH_BUDGET, 1",
        "COHABITING_PARTNER, NHS_PERSONAL_HEALTH_BUDGET, 1"})
    void givenOnlyCloseFamilyEmployed_thenExemptUnlessDirectPaymentOrNotOnTheList(FamilyRelation relation,
            FundingRegime regime, int expected) {
        Employer family = new Employer(EmployerId.of("emp-2"), EmployerKind.BUDGET_HOLDER, true, false);
        Employment e = Employment.builder(family, Given.pa(Given.BORN), regime, DateRange.startingOn(FIRST_DAY),
                PaySchedule.of(PayFrequency.WEEKLY, FIRST_DAY)).relationship(new Relationship(relation, true)).build();

        assertEquals(expected, Given.findings(RULE, e, Given.AS_OF).size());
    }

    @Test
    void givenNoPolicy_whenOnTheFirstDay_thenBlockingWithTheMinimumAtStake() {
        Finding found = Given.findings(RULE, Given.bare().build(), FIRST_DAY).get(0);

        assertEquals(Severity.BLOCKING, found.severity());
        assertEquals(Gbp.parse("£5000000"), found.amount());
        assertEquals("No employers' liability insurance is in force on 2025-06-02.", found.message());
    }

    @ParameterizedTest(name = "policy from the day after the first day, as of {0}: {1} due {2}")
    @CsvSource({
        "2025-06-01, WARNING, 2025-06-02",
        "2025-06-02, BLOCKING, ",
        "2025-06-03, WARNING, 2025-06-03",
        "2025-09-01, WARNING, 2025-06-03"})
    void givenPolicyStartingTheDayAfterTheFirstDay_thenTheUninsuredFirstDayIsStillReportedOnceCovered(
            LocalDate asOf, Severity expected, LocalDate due) {
        Employment e = Given.bare().evidence(Given.insurance(Gbp.ofPence(500_000_000),
                DateRange.of(FIRST_DAY.plusDays(1), FIRST_DAY.plusDays(1).plusYears(1)))).build();

        List<Finding> found = Given.findings(RULE, e, asOf);

        assertEquals(1, found.size(), found.toString());
        assertEquals(expected, found.get(0).severity());
        assertEquals(due, found.get(0).dueDate());
        if (asOf.isAfter(FIRST_DAY)) {
            assertEquals("Late employers' liability insurance: cover began on 2025-06-03, after the first day, "
                    + "2025-06-02; the days worked before it were not insured.", found.get(0).message());
        }
    }
}
