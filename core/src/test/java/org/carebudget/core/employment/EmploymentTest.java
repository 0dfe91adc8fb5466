package org.carebudget.core.employment;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmploymentTest {

    @Test
    void givenPaUnder16OnTheFirstDay_thenRejectedWithoutPrintingTheFullDateOfBirth() {
        InvalidValueException e = assertInvalid(() -> Given.bare(LocalDate.of(2009, 6, 3), Given.FIRST_DAY,
                PayFrequency.WEEKLY).build(), "personalAssistant.dateOfBirth", "16 or over on the first day 2025-06-02");

        assertEquals("2009-**-**", e.givenValue());
        assertEquals(Given.FIRST_DAY, Given.bare(LocalDate.of(2009, 6, 2), Given.FIRST_DAY, PayFrequency.WEEKLY)
                .build().firstDay());
    }

    @Test
    void givenNameTooLong_thenTheErrorShowsItsLengthOnlyNeverItsLetters() {
        String name = "Alexandra " + "Q".repeat(250);

        InvalidValueException e = assertInvalid(() -> PersonalAssistant.builder(PersonalAssistantId.of("pa-9"), name,
                Given.BORN), "personalAssistant.name", "1 - 200 characters");

        assertEquals("(260 characters, not shown)", e.givenValue());
        assertFalse(e.getMessage().contains("Alexandra"), e.getMessage());
        assertFalse(e.getMessage().contains("QQ"), e.getMessage());
    }

    @Test
    void givenBlankName_thenRejectedShowingOnlyTheLength() {
        InvalidValueException e = assertInvalid(() -> PersonalAssistant.builder(PersonalAssistantId.of("pa-1"), " ",
                Given.BORN), "personalAssistant.name", "non-blank");

        assertEquals("(1 characters, not shown)", e.givenValue());
    }

    @Test
    void givenNoNationalInsuranceNumberYet_thenThePaIsBuiltAndPayCanBeChecked() {
        PersonalAssistant newStarter = PersonalAssistant.builder(PersonalAssistantId.of("pa-2"), "New Starter",
                Given.BORN).build();
        Employment e = Employment.builder(Given.employer(), newStarter, FundingRegime.COUNCIL_DIRECT_PAYMENT,
                DateRange.startingOn(Given.FIRST_DAY), PaySchedule.of(PayFrequency.WEEKLY, Given.FIRST_DAY))
                .evidence(Given.pay(PayFrequency.WEEKLY, Given.FIRST_DAY, Given.FIRST_DAY,
                        HoursWorked.ofDayMinutes(600), 10_000))
                .build();

        assertNull(newStarter.nationalInsuranceNumber());
        assertEquals(List.of("pay.minimum-wage"), org.carebudget.core.employment.rules.StandardRules.ruleSet()
                .evaluate(e, Given.AS_OF).from("pay.minimum-wage").stream().map(ComplianceFinding::ruleId).toList());
    }

    @Test
    void givenPersonalAssistant_thenToStringHidesPersonalData() {
        PersonalAssistant pa = Given.pa(Given.BORN);

        assertEquals("PersonalAssistant[pa-1]", pa.toString());
        assertEquals(35, pa.ageOn(LocalDate.of(2025, 5, 15)));
        assertEquals(34, pa.ageOn(LocalDate.of(2025, 5, 14)));
        assertInvalid(() -> pa.ageOn(LocalDate.MAX), "date", "1900-01-01 - 2200-12-31");
        assertInvalid(() -> pa.ageOn(Given.BORN.minusDays(1)), "date", "on or after the date of birth");
    }

    @Test
    void givenNegativeRate_thenRejected() {
        assertInvalid(() -> Given.bare().payRate(RateType.DAY, Gbp.ofPence(-1)), "payRate.DAY", "£0.00 - £10000.00",
                "-£0.01");
    }

    @Test
    void givenPayRecordOnAnotherSchedule_thenRejected() {
        PayRecord other = Given.pay(PayFrequency.MONTHLY, Given.FIRST_DAY, Given.FIRST_DAY, HoursWorked.NONE, 0);

        assertInvalid(() -> Given.bare().evidence(other).build(), "payRecord.period",
                "a period of PaySchedule[frequency=WEEKLY, anchor=2025-06-02]", "2025-06-02/2025-07-02");
    }

    @Test
    void givenTwoRecordsForOnePeriod_thenRejected() {
        PayRecord a = Given.pay(PayFrequency.WEEKLY, Given.FIRST_DAY, Given.FIRST_DAY, HoursWorked.NONE, 0);
        PayRecord b = Given.pay(PayFrequency.WEEKLY, Given.FIRST_DAY, Given.FIRST_DAY, HoursWorked.NONE, 100);

        assertInvalid(() -> Given.bare().evidence(a, b).build(), "payRecord.period", "one pay record per period",
                "2025-06-02/2025-06-09");
    }

    @Test
    void givenPayRecordBeforeTheEmployment_thenRejected() {
        PayRecord early = Given.pay(PayFrequency.WEEKLY, Given.FIRST_DAY, Given.FIRST_DAY.minusDays(7),
                HoursWorked.NONE, 0);

        assertInvalid(() -> Given.bare().evidence(early).build(), "payRecord.period",
                "a period overlapping the employment 2025-06-02/..", "2025-05-26/2025-06-02");
    }

    @Test
    void givenNullAmongEvidence_thenRefusedNamingItsPlace_andNothingIsAdded() {
        Employment.Builder b = Given.bare().evidence(Given.RTW);

        assertInvalid(() -> b.evidence(Given.DBS, null), "evidence[1]", "not null");
        assertInvalid(() -> b.evidence(new ArrayList<>(Arrays.asList(Given.DBS, null))), "evidence[1]", "not null");
        assertInvalid(() -> b.evidence((Evidence[]) null), "evidence", "not null");
        assertEquals(List.of(Given.RTW), b.build().evidence());
    }

    @Test
    void givenExtremeDates_thenRefusedWithTheSupportedRange() {
        assertInvalid(() -> Given.bare(Given.BORN, LocalDate.MIN, PayFrequency.WEEKLY), "period",
                "1900-01-01 - 2200-12-31");
        assertInvalid(() -> Employment.builder(Given.employer(), Given.pa(Given.BORN),
                FundingRegime.COUNCIL_DIRECT_PAYMENT, DateRange.startingOn(LocalDate.MIN),
                PaySchedule.of(PayFrequency.WEEKLY, Given.FIRST_DAY)), "period", "1900-01-01 - 2200-12-31");
        assertInvalid(() -> Employment.builder(Given.employer(), Given.pa(Given.BORN),
                FundingRegime.COUNCIL_DIRECT_PAYMENT, DateRange.of(Given.FIRST_DAY, LocalDate.MAX),
                PaySchedule.of(PayFrequency.WEEKLY, Given.FIRST_DAY)), "period", "1900-01-01 - 2200-12-31");
        assertInvalid(() -> Given.bare().apprenticeship(DateRange.startingOn(LocalDate.MIN)), "apprenticeship",
                "1900-01-01 - 2200-12-31");
    }

    @Test
    void givenEvidenceInAnyOrder_thenKeptInOneCanonicalOrder() {
        Employment a = Given.bare().evidence(Given.PAYE, Given.DBS, Given.RTW, Given.STATEMENT, Given.INSURANCE).build();
        Employment b = Given.bare().evidence(Given.INSURANCE, Given.STATEMENT, Given.RTW, Given.DBS, Given.PAYE).build();

        assertEquals(a.evidence(), b.evidence());
        assertEquals(List.of(Given.DBS, Given.RTW, Given.PAYE, Given.STATEMENT, Given.INSURANCE), a.evidence());
        assertEquals(List.of(Given.DBS), a.dbsCertificates());
    }

    @ParameterizedTest(name = "leave year from {0}, date {1}: leave year started {2}")
    @CsvSource({"01-01, 2024-03-31, 2024-01-01", "01-01, 2024-01-01, 2024-01-01", "04-01, 2024-03-31, 2023-04-01",
        "04-01, 2024-04-01, 2024-04-01", "02-29, 2025-02-28, 2025-02-28", "02-29, 2025-02-27, 2024-02-29"})
    void givenLeaveYearStart_thenTheLeaveYearContainingADate(String monthDay, LocalDate date, LocalDate expected) {
        Employment e = Given.bare().leaveYearStart(MonthDay.parse("--" + monthDay)).build();

        assertEquals(expected, e.leaveYearContaining(date));
    }

    @Test
    void givenNoLeaveYearAgreed_thenItStartsOnTheFirstDayEachYear() {
        Employment e = Given.bare().build();

        assertEquals(MonthDay.of(6, 2), e.leaveYearStart());
        assertEquals(LocalDate.of(2026, 6, 2), e.leaveYearContaining(LocalDate.of(2027, 1, 10)));
    }

    @Test
    void givenBudgetHolderEmploysHerHusband_thenHeIsCloseFamilyOfTheEmployer_butNotWhenANomineeEmploys() {
        Employment byHolder = Given.bare().relationship(Relationship.livingWith(FamilyRelation.SPOUSE)).build();
        Employment byNominee = Employment.builder(Employer.nominatedPerson(EmployerId.of("daughter")),
                Given.pa(Given.BORN), FundingRegime.COUNCIL_DIRECT_PAYMENT, DateRange.startingOn(Given.FIRST_DAY),
                PaySchedule.of(PayFrequency.WEEKLY, Given.FIRST_DAY))
                .relationship(Relationship.livingWith(FamilyRelation.SPOUSE)).build();
        Employment nomineesFather = Employment.builder(Employer.nominatedPerson(EmployerId.of("daughter")),
                Given.pa(Given.BORN), FundingRegime.COUNCIL_DIRECT_PAYMENT, DateRange.startingOn(Given.FIRST_DAY),
                PaySchedule.of(PayFrequency.WEEKLY, Given.FIRST_DAY))
                .relationship(Relationship.livingWith(FamilyRelation.SPOUSE))
                .employeeRelationToEmployer(FamilyRelation.PARENT).build();

        assertEquals(FamilyRelation.SPOUSE, byHolder.employeeRelationToEmployer());
        assertEquals(FamilyRelation.NONE, byNominee.employeeRelationToEmployer());
        assertEquals(FamilyRelation.PARENT, nomineesFather.employeeRelationToEmployer());
    }

    @Test
    void givenRelationship_thenFactoriesSayWhetherTheyLiveTogether() {
        assertTrue(Relationship.livingWith(FamilyRelation.CHILD).needsFunderApproval());
        assertFalse(Relationship.livingApart(FamilyRelation.CHILD).needsFunderApproval());
        assertSame(Relationship.UNRELATED, Relationship.livingApart(FamilyRelation.NONE));
        assertFalse(Relationship.livingWith(FamilyRelation.NONE).needsFunderApproval());
    }

    @Test
    void givenEmployer_thenWithDomesticServiceReturnsThisWhenUnchanged() {
        Employer employer = Given.employer();

        assertSame(employer, employer.withDomesticService(DomesticService.NOT_DOMESTIC_SERVICE));
        assertEquals(DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD, employer
                .withDomesticService(DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD).domesticService());
        assertFalse(Employer.thirdPartyService(EmployerId.of("trust")).kind().isIndividual());
    }

    @Test
    void givenScheduleAndEmployment_thenAccessorsReturnWhatWasBuilt() {
        Employment e = Given.compliant().payRate(RateType.NIGHT, Gbp.parse("13.50")).averageWeeklyMinutes(600)
                .careDuties(CareDuties.CARE_AND_SUPPORT_ONLY).childrenActivity(ChildrenActivity.FREQUENT_CARE_OR_SUPERVISION)
                .apprenticeship(DateRange.startingOn(Given.FIRST_DAY)).build();

        assertEquals(PaySchedule.of(PayFrequency.WEEKLY, Given.FIRST_DAY), e.paySchedule());
        assertEquals(Gbp.parse("13.50"), e.payRates().get(RateType.NIGHT));
        assertEquals(600, e.averageWeeklyMinutes());
        assertEquals(CareDuties.CARE_AND_SUPPORT_ONLY, e.careDuties());
        assertEquals(ChildrenActivity.FREQUENT_CARE_OR_SUPERVISION, e.childrenActivity());
        assertEquals(DateRange.startingOn(Given.FIRST_DAY), e.apprenticeship());
        assertTrue(e.continuesOn(LocalDate.of(2099, 1, 1)));
        assertEquals("Employment[emp-1, pa-1, 2025-06-02/..]", e.toString());
    }

    @Test
    void givenOutOfRangeTerms_thenRejectedAndBuilderUnchanged() {
        Employment.Builder b = Given.bare().averageWeeklyMinutes(600);

        assertInvalid(() -> b.averageWeeklyMinutes(10_081), "averageWeeklyMinutes", "0 - 10080", "10081");
        assertInvalid(() -> b.regularHoliday(8, 280), "daysPerWeek", "1 - 7", "8");
        assertInvalid(() -> b.regularHoliday(4, 3661), "holidayEntitlementTenthDays", "0 - 3660", "3661");
        Employment built = b.build();
        assertEquals(600, built.averageWeeklyMinutes());
        assertEquals(5, built.daysPerWeek());
        assertEquals(280, built.holidayEntitlementTenthDays());
    }

    @Test
    void givenCareGroups_thenTheBarredListsNeededFollowTheChildrenFrequencyTest() {
        assertEquals(Set.of(BarredList.ADULTS), CareGroup.ADULTS.barredListsNeeded(ChildrenActivity.PERSONAL_OR_HEALTH_CARE));
        assertEquals(Set.of(BarredList.CHILDREN),
                CareGroup.CHILDREN.barredListsNeeded(ChildrenActivity.PERSONAL_OR_HEALTH_CARE));
        assertEquals(Set.of(BarredList.CHILDREN),
                CareGroup.CHILDREN.barredListsNeeded(ChildrenActivity.FREQUENT_CARE_OR_SUPERVISION));
        assertEquals(Set.of(), CareGroup.CHILDREN.barredListsNeeded(ChildrenActivity.OCCASIONAL_CARE_OR_SUPERVISION));
        assertEquals(Set.of(BarredList.ADULTS),
                CareGroup.ADULTS_AND_CHILDREN.barredListsNeeded(ChildrenActivity.OCCASIONAL_CARE_OR_SUPERVISION));
    }
}
