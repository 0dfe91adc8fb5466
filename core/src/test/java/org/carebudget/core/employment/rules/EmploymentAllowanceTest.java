package org.carebudget.core.employment.rules;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebudget.core.employment.CareDuties;
import org.carebudget.core.employment.Employer;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Evidence;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmploymentAllowanceTest {

    private static final UkFigures UK = UkFigures.standard();
    private static final LocalDate START = LocalDate.of(2026, 4, 6);
    private static final EmployerId HOLDER = EmployerId.of("holder-1");

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource({
        "BUDGET_HOLDER, CARE_AND_SUPPORT_ONLY, CARE_AND_SUPPORT",
        "NOMINATED_PERSON, CARE_AND_SUPPORT_ONLY, CARE_AND_SUPPORT",
        "BUDGET_HOLDER, INCLUDES_OTHER_HOUSEHOLD_DUTIES, EXCLUDED_DOMESTIC",
        "BUDGET_HOLDER, NOT_RECORDED, DUTIES_NOT_RECORDED",
        "THIRD_PARTY_SERVICE, NOT_RECORDED, ORGANISATION",
        "THIRD_PARTY_SERVICE, INCLUDES_OTHER_HOUSEHOLD_DUTIES, ORGANISATION"})
    void givenEmployerAndDuties_thenOnlyCareAndSupportDutiesOfAnIndividualCount(EmployerKind kind, CareDuties duties,
            EmploymentAllowanceEligibility expected) {
        assertEquals(expected, EmploymentAllowance.eligibility(kind, duties));
    }

    /** A PA paid £1,000 a week for every week of 2026/27: £135.60 employer NI a week. */
    private static Employment paCostingAYear(String id, CareDuties duties) {
        List<Evidence> pay = new ArrayList<>();
        for (int week = 0; week < 52; week++) {
            pay.add(Given.pay(PayFrequency.WEEKLY, START, START.plusWeeks(week), HoursWorked.ofDayMinutes(3_000),
                    100_000));
        }
        return Employment.builder(Employer.budgetHolder(HOLDER), org.carebudget.core.employment.PersonalAssistant
                        .builder(PersonalAssistantId.of(id), "A Carer", Given.BORN).build(),
                FundingRegime.COUNCIL_DIRECT_PAYMENT, DateRange.startingOn(START), PaySchedule.of(PayFrequency.WEEKLY,
                        START)).careDuties(duties).evidence(pay).build();
    }

    @Test
    void givenTwoCarePas_thenOneAllowanceAcrossBoth_cappedAtTheYearsAmount() {
        EmploymentAllowanceClaim claim = EmploymentAllowance.forEmployer(HOLDER, List.of(
                paCostingAYear("pa-1", CareDuties.CARE_AND_SUPPORT_ONLY),
                paCostingAYear("pa-2", CareDuties.CARE_AND_SUPPORT_ONLY)), TaxYear.startingIn(2026), UK);

        assertEquals(Gbp.parse("14102.40"), claim.countedNics());
        assertEquals(Gbp.ZERO, claim.uncountedNics());
        assertEquals(Gbp.parse("10500"), claim.allowance());
        assertEquals(Gbp.parse("10500"), claim.claimable());
        assertEquals(2, claim.employments());
    }

    @Test
    void givenACarePaAndANanny_thenOnlyTheCarePasNicsCount() {
        EmploymentAllowanceClaim claim = EmploymentAllowance.forEmployer(HOLDER, List.of(
                paCostingAYear("pa-1", CareDuties.CARE_AND_SUPPORT_ONLY),
                paCostingAYear("nanny", CareDuties.INCLUDES_OTHER_HOUSEHOLD_DUTIES)), TaxYear.startingIn(2026), UK);

        assertEquals(Gbp.parse("7051.20"), claim.countedNics());
        assertEquals(Gbp.parse("7051.20"), claim.uncountedNics());
        assertEquals(Gbp.parse("7051.20"), claim.claimable());
    }

    @Test
    void givenTheLowLevelFunction_thenTheLeastOfTheAllowanceAndTheNics() {
        EmployerCosts costs = UK.on(EmployerCosts.class, START);

        assertEquals(Gbp.parse("3000"), EmploymentAllowance.claimable(Gbp.parse("3000"), costs));
        assertEquals(Gbp.parse("10500"), EmploymentAllowance.claimable(Gbp.parse("20000"), costs));
        assertEquals(Gbp.parse("5000"), EmploymentAllowance.claimable(Gbp.parse("20000"),
                UK.on(EmployerCosts.class, LocalDate.of(2024, 6, 1))));
        assertInvalid(() -> EmploymentAllowance.claimable(Gbp.ofPence(-1), costs), "countedNics", "£0.00 or more");
    }

    @Test
    void givenAnotherEmployersEmployment_thenRefused() {
        Employment other = Given.compliant().build();

        assertInvalid(() -> EmploymentAllowance.forEmployer(HOLDER, List.of(other), TaxYear.startingIn(2026), UK),
                "employments", "employments of holder-1", "emp-1");
    }
}
