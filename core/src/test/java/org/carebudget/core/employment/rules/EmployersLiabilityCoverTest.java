package org.carebudget.core.employment.rules;

import static org.carebudget.core.employment.Given.FIRST_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employer;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.FamilyRelation;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.Relationship;
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

        List<ComplianceFinding> found = Given.findings(RULE, e, Given.AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(ComplianceSeverity.BLOCKING, found.get(0).severity());
            assertEquals(Gbp.parse("£1.00"), found.get(0).amount());
            assertTrue(found.get(0).message().contains("£4999999.00 (Acme Mutual) is below the £5000000.00 minimum"),
                    found.get(0).message());
            assertTrue(found.get(0).source().citation().startsWith("Employers' Liability (Compulsory Insurance) Act "
                    + "1969"), found.get(0).source().citation());
            assertTrue(!found.get(0).source().citation().contains("Working Time"), found.get(0).source().citation());
        }
    }

    @Test
    void givenNoPolicy_thenBlockingWithTheMinimumAsShortfall_uncoveredSinceTheFirstDay() {
        ComplianceFinding found = Given.findings(RULE, Given.bare().build(), Given.AS_OF).get(0);

        assertEquals(Gbp.parse("£5000000"), found.amount());
        assertEquals(FIRST_DAY, found.actBefore());
        assertEquals("No employers' liability insurance is in force on 2025-09-01.", found.message());
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({"2026-03-02, NONE", "2026-03-03, WARNING", "2026-05-31, WARNING", "2026-06-01, BLOCKING"})
    void givenPolicyEnding31May_thenExpiryWarningWithinTheLookaheadThenBlocking(LocalDate asOf, String expected) {
        Employment e = Given.bare().evidence(Given.insurance(Gbp.ofPence(500_000_000), YEAR)).build();

        List<ComplianceFinding> found = Given.findings(RULE, e, asOf);

        if (expected.equals("NONE")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(ComplianceSeverity.valueOf(expected), found.get(0).severity());
            assertEquals(LocalDate.of(2026, 6, 1), found.get(0).actBefore());
        }
    }

    @Test
    void givenRenewalRecorded_thenNoExpiryWarning() {
        Employment e = Given.bare().evidence(Given.insurance(Gbp.ofPence(500_000_000), YEAR),
                Given.insurance(Gbp.ofPence(500_000_000), DateRange.of(LocalDate.of(2026, 6, 1),
                        LocalDate.of(2027, 6, 1)))).build();

        assertEquals(List.of(), Given.findings(RULE, e, LocalDate.of(2026, 5, 20)));
        assertEquals(LocalDate.of(2027, 6, 1), Given.findings(RULE, e, LocalDate.of(2027, 5, 20)).get(0).actBefore());
    }

    @Test
    void givenNoPolicy_whenDayBeforeFirstDay_thenWarningToActBeforeTheFirstDay() {
        ComplianceFinding found = Given.findings(RULE, Given.bare().build(), FIRST_DAY.minusDays(1)).get(0);

        assertEquals(ComplianceSeverity.WARNING, found.severity());
        assertEquals(FIRST_DAY, found.actBefore());
    }

    private static Employment employedBy(Employer employer, Relationship toPersonCaredFor,
            FamilyRelation toEmployer) {
        Employment.Builder b = Employment.builder(employer, Given.pa(Given.BORN), FundingRegime.NHS_PERSONAL_HEALTH_BUDGET,
                DateRange.startingOn(FIRST_DAY), PaySchedule.of(PayFrequency.WEEKLY, FIRST_DAY))
                .relationship(toPersonCaredFor);
        if (toEmployer != null) {
            b.employeeRelationToEmployer(toEmployer);
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} employs the cared-for person's {1}, who is the employer's {2}: exempt by law {3}")
    @CsvSource({
        "BUDGET_HOLDER, SPOUSE, , true",
        "BUDGET_HOLDER, HALF_SIBLING, , true",
        "BUDGET_HOLDER, AUNT_OR_UNCLE, , false",
        "BUDGET_HOLDER, COHABITING_PARTNER, , false",
        // a daughter managing her mother's budget employs her father: he is her parent, the mother's spouse
        "NOMINATED_PERSON, SPOUSE, PARENT, true",
        // a nominee employs the cared-for person's husband, who is no relation of the nominee
        "NOMINATED_PERSON, SPOUSE, NONE, false",
        "NOMINATED_PERSON, SPOUSE, , false",
        // an organisation is not an individual employer: no family exemption
        "THIRD_PARTY_SERVICE, SPOUSE, SPOUSE, false"})
    void givenTheEmployeesRelationToTheEmployer_thenTheCloseFamilyExemptionFollowsIt(EmployerKind kind,
            FamilyRelation toPersonCaredFor, FamilyRelation toEmployer, boolean exempt) {
        Employment e = employedBy(Employer.of(EmployerId.of("emp-2"), kind), Relationship.livingWith(toPersonCaredFor),
                toEmployer);

        assertEquals(exempt, EmployersLiabilityCover.exemptByLaw(e));
        ComplianceFinding found = Given.findings(RULE, e, Given.AS_OF).get(0);
        assertTrue(found.source().citation().startsWith(exempt ? "Direct payment or personal health budget agreement "
                + "condition" : "Employers' Liability (Compulsory Insurance) Act 1969"), found.source().citation());
    }

    @Test
    void givenAFunderTreatingCoverForCloseFamilyAsGoodPractice_thenAWarning() {
        EmployersLiabilityCover lenient = new EmployersLiabilityCover(FunderConditions.breachedAt(
                ComplianceSeverity.WARNING));
        Employment spouse = employedBy(Given.employer(), Relationship.livingWith(FamilyRelation.SPOUSE), null);
        Employment unrelated = employedBy(Given.employer(), Relationship.UNRELATED, null);

        assertEquals(ComplianceSeverity.WARNING, Given.findings(lenient, spouse, Given.AS_OF).get(0).severity());
        assertEquals(ComplianceSeverity.BLOCKING, Given.findings(lenient, unrelated, Given.AS_OF).get(0).severity());
    }

    @ParameterizedTest(name = "policy from the day after the first day, as of {0}: {1}")
    @CsvSource({"2025-06-01, WARNING", "2025-06-02, BLOCKING", "2025-06-03, WARNING", "2025-09-01, WARNING"})
    void givenPolicyStartingTheDayAfterTheFirstDay_thenTheUninsuredFirstDayIsStillReportedOnceCovered(
            LocalDate asOf, ComplianceSeverity expected) {
        Employment e = Given.bare().evidence(Given.insurance(Gbp.ofPence(500_000_000),
                DateRange.of(FIRST_DAY.plusDays(1), FIRST_DAY.plusDays(1).plusYears(1)))).build();

        List<ComplianceFinding> found = Given.findings(RULE, e, asOf);

        assertEquals(1, found.size(), found.toString());
        assertEquals(expected, found.get(0).severity());
        if (asOf.isAfter(FIRST_DAY)) {
            assertNull(found.get(0).actBefore());
            assertEquals("Late employers' liability insurance: cover began on 2025-06-03, after the first day, "
                    + "2025-06-02; the days worked before it were not insured.", found.get(0).message());
        }
    }
}
