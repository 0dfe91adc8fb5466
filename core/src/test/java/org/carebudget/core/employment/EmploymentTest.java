package org.carebudget.core.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EmploymentTest {

    private static void assertInvalid(String message, Executable action) {
        assertEquals(message, assertThrows(InvalidValueException.class, action).getMessage());
    }

    @Test
    void givenPaUnder16OnTheFirstDay_thenRejectedWithoutPrintingTheFullDateOfBirth() {
        assertInvalid("Invalid value for personalAssistant.dateOfBirth (valid values on or before 2009-06-02 (16 or "
                + "over on the first day 2025-06-02)): 2009-**-**",
                () -> Given.bare(LocalDate.of(2009, 6, 3), Given.FIRST_DAY, PayFrequency.WEEKLY).build());
        assertEquals(Given.FIRST_DAY, Given.bare(LocalDate.of(2009, 6, 2), Given.FIRST_DAY, PayFrequency.WEEKLY)
                .build().firstDay());
    }

    @Test
    void givenNegativeRate_thenRejected() {
        assertInvalid("Invalid value for payRate.DAY (valid values £0.00 or more): -£0.01",
                () -> Given.bare().payRate(RateType.DAY, Gbp.ofPence(-1)));
    }

    @Test
    void givenInvalidNationalInsuranceNumber_thenRejectedMasked() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> NationalInsuranceNumber.parse("QQ123456C"));

        assertTrue(e.getMessage().startsWith("Invalid value for nationalInsuranceNumber"), e.getMessage());
    }

    @Test
    void givenPayRecordOnAnotherSchedule_thenRejected() {
        PayRecord other = Given.pay(PayFrequency.MONTHLY, Given.FIRST_DAY, Given.FIRST_DAY, HoursWorked.NONE, 0);

        assertInvalid("Invalid value for payRecord.period (valid values a period of PaySchedule[frequency=WEEKLY, "
                + "anchor=2025-06-02]): 2025-06-02/2025-07-02", () -> Given.bare().evidence(other).build());
    }

    @Test
    void givenTwoRecordsForOnePeriod_thenRejected() {
        PayRecord a = Given.pay(PayFrequency.WEEKLY, Given.FIRST_DAY, Given.FIRST_DAY, HoursWorked.NONE, 0);
        PayRecord b = Given.pay(PayFrequency.WEEKLY, Given.FIRST_DAY, Given.FIRST_DAY, HoursWorked.NONE, 100);

        assertInvalid("Invalid value for payRecord.period (valid values one pay record per period): "
                + "2025-06-02/2025-06-09", () -> Given.bare().evidence(a, b).build());
    }

    @Test
    void givenPayRecordBeforeTheEmployment_thenRejected() {
        PayRecord early = Given.pay(PayFrequency.WEEKLY, Given.FIRST_DAY, Given.FIRST_DAY.minusDays(7),
                HoursWorked.NONE, 0);

        assertInvalid("Invalid value for payRecord.period (valid values a period overlapping the employment "
                + "2025-06-02/..): 2025-05-26/2025-06-02", () -> Given.bare().evidence(early).build());
    }

    @Test
    void givenEvidenceInAnyOrder_thenKeptInOneCanonicalOrder() {
        Employment a = Given.bare().evidence(Given.PAYE, Given.DBS, Given.RTW, Given.STATEMENT, Given.INSURANCE).build();
        Employment b = Given.bare().evidence(Given.INSURANCE, Given.STATEMENT, Given.RTW, Given.DBS, Given.PAYE).build();

        assertEquals(a.evidence(), b.evidence());
        assertEquals(List.of(Given.DBS, Given.RTW, Given.PAYE, Given.STATEMENT, Given.INSURANCE), a.evidence());
        assertEquals(List.of(Given.DBS), a.dbsCertificates());
    }

    @Test
    void givenPersonalAssistant_thenToStringHidesPersonalData() {
        PersonalAssistant pa = Given.pa(Given.BORN);

        assertEquals("PersonalAssistant[pa-1]", pa.toString());
        assertEquals(35, pa.ageOn(LocalDate.of(2025, 5, 15)));
        assertEquals(34, pa.ageOn(LocalDate.of(2025, 5, 14)));
    }

    @Test
    void givenBlankName_thenRejected() {
        assertInvalid("Invalid value for personalAssistant.name (valid values non-blank text of 1 - 200 characters): \" \"",
                () -> new PersonalAssistant(PersonalAssistantId.of("pa-1"), " ", Given.BORN,
                        NationalInsuranceNumber.parse("AB123456C"), false));
    }

    @Test
    void givenHolidayOutOfRange_thenRejectedAndBuilderUnchanged() {
        Employment.Builder b = Given.bare();

        assertInvalid("Invalid value for daysPerWeek (valid values 1 - 7): 8", () -> b.holiday(8, 280));
        assertEquals(5, b.build().daysPerWeek());
    }

    @Test
    void givenScheduleAndEmployment_thenAccessorsReturnWhatWasBuilt() {
        Employment e = Given.compliant().payRate(RateType.NIGHT, Gbp.parse("13.50")).averageWeeklyMinutes(600).build();

        assertEquals(PaySchedule.of(PayFrequency.WEEKLY, Given.FIRST_DAY), e.paySchedule());
        assertEquals(Gbp.parse("13.50"), e.payRates().get(RateType.NIGHT));
        assertEquals(600, e.averageWeeklyMinutes());
        assertTrue(e.continuesOn(LocalDate.of(2099, 1, 1)));
        assertEquals("Employment[emp-1, pa-1, 2025-06-02/..]", e.toString());
    }

    @Test
    void givenWeeklyMinutesAboveAWeek_thenRejectedAndBuilderUnchanged() {
        Employment.Builder b = Given.bare().averageWeeklyMinutes(600);

        assertRejected("averageWeeklyMinutes", "0 - 10080", "10081", () -> b.averageWeeklyMinutes(10_081));
        assertEquals(600, b.build().averageWeeklyMinutes());
        assertEquals(10_080, Given.bare().averageWeeklyMinutes(10_080).build().averageWeeklyMinutes());
    }

    @Test
    void givenHolidayEntitlementOutOfRange_thenRejectedAndNeitherValueRecorded() {
        Employment.Builder b = Given.bare();

        assertRejected("holidayEntitlementTenthDays", "0 - 3660", "3661", () -> b.holiday(4, 3661));
        assertRejected("holidayEntitlementTenthDays", "0 - 3660", "-1", () -> b.holiday(4, -1));
        Employment built = b.build();
        assertEquals(5, built.daysPerWeek());
        assertEquals(280, built.holidayEntitlementTenthDays());
        assertEquals(3660, Given.bare().holiday(7, 3660).build().holidayEntitlementTenthDays());
    }

    /** Asserts the exception names the field, the valid range and the value given. */
    private static void assertRejected(String field, String validValues, String given, Executable action) {
        InvalidValueException e = assertThrows(InvalidValueException.class, action);

        assertEquals(field, e.field());
        assertEquals(validValues, e.validValues());
        assertEquals(given, e.givenValue());
    }
}
