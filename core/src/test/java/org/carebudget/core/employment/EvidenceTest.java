package org.carebudget.core.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EvidenceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    private static void assertInvalid(String message, Executable action) {
        assertEquals(message, assertThrows(InvalidValueException.class, action).getMessage());
    }

    @Test
    void givenPermissionEndingOnTheCheckDate_thenRejected() {
        assertInvalid("Invalid value for rightToWorkCheck.permissionEndsOn (valid values after checkedOn 2025-06-02): "
                + "2025-06-02", () -> new RightToWorkCheck(RightToWorkCheckType.MANUAL_DOCUMENT, DAY, DAY));
    }

    @Test
    void givenMalformedDbsCertificate_thenRejected() {
        assertInvalid("Invalid value for dbsCertificate.certificateNumber (valid values 12 digits): 12345",
                () -> new DbsCertificate("12345", DbsLevel.ENHANCED, true, false, DAY, false, null));
        assertInvalid("Invalid value for dbsCertificate.level (valid values ENHANCED when a barred list is checked): "
                + "STANDARD", () -> new DbsCertificate("001234567890", DbsLevel.STANDARD, true, false, DAY, false, null));
        assertInvalid("Invalid value for dbsCertificate.statusLastCheckedOn (valid values on or after issuedOn "
                + "2025-06-02): 2025-06-01", () -> new DbsCertificate("001234567890", DbsLevel.ENHANCED, true, false,
                DAY, true, DAY.minusDays(1)));
    }

    @Test
    void givenInvalidInsurance_thenRejected() {
        assertInvalid("Invalid value for employersLiabilityInsurance.cover (valid values above £0.00): £0.00",
                () -> Given.insurance(Gbp.ZERO, DateRange.of(DAY, DAY.plusYears(1))));
        assertInvalid("Invalid value for employersLiabilityInsurance.period (valid values a range of at least one day "
                + "with an end): 2025-06-02/..", () -> Given.insurance(Gbp.parse("5000000"), DateRange.startingOn(DAY)));
    }

    @Test
    void givenMalformedPayeReference_thenRejected() {
        assertInvalid("Invalid value for payeRegistration.employerPayeReference (valid values 3 digits, '/', 1 - 10 "
                + "letters or digits): AB45678", () -> new PayeRegistration("AB45678", DAY));
    }

    @Test
    void givenOptOut_thenAppliesFromSigningUntilWithdrawn() {
        WorkingTimeOptOut optOut = new WorkingTimeOptOut(DAY, DAY.plusDays(10));

        assertFalse(optOut.appliesOn(DAY.minusDays(1)));
        assertTrue(optOut.appliesOn(DAY));
        assertTrue(optOut.appliesOn(DAY.plusDays(9)));
        assertFalse(optOut.appliesOn(DAY.plusDays(10)));
        assertInvalid("Invalid value for workingTimeOptOut.withdrawnOn (valid values after signedOn 2025-06-02): "
                + "2025-06-02", () -> new WorkingTimeOptOut(DAY, DAY));
    }

    @Test
    void givenInvalidPayRecord_thenRejected() {
        PayRecord record = Given.pay(PayFrequency.WEEKLY, DAY, DAY, HoursWorked.ofDayMinutes(60), 1_000);

        assertInvalid("Invalid value for payRecord.grossPay (valid values £0.00 or more): -£0.01",
                () -> Given.pay(PayFrequency.WEEKLY, DAY, DAY, HoursWorked.NONE, -1));
        assertInvalid("Invalid value for payRecord.accommodationDays (valid values 0 - 7): 8",
                () -> record.withAccommodationDays(8));
        assertInvalid("Invalid value for hoursWorked.sleepInAsleepMinutes (valid values 0 - 527040): -1",
                () -> new HoursWorked(0, 0, 0, 0, 0, -1));
        assertEquals(1_000, record.withPension(Gbp.ZERO, Gbp.ZERO).grossPay().pence());
    }

    @Test
    void givenSleepIn_thenOnlyAwakeTimeCounted() {
        assertEquals(150, new HoursWorked(10, 20, 30, 40, 50, 480).countedMinutes());
    }

    @Test
    void givenEvidence_thenItsDateIsTheDateOfTheRecord() {
        assertEquals(DAY, new Reference("Previous employer", DAY).evidenceDate());
        assertEquals(DAY, new PensionEnrolment("NEST", DAY).evidenceDate());
        assertEquals(DAY, new WrittenStatement(DAY).evidenceDate());
        assertInvalid("Invalid value for reference.referee (valid values non-blank text of 1 - 200 characters): \"\"",
                () -> new Reference("", DAY));
    }

    @Test
    void givenBlankInsurerOrPolicyNumber_thenRejected() {
        DateRange year = DateRange.of(DAY, DAY.plusYears(1));

        assertRejected("employersLiabilityInsurance.insurer", "non-blank text of 1 - 200 characters", "\" \"",
                () -> new EmployersLiabilityInsurance(" ", "EL-1", Gbp.parse("5000000"), year));
        assertRejected("employersLiabilityInsurance.policyNumber", "non-blank text of 1 - 100 characters", "\"\"",
                () -> new EmployersLiabilityInsurance("Acme Mutual", "", Gbp.parse("5000000"), year));
    }

    @Test
    void givenBlankPensionScheme_thenRejected() {
        assertRejected("pensionEnrolment.scheme", "non-blank text of 1 - 200 characters", "\"  \"",
                () -> new PensionEnrolment("  ", DAY));
    }

    @Test
    void givenMinutesAboveALeapYear_thenRejected() {
        assertRejected("hoursWorked.dayMinutes", "0 - 527040", "527041", () -> HoursWorked.ofDayMinutes(527_041));
        assertRejected("hoursWorked.sleepInAwakeMinutes", "0 - 527040", "527041",
                () -> new HoursWorked(0, 0, 0, 0, 527_041, 0));
        assertEquals(527_040, HoursWorked.ofDayMinutes(527_040).countedMinutes());
    }

    /** Asserts the exception names the field, the valid range and the value given. */
    private static void assertRejected(String field, String validValues, String given, Executable action) {
        InvalidValueException e = assertThrows(InvalidValueException.class, action);

        assertEquals(field, e.field());
        assertEquals(validValues, e.validValues());
        assertEquals(given, e.givenValue());
    }
}
