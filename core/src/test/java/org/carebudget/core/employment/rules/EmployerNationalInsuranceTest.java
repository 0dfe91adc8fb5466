package org.carebudget.core.employment.rules;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.CareDuties;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.MissingFigures;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PayReferencePeriod;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmployerNationalInsuranceTest {

    private static final EmployerNationalInsurance NI = new EmployerNationalInsurance();
    private static final UkFigures UK = UkFigures.standard();
    private static final LocalDate PAY_DAY = LocalDate.of(2026, 6, 5);

    private static Gbp ni(PayFrequency frequency, String earnings, LocalDate born, DateRange apprenticeship) {
        return EmployerNationalInsurance.calculate(frequency, PAY_DAY, Gbp.parse(earnings), born, apprenticeship, UK)
                .employerNi();
    }

    @ParameterizedTest(name = "born {0}, £{1} a week in 2026/27: employer NI £{2} ({3})")
    @CsvSource({
        "2006-01-01, 400, 0.00, UNDER_21",     // 20 on the pay date: 0% up to £967
        "2005-06-05, 400, 45.60, NONE",        // 21 on the pay date: 15% of (400 - 96)
        "2005-06-06, 400, 0.00, UNDER_21",     // still 20 on the pay date
        "2006-01-01, 1000, 4.95, UNDER_21",    // 15% of (1000 - 967)
        "2006-01-01, 967, 0.00, UNDER_21",
        "1990-05-15, 96, 0.00, NONE",
        "1990-05-15, 96.04, 0.01, NONE",       // 0.6p rounds to 1p
        "1990-05-15, 96.03, 0.00, NONE",       // 0.45p rounds down
        "1990-05-15, 196, 15.00, NONE"})
    void givenAgeOnThePayDate_thenUnder21sCostNothingUpToTheUpperSecondaryThreshold(LocalDate born, String weekly,
            String expected, NiRelief relief) {
        EmployerNiCalculation calculation = EmployerNationalInsurance.calculate(PayFrequency.WEEKLY, PAY_DAY,
                Gbp.parse(weekly), born, null, UK);

        assertEquals(Gbp.parse(expected), calculation.employerNi());
        assertEquals(relief, calculation.relief());
        assertEquals(relief == NiRelief.NONE ? Gbp.parse("96") : Gbp.parse("967"), calculation.thresholdApplied());
        assertEquals(TaxYear.startingIn(2026), calculation.taxYear());
    }

    @ParameterizedTest(name = "born {0}, apprentice {1}: £{2}")
    @CsvSource({"2002-01-01, true, 0.00", "2001-06-05, true, 45.60", "2002-01-01, false, 45.60"})
    void givenAnApprenticeUnder25_thenNoEmployerNiUpToTheUpperSecondaryThreshold(LocalDate born, boolean apprentice,
            String expected) {
        DateRange apprenticeship = apprentice ? DateRange.startingOn(LocalDate.of(2025, 9, 1)) : null;

        assertEquals(Gbp.parse(expected), ni(PayFrequency.WEEKLY, "400", born, apprenticeship));
    }

    @ParameterizedTest(name = "{0}, born {1}, £{2}: £{3}")
    @CsvSource({"MONTHLY, 2006-01-01, 2000, 0.00", "MONTHLY, 1990-05-15, 2000, 237.45",
        "MONTHLY, 2006-01-01, 4289, 15.00", "FORTNIGHTLY, 2006-01-01, 2034, 15.00", "FOUR_WEEKLY, 2006-01-01, 3968, 15.00",
        "FOUR_WEEKLY, 1990-05-15, 484, 15.00"})
    void givenPeriodLength_thenThresholdsScale(PayFrequency frequency, LocalDate born, String earnings,
            String expected) {
        assertEquals(Gbp.parse(expected), ni(frequency, earnings, born, null));
    }

    @ParameterizedTest(name = "week from 2025-03-31 paid {0}: £{1} ({2})")
    @CsvSource({"2025-04-05, 31.05, 2024/25", "2025-04-06, 45.60, 2025/26"})
    void givenThePayDate_thenItsTaxYearsFiguresApply(LocalDate paidOn, String expected, String taxYear) {
        PayReferencePeriod period = PaySchedule.of(PayFrequency.WEEKLY, LocalDate.of(2025, 3, 31))
                .periodContaining(LocalDate.of(2025, 3, 31));
        PayRecord record = PayRecord.of(period, paidOn, HoursWorked.ofDayMinutes(600), Gbp.parse("400"));

        EmployerNiCalculation calculation = EmployerNationalInsurance.calculate(record, Given.BORN, null,
                UK.on(org.carebudget.core.figures.EmployerCosts.class, paidOn));

        assertEquals(Gbp.parse(expected), calculation.employerNi());
        assertEquals(TaxYear.parse(taxYear), calculation.taxYear());
        assertEquals(taxYear.equals("2024/25") ? 1_380 : 1_500, calculation.rateBasisPoints());
    }

    /** A weekly employment from {@code start} for a PA born on {@code born}, paid {@code pence} in its first week. */
    private static Employment week(LocalDate born, LocalDate start, long pence, CareDuties duties) {
        return Given.bare(born, start, PayFrequency.WEEKLY).careDuties(duties)
                .evidence(Given.pay(PayFrequency.WEEKLY, start, start, HoursWorked.ofDayMinutes(600), pence)).build();
    }

    @Test
    void givenLatestPeriod_thenInformationWithTheAmountTheCalculationAndTheAllowanceCondition() {
        LocalDate start = LocalDate.of(2026, 4, 6);
        List<ComplianceFinding> found = Given.findings(NI, week(Given.BORN, start, 40_000,
                CareDuties.CARE_AND_SUPPORT_ONLY), LocalDate.of(2026, 6, 1));

        assertEquals(1, found.size());
        assertEquals(ComplianceSeverity.INFO, found.get(0).severity());
        assertEquals(Gbp.parse("45.60"), found.get(0).amount());
        assertEquals(Gbp.parse("45.60"), found.get(0).figures(EmployerNiCalculation.class).employerNi());
        assertTrue(found.get(0).message().endsWith("It counts towards the employer's Employment Allowance (up to "
                + "£10500.00 a year across all their PAs)."), found.get(0).message());
    }

    @ParameterizedTest(name = "{0}: the message says {1}")
    @CsvSource(delimiter = '|', value = {
        "INCLUDES_OTHER_HOUSEHOLD_DUTIES | does not count towards the Employment Allowance",
        "NOT_RECORDED | Record whether every duty is care and support"})
    void givenDutiesNotExclusivelyCare_thenTheAllowanceIsNotClaimedForThem(CareDuties duties, String says) {
        ComplianceFinding f = Given.findings(NI, week(Given.BORN, LocalDate.of(2026, 4, 6), 40_000, duties),
                LocalDate.of(2026, 6, 1)).get(0);

        assertTrue(f.message().contains(says), f.message());
    }

    @Test
    void givenA20YearOldOn400AWeek_thenNoFinding_andA21YearOldCosts4560() {
        LocalDate start = LocalDate.of(2026, 4, 6);

        assertEquals(List.of(), Given.findings(NI, week(LocalDate.of(2006, 1, 1), start, 40_000,
                CareDuties.CARE_AND_SUPPORT_ONLY), LocalDate.of(2026, 6, 1)));
        assertEquals(Gbp.parse("45.60"), Given.findings(NI, week(LocalDate.of(2005, 1, 1), start, 40_000,
                CareDuties.CARE_AND_SUPPORT_ONLY), LocalDate.of(2026, 6, 1)).get(0).amount());
    }

    @Test
    void givenPayIn2024_thenThe2024Rows13Point8PercentAbove175Apply_notASilentSkip() {
        LocalDate start = LocalDate.of(2024, 9, 2);

        ComplianceFinding f = Given.findings(NI, week(Given.BORN, start, 40_000, CareDuties.CARE_AND_SUPPORT_ONLY),
                LocalDate.of(2024, 12, 1)).get(0);

        assertEquals(Gbp.parse("31.05"), f.amount());
    }

    @Test
    void givenPayBeforeTheFigures_thenNotChecked() {
        LocalDate start = LocalDate.of(2023, 9, 4);

        ComplianceFinding f = Given.findings(NI, week(Given.BORN, start, 40_000, CareDuties.CARE_AND_SUPPORT_ONLY),
                LocalDate.of(2023, 12, 1)).get(0);

        assertEquals(ComplianceSeverity.NOT_CHECKED, f.severity());
        assertEquals("employer costs", f.figures(MissingFigures.class).kind());
    }

    @Test
    void givenSeveralPeriods_thenOnlyTheLatestStartedIsReported() {
        LocalDate start = LocalDate.of(2026, 4, 6);
        Employment e = Given.bare(Given.BORN, start, PayFrequency.WEEKLY).evidence(
                Given.pay(PayFrequency.WEEKLY, start, start, HoursWorked.ofDayMinutes(600), 19_600),
                Given.pay(PayFrequency.WEEKLY, start, start.plusDays(7), HoursWorked.ofDayMinutes(600), 29_600),
                Given.pay(PayFrequency.WEEKLY, start, start.plusDays(14), HoursWorked.ofDayMinutes(600), 39_600))
                .build();

        List<ComplianceFinding> found = Given.findings(NI, e, start.plusDays(13));

        assertEquals(1, found.size());
        assertEquals(Gbp.parse("30.00"), found.get(0).amount());
    }

    @Test
    void givenRolledUpHolidayAndSickPay_thenTheyAreEarningsForNi() {
        LocalDate start = LocalDate.of(2026, 4, 6);
        Employment e = Given.bare(Given.BORN, start, PayFrequency.WEEKLY).evidence(Given.payBuilder(PayFrequency.WEEKLY,
                start, start, HoursWorked.ofDayMinutes(600), 9_000).rolledUpHolidayPay(Gbp.parse("10.86"))
                .sickPay(Gbp.parse("5.00")).build()).build();

        // 15% of (£105.86 - £96.00) = £1.479, rounded to £1.48.
        assertEquals(Gbp.parse("1.48"), Given.findings(NI, e, LocalDate.of(2026, 6, 1)).get(0).amount());
    }

    @Test
    void givenInvalidArguments_thenRejected() {
        assertInvalid(() -> EmployerNationalInsurance.calculate(PayFrequency.WEEKLY, LocalDate.of(2027, 4, 6),
                Gbp.parse("400"), Given.BORN, null, UK), "date", "a date with employer costs figures");
        assertInvalid(() -> EmployerNationalInsurance.calculate(PayFrequency.WEEKLY, PAY_DAY, Gbp.MAX, Given.BORN,
                null, UK), "earnings (pence)", "0 - 3000000000");
        assertInvalid(() -> EmployerNationalInsurance.calculate(PayFrequency.WEEKLY, LocalDate.MAX, Gbp.ZERO,
                Given.BORN, null, UK), "paidOn", "1900-01-01 - 2200-12-31");
    }
}
