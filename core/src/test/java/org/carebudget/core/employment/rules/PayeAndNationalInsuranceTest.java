package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PersonalAssistant;
import org.carebudget.core.employment.RuleSet;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayeAndNationalInsuranceTest {

    private static final PayeRegistrationRule PAYE = new PayeRegistrationRule();
    private static final EmployerNationalInsurance NI = new EmployerNationalInsurance();
    private static final LocalDate START = LocalDate.of(2026, 4, 6);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private static Employment.Builder paid(PayFrequency frequency, long pence) {
        return Given.bare(Given.BORN, START, frequency)
                .evidence(Given.pay(frequency, START, START, HoursWorked.ofDayMinutes(600), pence));
    }

    @ParameterizedTest(name = "{0} pay of {1}p: findings {2}")
    @CsvSource({"WEEKLY, 9599, 0", "WEEKLY, 9600, 1", "FORTNIGHTLY, 19199, 0", "FORTNIGHTLY, 19200, 1",
        "FOUR_WEEKLY, 38399, 0", "FOUR_WEEKLY, 38400, 1", "MONTHLY, 41600, 0", "MONTHLY, 41699, 0", "MONTHLY, 41700, 1"})
    void givenPayAroundThePayeThreshold_thenRegistrationNeededFromIt(PayFrequency frequency, long pence, int expected) {
        List<Finding> found = Given.findings(PAYE, paid(frequency, pence).build(), AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(Severity.BLOCKING, found.get(0).severity());
            assertEquals(START, found.get(0).dueDate());
        }
    }

    @ParameterizedTest(name = "{0} pay of {1}p: message quotes {2}")
    @CsvSource(delimiter = '|', value = {
        "WEEKLY      | 9600  | the PAYE threshold for a weekly period, £96.00",
        "FORTNIGHTLY | 19200 | the PAYE threshold for a fortnightly period, £192.00",
        "FOUR_WEEKLY | 38400 | the PAYE threshold for a 4-weekly period, £384.00",
        "MONTHLY     | 41700 | the PAYE threshold for a monthly period, £417.00"})
    void givenPayAtThePayeThreshold_thenMessageQuotesTheThresholdForThePeriodLength(PayFrequency frequency,
            long pence, String threshold) {
        Finding found = Given.findings(PAYE, paid(frequency, pence).build(), AS_OF).get(0);

        assertTrue(found.message().contains(" reaches " + threshold + ", and no PAYE registration is recorded."),
                found.message());
    }

    @Test
    void givenRegistrationRecorded_thenNoFinding() {
        assertEquals(List.of(), Given.findings(PAYE, paid(PayFrequency.WEEKLY, 50_000).evidence(Given.PAYE).build(),
                AS_OF));
    }

    @Test
    void givenOtherJob_thenPayeNeededWhateverThePay() {
        PersonalAssistant twoJobs = new PersonalAssistant(PersonalAssistantId.of("pa-2"), "Alex Carer", Given.BORN,
                NationalInsuranceNumber.parse("AB123456C"), true);
        Employment e = Employment.builder(Given.employer(), twoJobs, FundingRegime.COUNCIL_DIRECT_PAYMENT,
                DateRange.startingOn(START), PaySchedule.of(PayFrequency.WEEKLY, START)).build();

        assertEquals(List.of(), Given.findings(PAYE, e, START.minusDays(1)));
        assertTrue(Given.findings(PAYE, e, START).get(0).message().contains("another job or a pension"));
    }

    @ParameterizedTest(name = "{0} pay of {1}p: employer NI {2}")
    @CsvSource({"WEEKLY, 9600, 0.00", "WEEKLY, 9601, 0.00", "WEEKLY, 9604, 0.01", "WEEKLY, 19600, 15.00",
        "MONTHLY, 51700, 15.00", "FOUR_WEEKLY, 48400, 15.00"})
    void givenPayAboveSecondaryThreshold_thenFifteenPercentOfTheExcess(PayFrequency frequency, long pence,
            String expected) {
        List<Finding> found = Given.findings(NI, paid(frequency, pence).build(), AS_OF);

        if (expected.equals("0.00")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(Severity.INFO, found.get(0).severity());
            assertEquals(Gbp.parse(expected), found.get(0).amount());
            assertTrue(found.get(0).message().contains("Employment Allowance (up to £10500.00 a year)"));
        }
    }

    /** £90.00 gross and £10.86 rolled-up holiday pay (12.07%) in one week: earnings of £100.86. */
    private static Employment withRolledUpHolidayPay() {
        return Given.bare(Given.BORN, START, PayFrequency.WEEKLY).evidence(Given.pay(PayFrequency.WEEKLY, START, START,
                HoursWorked.ofDayMinutes(600), 9_000).withRolledUpHolidayPay(Gbp.ofPence(1_086))).build();
    }

    @Test
    void givenGrossPayBelowThresholdButRolledUpHolidayPayTakesItOver_thenPayeNeeded() {
        List<Finding> found = Given.findings(PAYE, withRolledUpHolidayPay(), AS_OF);

        assertEquals(1, found.size());
        assertEquals(START, found.get(0).dueDate());
        assertTrue(found.get(0).message().startsWith("Pay of £100.86 (including £10.86 rolled-up holiday pay) for "
                + "2026-04-06/2026-04-13 reaches the PAYE threshold for a weekly period, £96.00"), found.get(0).message());
    }

    @Test
    void givenRolledUpHolidayPay_thenEmployerNiIsOnGrossPayPlusHolidayPay() {
        List<Finding> found = Given.findings(NI, withRolledUpHolidayPay(), AS_OF);

        // 15% of (£100.86 - £96.00) = £0.729, rounded to £0.73.
        assertEquals(1, found.size());
        assertEquals(Gbp.parse("0.73"), found.get(0).amount());
        assertTrue(found.get(0).message().startsWith("Employer National Insurance for 2026-04-06/2026-04-13: £0.73"),
                found.get(0).message());
    }

    /** A weekly employment whose first pay period starts on {@code start}, paid {@code pence} in it. */
    private static Employment weekFrom(LocalDate start, long pence) {
        return Given.bare(Given.BORN, start, PayFrequency.WEEKLY)
                .evidence(Given.pay(PayFrequency.WEEKLY, start, start, HoursWorked.ofDayMinutes(600), pence)).build();
    }

    @ParameterizedTest(name = "weekly period from {0}, pay of {1}p: PAYE findings {2}, employer NI {3}")
    @CsvSource({
        "2025-04-05, 50000, 0, 0.00",
        "2025-04-06, 9599, 0, 0.00",
        "2025-04-06, 9600, 1, 0.00",
        "2025-04-06, 19600, 1, 15.00",
        "2026-04-05, 9599, 0, 0.00",
        "2026-04-05, 9600, 1, 0.00",
        "2026-04-05, 19600, 1, 15.00",
        "2026-04-06, 9599, 0, 0.00",
        "2026-04-06, 9600, 1, 0.00",
        "2026-04-06, 19600, 1, 15.00"})
    void givenPeriodEitherSideOfTheTaxYearStart_thenTheFiguresOfThatTaxYearApply(LocalDate start, long pence,
            int payeFindings, String ni) {
        // The standard figures start with tax year 2025/26 (6 April 2025), so a period starting on 5 April 2025 is
        // not assessed by either rule; 2025/26 and 2026/27 share the £96 PAYE and secondary thresholds and 15%.
        Employment e = weekFrom(start, pence);

        assertEquals(payeFindings, Given.findings(PAYE, e, AS_OF).size());
        List<Finding> niFound = Given.findings(NI, e, AS_OF);
        if (ni.equals("0.00")) {
            assertEquals(List.of(), niFound);
        } else {
            assertEquals(Gbp.parse(ni), niFound.get(0).amount());
        }
    }

    @ParameterizedTest(name = "weekly period from {0}, pay of £98: PAYE findings {1}, employer NI {2}")
    @CsvSource({"2026-04-05, 1, 0.30", "2026-04-06, 0, 0.00"})
    void givenVendorFiguresRaisingThresholdsOn6April2026_thenThePeriodStartPicksTheTaxYear(LocalDate start,
            int payeFindings, String ni) {
        // A vendor's table whose 2026/27 row raises both weekly thresholds to £100: £98 is over the 2025/26 £96.
        UkFigures vendor = UkFigures.empty().with(costs(2025, 9_600)).with(costs(2026, 10_000));
        Employment e = weekFrom(start, 9_800);

        assertEquals(payeFindings, RuleSet.of(vendor, List.of(PAYE)).evaluate(e, AS_OF).findings().size());
        List<Finding> niFound = RuleSet.of(vendor, List.of(NI)).evaluate(e, AS_OF).findings();
        assertEquals(ni.equals("0.00") ? List.of() : List.of(Gbp.parse(ni)),
                niFound.stream().map(Finding::amount).toList());
    }

    private static EmployerCosts costs(int year, long weeklyThresholdPence) {
        Gbp weekly = Gbp.ofPence(weeklyThresholdPence);
        Gbp monthly = Gbp.ofPence(41_700);
        return new EmployerCosts(TaxYear.startingIn(year).range(), 1500, weekly, monthly, Gbp.ofPence(500_000),
                Gbp.ofPence(12_900), Gbp.ofPence(1_050_000), weekly, monthly, Source.of("vendor table", Status.UNCONFIRMED));
    }

    @Test
    void givenSeveralPeriods_thenOnlyTheLatestStartedIsReported() {
        Employment e = Given.bare(Given.BORN, START, PayFrequency.WEEKLY).evidence(
                Given.pay(PayFrequency.WEEKLY, START, START, HoursWorked.ofDayMinutes(600), 19_600),
                Given.pay(PayFrequency.WEEKLY, START, START.plusDays(7), HoursWorked.ofDayMinutes(600), 29_600),
                Given.pay(PayFrequency.WEEKLY, START, START.plusDays(14), HoursWorked.ofDayMinutes(600), 39_600))
                .build();

        List<Finding> found = Given.findings(NI, e, START.plusDays(13));

        assertEquals(1, found.size());
        assertEquals(Gbp.parse("30.00"), found.get(0).amount());
    }
}
