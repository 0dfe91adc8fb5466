package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PayeRegistration;
import org.carebudget.core.employment.PersonalAssistant;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayeRegistrationRuleTest {

    private static final PayeRegistrationRule PAYE = new PayeRegistrationRule();
    private static final LocalDate START = LocalDate.of(2026, 4, 6);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private static Employment.Builder paid(PayFrequency frequency, long pence) {
        return Given.bare(Given.BORN, START, frequency)
                .evidence(Given.pay(frequency, START, START, HoursWorked.ofDayMinutes(600), pence));
    }

    private static LocalDate payday(PayFrequency frequency) {
        return Given.period(frequency, START, START).range().end().orElseThrow().minusDays(1);
    }

    @ParameterizedTest(name = "{0} pay of {1}p: findings {2}")
    @CsvSource({"WEEKLY, 9599, 0", "WEEKLY, 9600, 1", "FORTNIGHTLY, 19199, 0", "FORTNIGHTLY, 19200, 1",
        "FOUR_WEEKLY, 38399, 0", "FOUR_WEEKLY, 38400, 1", "MONTHLY, 41600, 0", "MONTHLY, 41699, 0", "MONTHLY, 41700, 1"})
    void givenPayAroundThePayeThreshold_thenRegistrationDueBeforeThatPayday(PayFrequency frequency, long pence,
            int expected) {
        List<ComplianceFinding> found = Given.findings(PAYE, paid(frequency, pence).build(), AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(ComplianceSeverity.BLOCKING, found.get(0).severity());
            assertEquals(payday(frequency), found.get(0).actBefore());
            PayeThresholdCheck check = found.get(0).figures(PayeThresholdCheck.class);
            assertEquals(Gbp.ofPence(pence), check.earnings());
            assertEquals(payday(frequency), check.paidOn());
            assertEquals(TaxYear.startingIn(2026), check.taxYear());
        }
    }

    @Test
    void givenPayAtTheThreshold_thenTheMessageQuotesTheThresholdAndThePayday() {
        ComplianceFinding found = Given.findings(PAYE, paid(PayFrequency.MONTHLY, 41_700).build(), AS_OF).get(0);

        assertEquals("No PAYE registration is recorded for the employer before the payday of 2026-05-05: pay of "
                + "£417.00 for 2026-04-06/2026-05-06 reaches the PAYE threshold of £417.00 for 2026/27.",
                found.message());
        assertTrue(found.source().citation().contains("PAYE registration threshold for 2026/27 assumed"),
                found.source().citation());
        assertEquals(Status.UNCONFIRMED, found.source().status());
    }

    @ParameterizedTest(name = "registered {0}: {1}")
    @CsvSource({"2026-04-11, ''", "2026-04-12, WARNING", "2026-05-01, WARNING"})
    void givenRegistration_thenOnTimeBeforeTheFirstPayday_lateOnOrAfterIt(LocalDate registeredOn, String expected) {
        Employment e = paid(PayFrequency.WEEKLY, 50_000).evidence(new PayeRegistration("123/AB1", registeredOn))
                .build();

        List<ComplianceFinding> found = Given.findings(PAYE, e, AS_OF);

        assertEquals(expected, String.join(" ", found.stream().map(f -> f.severity().name()).toList()));
    }

    @Test
    void givenRegistrationBeforeTheFirstDayOfWork_thenNoFinding() {
        assertEquals(List.of(), Given.findings(PAYE, paid(PayFrequency.WEEKLY, 50_000).evidence(Given.PAYE).build(),
                AS_OF));
    }

    @Test
    void givenAnotherJob_thenPayeNeededBeforeTheFirstPaydayWhateverThePay() {
        PersonalAssistant twoJobs = PersonalAssistant.builder(PersonalAssistantId.of("pa-2"), "Alex Carer", Given.BORN)
                .anotherJobOrPension().build();
        Employment e = Employment.builder(Given.employer(), twoJobs, FundingRegime.COUNCIL_DIRECT_PAYMENT,
                DateRange.startingOn(START), PaySchedule.of(PayFrequency.WEEKLY, START))
                .evidence(Given.pay(PayFrequency.WEEKLY, START, START, HoursWorked.ofDayMinutes(60), 1_300)).build();

        ComplianceFinding found = Given.findings(PAYE, e, AS_OF).get(0);

        assertEquals(LocalDate.of(2026, 4, 12), found.actBefore());
        assertTrue(found.message().contains("another job or a pension"), found.message());
        assertEquals(List.of(), Given.findings(PAYE, e, LocalDate.of(2026, 4, 11)));
    }

    @Test
    void givenGrossPayBelowThresholdButRolledUpHolidayPayTakesItOver_thenPayeNeeded() {
        Employment e = Given.bare(Given.BORN, START, PayFrequency.WEEKLY).evidence(Given.payBuilder(PayFrequency.WEEKLY,
                START, START, HoursWorked.ofDayMinutes(600), 9_000).rolledUpHolidayPay(Gbp.ofPence(1_086)).build())
                .build();

        List<ComplianceFinding> found = Given.findings(PAYE, e, AS_OF);

        assertEquals(1, found.size());
        assertEquals(Gbp.parse("100.86"), found.get(0).figures(PayeThresholdCheck.class).earnings());
    }

    @ParameterizedTest(name = "week from 2025-03-31 paid {0}, £{1}: findings {2}")
    @CsvSource({
        "2025-04-05, 122.99, 0",   // 2024/25: registration from the lower earnings limit, £123 a week
        "2025-04-05, 123.00, 1",
        "2025-04-06, 95.99, 0",    // 2025/26: from the secondary threshold, £96 a week
        "2025-04-06, 96.00, 1"})
    void givenThePayDate_thenTheThresholdOfItsTaxYearApplies(LocalDate paidOn, String pay, int expected) {
        LocalDate start = LocalDate.of(2025, 3, 31);
        PayRecord record = PayRecord.of(Given.period(PayFrequency.WEEKLY, start, start), paidOn,
                HoursWorked.ofDayMinutes(600), Gbp.parse(pay));
        Employment e = Given.bare(Given.BORN, start, PayFrequency.WEEKLY).evidence(record).build();

        assertEquals(expected, Given.findings(PAYE, e, LocalDate.of(2025, 5, 1)).size());
    }

    @ParameterizedTest(name = "paid {0}: findings {1}")
    @CsvSource({"2026-04-05, 1", "2026-04-06, 0"})
    void givenVendorFiguresRaisingTheThresholdOn6April2026_thenThePayDatePicksTheTaxYear(LocalDate paidOn,
            int expected) {
        UkFigures vendor = UkFigures.empty().with(costs(2025, 9_600)).with(costs(2026, 10_000));
        LocalDate start = LocalDate.of(2026, 3, 30);
        PayRecord record = PayRecord.of(Given.period(PayFrequency.WEEKLY, start, start), paidOn,
                HoursWorked.ofDayMinutes(600), Gbp.parse("98"));
        Employment e = Given.bare(Given.BORN, start, PayFrequency.WEEKLY).evidence(record).build();

        assertEquals(expected, Given.findings(PAYE, e, AS_OF, vendor).size());
    }

    private static EmployerCosts costs(int year, long weeklyPence) {
        Gbp weekly = Gbp.ofPence(weeklyPence);
        Source vendor = Source.of("vendor table", Status.UNCONFIRMED);
        return EmployerCosts.forTaxYear(TaxYear.startingIn(year)).secondaryRateBasisPoints(1500)
                .secondaryThreshold(weekly, Gbp.parse("417"), Gbp.parse("5000"))
                .upperSecondaryThreshold(Gbp.parse("967"), Gbp.parse("4189"), Gbp.parse("50270"))
                .lowerEarningsLimitWeekly(Gbp.parse("129")).employmentAllowance(Gbp.parse("10500"))
                .payeThreshold(weekly, Gbp.parse("417"), vendor).source(vendor).build();
    }
}
