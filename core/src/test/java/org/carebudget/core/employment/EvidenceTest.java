package org.carebudget.core.employment;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    @Test
    void givenTimeLimitedPermission_thenItEndsTheDayAfterTheLastDayShown() {
        RightToWorkCheck check = RightToWorkCheck.timeLimited(RightToWorkCheckMethod.ONLINE_SHARE_CODE, DAY,
                LocalDate.of(2026, 6, 14));

        assertEquals(LocalDate.of(2026, 6, 15), check.permissionEnds());
        assertTrue(check.isTimeLimited());
        assertFalse(RightToWorkCheck.unlimited(RightToWorkCheckMethod.MANUAL_DOCUMENT, DAY).isTimeLimited());
        assertInvalid(() -> RightToWorkCheck.timeLimited(RightToWorkCheckMethod.MANUAL_DOCUMENT, DAY, DAY),
                "rightToWorkCheck.lastDayOfPermission", "after checkedOn 2025-06-02", "2025-06-02");
    }

    @Test
    void givenMalformedDbsCertificate_thenRejected() {
        assertInvalid(() -> DbsCertificate.builder("12345", DbsLevel.ENHANCED, DAY),
                "dbsCertificate.certificateNumber", "12 digits", "12345");
        assertInvalid(() -> DbsCertificate.builder("1".repeat(100_000), DbsLevel.ENHANCED, DAY),
                "dbsCertificate.certificateNumber", "at most 12 characters", "(100000 characters)");
        assertInvalid(() -> DbsCertificate.builder("001234567890", DbsLevel.STANDARD, DAY)
                .barredListsChecked(BarredList.ADULTS).build(), "dbsCertificate.level",
                "ENHANCED when a barred list is checked", "STANDARD");
        assertInvalid(() -> DbsCertificate.builder("001234567890", DbsLevel.ENHANCED, DAY)
                .statusLastCheckedOn(DAY.minusDays(1)), "dbsCertificate.statusLastCheckedOn",
                "on or after issuedOn 2025-06-02", "2025-06-01");
    }

    @Test
    void givenDbsCertificate_thenBarredListsAreASetAndAStatusCheckImpliesTheUpdateService() {
        DbsCertificate dbs = DbsCertificate.builder("001234567890", DbsLevel.ENHANCED, DAY)
                .barredListsChecked(BarredList.CHILDREN, BarredList.ADULTS, BarredList.ADULTS)
                .statusLastCheckedOn(DAY.plusDays(30)).build();

        assertEquals(Set.of(BarredList.ADULTS, BarredList.CHILDREN), dbs.barredListsChecked());
        assertTrue(dbs.updateServiceSubscribed());
        assertTrue(dbs.covers(Set.of(BarredList.ADULTS)));
        assertTrue(dbs.covers(Set.of()));
        assertFalse(DbsCertificate.builder("001234567890", DbsLevel.STANDARD, DAY).build().covers(Set.of()));
    }

    @Test
    void givenInvalidInsurance_thenRejected() {
        assertInvalid(() -> Given.insurance(Gbp.ZERO, DateRange.of(DAY, DAY.plusYears(1))),
                "employersLiabilityInsurance.cover", "above £0.00", "£0.00");
        assertInvalid(() -> Given.insurance(Gbp.parse("5000000"), DateRange.startingOn(DAY)),
                "employersLiabilityInsurance.period", "a range of at least one day with an end", "2025-06-02/..");
        assertInvalid(() -> new EmployersLiabilityInsurance(" ", "EL-1", Gbp.parse("5000000"),
                DateRange.of(DAY, DAY.plusYears(1))), "employersLiabilityInsurance.insurer", "non-blank");
        assertEquals(DAY.plusYears(1), Given.insurance(Gbp.parse("5000000"), DateRange.of(DAY, DAY.plusYears(1)))
                .coverEnds());
    }

    @Test
    void givenMalformedPayeReference_thenRejected_andALongOneIsRefusedBeforeTheRegex() {
        assertInvalid(() -> new PayeRegistration("AB45678", DAY), "payeRegistration.employerPayeReference",
                "3 digits, '/', 1 - 10 letters or digits", "AB45678");
        assertInvalid(() -> new PayeRegistration("1".repeat(100_000), DAY), "payeRegistration.employerPayeReference",
                "at most 14 characters");
    }

    @Test
    void givenOptOut_thenAppliesFromSigningUntilWithdrawn() {
        WorkingTimeOptOut optOut = new WorkingTimeOptOut(DAY, DAY.plusDays(10));

        assertFalse(optOut.appliesOn(DAY.minusDays(1)));
        assertTrue(optOut.appliesOn(DAY));
        assertTrue(optOut.appliesOn(DAY.plusDays(9)));
        assertFalse(optOut.appliesOn(DAY.plusDays(10)));
        assertTrue(WorkingTimeOptOut.signedOn(DAY).appliesOn(DAY.plusYears(5)));
        assertInvalid(() -> new WorkingTimeOptOut(DAY, DAY), "workingTimeOptOut.withdrawnOn", "after signedOn");
    }

    @Test
    void givenInvalidPayRecord_thenRejected() {
        assertInvalid(() -> Given.pay(PayFrequency.WEEKLY, DAY, DAY, HoursWorked.NONE, -1), "payRecord.grossPay",
                "£0.00 - £10000000.00", "-£0.01");
        assertInvalid(() -> Given.payBuilder(PayFrequency.WEEKLY, DAY, DAY, HoursWorked.NONE, 0)
                .accommodation(8, Gbp.ZERO), "payRecord.accommodationDays", "0 - 7", "8");
        assertInvalid(() -> HoursWorked.builder().sleepInAsleepMinutes(-1), "hoursWorked.sleepInAsleepMinutes",
                "0 - 527040", "-1");
        assertInvalid(() -> PayRecord.of(Given.period(PayFrequency.WEEKLY, DAY, DAY), DAY.minusDays(1),
                HoursWorked.NONE, Gbp.ZERO), "payRecord.paidOn", "on or after the period's first day 2025-06-02");
        assertInvalid(() -> Given.payBuilder(PayFrequency.WEEKLY, DAY, DAY, HoursWorked.NONE, 0)
                .rolledUpHolidayPay(Gbp.MAX), "payRecord.rolledUpHolidayPay", "£0.00 - £10000000.00");
    }

    @Test
    void givenTheLargestLines_thenEarningsAreExactAndNeverWrap() {
        PayRecord record = Given.payBuilder(PayFrequency.WEEKLY, DAY, DAY, HoursWorked.NONE,
                PayRecord.MAX_LINE.pence()).rolledUpHolidayPay(PayRecord.MAX_LINE).sickPay(PayRecord.MAX_LINE).build();

        assertEquals(Gbp.ofPence(3 * PayRecord.MAX_LINE.pence()), record.earnings());
    }

    @Test
    void givenSleepIn_thenOnlyAwakeTimeCounted() {
        assertEquals(150, HoursWorked.builder().dayMinutes(10).nightMinutes(20).weekendMinutes(30)
                .bankHolidayMinutes(40).sleepInAwakeMinutes(50).sleepInAsleepMinutes(480).build().countedMinutes());
        assertInvalid(() -> HoursWorked.ofDayMinutes(527_041), "hoursWorked.dayMinutes", "0 - 527040", "527041");
    }

    @Test
    void givenSicknessAbsence_thenDaysAndQualifyingDaysAreChecked() {
        DateRange week = DateRange.ofClosed(DAY, DAY.plusDays(6));
        SicknessAbsence absence = SicknessAbsence.builder(week, Gbp.parse("300"), DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY).sickPayPaid(Gbp.parse("49.30")).build();

        assertEquals(DAY.plusDays(7), absence.end());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), absence.qualifyingDays());
        assertInvalid(() -> SicknessAbsence.builder(week, Gbp.parse("300")), "sicknessAbsence.qualifyingDays",
                "1 - 7 days of the week");
        assertInvalid(() -> SicknessAbsence.builder(DateRange.startingOn(DAY), Gbp.parse("300"), DayOfWeek.MONDAY),
                "sicknessAbsence.days", "with an end");
        assertInvalid(() -> SicknessAbsence.builder(week, Gbp.ofPence(-1), DayOfWeek.MONDAY),
                "sicknessAbsence.averageWeeklyEarnings", "£0.00 - £10000000.00");
    }

    @Test
    void givenHolidayRecord_thenHeldFromTheDayMadeUntilDisposedOf() {
        HolidayRecord record = HolidayRecord.builder(DateRange.of(DAY, DAY.plusYears(1)), DAY.plusDays(10))
                .showing(HolidayRecordContent.LEAVE_TAKEN).disposedOn(DAY.plusDays(20)).build();

        assertFalse(record.heldOn(DAY.plusDays(9)));
        assertTrue(record.heldOn(DAY.plusDays(10)));
        assertFalse(record.heldOn(DAY.plusDays(20)));
        assertInvalid(() -> HolidayRecord.builder(DateRange.of(DAY, DAY.plusYears(1)), DAY).disposedOn(DAY.minusDays(1)),
                "holidayRecord.disposedOn", "on or after madeOn");
    }

    @Test
    void givenEvidence_thenItsDateIsTheDateOfTheRecord_andAReferenceHidesTheReferee() {
        Reference reference = new Reference("Previous employer", DAY);

        assertEquals(DAY, reference.evidenceDate());
        assertEquals("Reference[received 2025-06-02]", reference.toString());
        assertEquals(DAY, PensionEnrolment.netPayArrangement("NEST", DAY).evidenceDate());
        assertEquals(DAY, WrittenStatement.givenOn(DAY).evidenceDate());
        assertInvalid(() -> new Reference("", DAY), "reference.referee", "non-blank", "(0 characters, not shown)");
        assertInvalid(() -> PensionEnrolment.reliefAtSource("  ", DAY), "pensionEnrolment.scheme", "non-blank");
        assertInvalid(() -> new PensionPostponement(DAY, DAY), "pensionPostponement.deferralDate", "after noticeGivenOn");
    }
}
