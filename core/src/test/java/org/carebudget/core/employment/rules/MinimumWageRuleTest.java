package org.carebudget.core.employment.rules;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.MissingFigures;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinimumWageRuleTest {

    private static final MinimumWageRule RULE = new MinimumWageRule();
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    /** One weekly period starting on {@code start}, for a PA born on {@code born}. */
    private static Employment.Builder week(LocalDate born, LocalDate start, HoursWorked hours, long pence) {
        return Given.bare(born, start, PayFrequency.WEEKLY)
                .evidence(Given.pay(PayFrequency.WEEKLY, start, start, hours, pence));
    }

    private static List<ComplianceFinding> findings(Employment.Builder builder) {
        return Given.findings(RULE, builder.build(), AS_OF);
    }

    @ParameterizedTest(name = "period from {0}, 10 hours for £{1}: short {2}")
    @CsvSource({
        "2025-03-31, 114.40, 0.00",
        "2025-04-01, 114.40, 7.70",
        "2026-03-31, 122.10, 0.00",
        "2026-03-31, 122.09, 0.01",
        "2026-04-01, 122.10, 5.00",
        "2026-04-01, 127.10, 0.00"})
    void givenPeriodEitherSideOfAprilChange_thenRateOnFirstDayOfPeriodApplies(LocalDate start, String paid,
            String shortfall) {
        assertShort(findings(week(Given.BORN, start, HoursWorked.ofDayMinutes(600), Gbp.parse(paid).pence())),
                shortfall);
    }

    @Test
    void givenPeriodBeforeTheFiguresStart_thenReportedAsNotChecked_notSilentlySkipped() {
        List<ComplianceFinding> found = findings(week(Given.BORN, LocalDate.of(2024, 3, 25),
                HoursWorked.ofDayMinutes(600), 0));

        assertEquals(1, found.size());
        assertEquals(ComplianceSeverity.NOT_CHECKED, found.get(0).severity());
        assertEquals(MissingFigures.named("minimum wage", LocalDate.of(2024, 3, 25)),
                found.get(0).figures(MissingFigures.class));
        assertEquals(1, found.get(0).evidence().size());
    }

    @ParameterizedTest(name = "period from {0}, 10 hours for £{1}: short {2}")
    @CsvSource({"2024-04-01, 114.39, 0.01", "2024-04-01, 114.40, 0.00"})
    void givenPeriodOnTheFirstFigures_thenTheApril2024RateApplies(LocalDate start, String paid, String shortfall) {
        assertShort(findings(week(Given.BORN, start, HoursWorked.ofDayMinutes(600), Gbp.parse(paid).pence())),
                shortfall);
    }

    @ParameterizedTest(name = "born {0}, period from {1}, £{2} for 10 hours: short {3}")
    @CsvSource({
        // turning 18: the 16-17 rate from April 2026 is £8.00, the 18-20 rate £10.85 (UK-RULES.md)
        "2008-06-10, 2026-06-08, 8000, 0.00",
        "2008-06-10, 2026-06-09, 8000, 0.00",
        "2008-06-10, 2026-06-10, 8000, 28.50",
        "2008-06-10, 2026-06-15, 8000, 28.50",
        // turning 21: the 18-20 rate £10.85, the national living wage £12.71
        "2005-06-10, 2026-06-08, 10850, 0.00",
        "2005-06-10, 2026-06-09, 10850, 0.00",
        "2005-06-10, 2026-06-10, 10850, 18.60",
        "2005-06-10, 2026-06-15, 10850, 18.60"})
    void givenABirthdayIntoANewBand_thenTheNewBandFromThePeriodStartingOnOrAfterIt(LocalDate born, LocalDate start,
            long paidPence, String shortfall) {
        assertShort(findings(week(born, start, HoursWorked.ofDayMinutes(600), paidPence)), shortfall);
    }

    @Test
    void givenTheNationalLivingWageExtendedTo18InAVendorRow_thenA19YearOldIsOwedItWithNoCodeChange() {
        LocalDate start = LocalDate.of(2026, 4, 6);
        MinimumWage extended = MinimumWage.from(LocalDate.of(2026, 4, 1)).until(LocalDate.of(2027, 4, 1))
                .nationalLivingWage(Gbp.parse("12.71"), 18).age16To17(Gbp.parse("8.00")).apprentice(Gbp.parse("8.00"))
                .accommodationOffsetPerDay(Gbp.parse("11.10"))
                .source(org.carebudget.core.figures.Source.of("test", org.carebudget.core.figures.Status.UNCONFIRMED))
                .build();
        UkFigures vendor = UkFigures.standard().replacing(extended);
        Employment e = week(LocalDate.of(2007, 1, 1), start, HoursWorked.ofDayMinutes(600), 10_850).build();

        List<ComplianceFinding> standard = Given.findings(RULE, e, AS_OF);
        List<ComplianceFinding> withRow = Given.findings(RULE, e, AS_OF, vendor);

        assertEquals(List.of(), standard);
        assertEquals(Gbp.parse("18.60"), withRow.get(0).amount());
        assertEquals(Gbp.parse("12.71"), withRow.get(0).figures(MinimumWageCheck.class).hourlyMinimum());
    }

    @ParameterizedTest(name = "born {0}: the second week is short at {2}")
    @CsvSource({"2008-06-10, 8000, '£10.85 an hour for age 18'", "2005-06-10, 10850, '£12.71 an hour for age 21'"})
    void givenABirthdayMidPeriod_thenTheSecondPeriodIsShortAndTheFirstIsNot(LocalDate born, long paidPence,
            String minimum) {
        LocalDate start = LocalDate.of(2026, 6, 8);
        Employment e = Given.bare(born, start, PayFrequency.WEEKLY)
                .evidence(Given.pay(PayFrequency.WEEKLY, start, start, HoursWorked.ofDayMinutes(600), paidPence),
                        Given.pay(PayFrequency.WEEKLY, start, start.plusDays(7), HoursWorked.ofDayMinutes(600),
                                paidPence))
                .build();

        List<ComplianceFinding> found = Given.findings(RULE, e, AS_OF);

        assertEquals(1, found.size());
        assertEquals(start.plusDays(7), ((PayRecord) found.get(0).evidence().get(0)).period().start());
        assertTrue(found.get(0).message().contains("the minimum is " + minimum + " on 2026-06-15"),
                found.get(0).message());
    }

    @ParameterizedTest(name = "2h awake + 8h asleep for £{0}: short {1}")
    @CsvSource({"25.42, 0.00", "25.41, 0.01"})
    void givenSleepIn_thenOnlyTimeAwakeForWorkCounts(String paid, String shortfall) {
        HoursWorked sleepIn = HoursWorked.builder().sleepInAwakeMinutes(120).sleepInAsleepMinutes(480).build();

        assertShort(findings(week(Given.BORN, LocalDate.of(2026, 4, 6), sleepIn, Gbp.parse(paid).pence())),
                shortfall);
    }

    @ParameterizedTest(name = "40 hours for £486.20 with {0} days' free accommodation: short {1}")
    @CsvSource({"2, 0.00", "1, 11.10", "0, 22.20"})
    void givenFreeAccommodation_thenTheOffsetPerDayCountsAsPay(int days, String shortfall) {
        assertShort(findings(accommodated(days, Gbp.ZERO, 48_620)), shortfall);
    }

    @ParameterizedTest(name = "40 hours for £508.40, 2 days charged £{0}: short {1}")
    @CsvSource({
        // required £508.40; the offset for 2 days is £22.20
        "0.00, 0.00",      // free: £22.20 is added, £530.60 counted
        "1.00, 0.00",      // charged within the offset: nothing added, nothing taken: £508.40
        "22.20, 0.00",     // charged exactly the offset: £508.40
        "22.21, 0.01",     // 1p above the offset reduces pay by 1p
        "72.20, 50.00"})   // £50 above the offset reduces pay by £50
    void givenChargedAccommodation_thenNoOffsetIsAdded_andAChargeAboveTheOffsetReducesPay(String charge,
            String shortfall) {
        List<ComplianceFinding> found = findings(accommodated(2, Gbp.parse(charge), 50_840));

        assertShort(found, shortfall);
        if (!found.isEmpty()) {
            MinimumWageCheck check = found.get(0).figures(MinimumWageCheck.class);
            assertEquals(Gbp.ZERO, check.accommodationOffset());
            assertEquals(Gbp.parse(charge).minus(Gbp.parse("22.20")), check.accommodationChargeExcess());
        }
    }

    @Test
    void givenChargedAccommodationWithAFreeOffsetThatWouldHaveHidden_thenTheUnderpaymentIsReported() {
        // Before the fix, £22.20 was added whether or not the PA paid for the room: £486.20 + £22.20 = £508.40, so a
        // PA charged £40 for it was reported paid in full.
        List<ComplianceFinding> found = findings(accommodated(2, Gbp.parse("40.00"), 48_620));

        assertEquals(Gbp.parse("40.00"), found.get(0).amount());
        assertTrue(found.get(0).message().contains("(after £17.80 of the accommodation charge above the offset)"),
                found.get(0).message());
    }

    private static Employment.Builder accommodated(int days, Gbp charge, long pence) {
        LocalDate start = LocalDate.of(2026, 4, 6);
        return Given.bare(Given.BORN, start, PayFrequency.WEEKLY).evidence(Given.payBuilder(PayFrequency.WEEKLY,
                start, start, HoursWorked.ofDayMinutes(2400), pence).accommodation(days, charge).build());
    }

    @ParameterizedTest(name = "born {0}, apprentice from {1}: short {2}")
    @CsvSource({
        "2008-01-01, 2026-01-01, 0.00",
        "2008-01-01, , 28.50",
        "2000-01-01, 2025-04-07, 0.00",
        "2000-01-01, 2025-04-06, 47.10"})
    void givenApprentice_thenApprenticeRateUnder19OrInFirstYear(LocalDate born, LocalDate apprenticeFrom,
            String shortfall) {
        LocalDate start = LocalDate.of(2026, 4, 6);
        Employment.Builder b = week(born, start, HoursWorked.ofDayMinutes(600), 8_000);
        if (apprenticeFrom != null) {
            b.apprenticeship(DateRange.startingOn(apprenticeFrom));
        }

        assertShort(findings(b), shortfall);
    }

    @ParameterizedTest(name = "1 minute for £{0}: short {1}")
    @CsvSource({"0.22, 0.00", "0.21, 0.01"})
    void givenPartHour_thenRequiredPayRoundsUpToThePenny(String paid, String shortfall) {
        assertShort(findings(week(Given.BORN, LocalDate.of(2026, 4, 6), HoursWorked.ofDayMinutes(1),
                Gbp.parse(paid).pence())), shortfall);
    }

    @Test
    void givenPeriodAfterTheEvaluationDate_thenNotChecked() {
        Employment e = week(Given.BORN, LocalDate.of(2026, 4, 6), HoursWorked.ofDayMinutes(600), 0).build();

        assertEquals(List.of(), Given.findings(RULE, e, LocalDate.of(2026, 4, 5)));
        assertEquals(1, Given.findings(RULE, e, LocalDate.of(2026, 4, 6)).size());
    }

    @Test
    void givenShortfall_thenTheFindingCarriesEveryFigureAndCitesRuleAndFigures() {
        ComplianceFinding f = findings(week(Given.BORN, LocalDate.of(2026, 4, 6), HoursWorked.ofDayMinutes(2250),
                20_000)).get(0);
        MinimumWageCheck check = f.figures(MinimumWageCheck.class);

        assertEquals(ComplianceSeverity.BLOCKING, f.severity());
        assertEquals("Pay for 2026-04-06/2026-04-13 is £200.00 for 37.5 hours worked; the minimum is £12.71 an hour "
                + "for age 35 on 2026-04-06, £476.63: £276.63 short.", f.message());
        assertTrue(f.source().citation().startsWith("National Minimum Wage Act 1998"));
        assertTrue(f.source().citation().contains("figures: gov.uk/national-minimum-wage-rates"));
        assertEquals(35, check.age());
        assertEquals(Gbp.parse("12.71"), check.hourlyMinimum());
        assertEquals(2250, check.countedMinutes());
        assertEquals(Gbp.parse("476.63"), check.requiredPay());
        assertEquals(Gbp.parse("200.00"), check.minimumWagePay());
        assertEquals(Gbp.parse("276.63"), check.shortfall());
        assertEquals(check, MinimumWageRule.check((PayRecord) f.evidence().get(0), Given.BORN, null,
                UkFigures.standard()));
    }

    @Test
    void givenThePublicFunctions_thenAVendorAsksOneQuestionWithoutACaseload() {
        assertEquals(Gbp.parse("10.85"), MinimumWageRule.hourlyMinimum(LocalDate.of(2026, 4, 6),
                LocalDate.of(2006, 1, 1), null, UkFigures.standard().on(MinimumWage.class, LocalDate.of(2026, 4, 6))));
        assertEquals(Gbp.parse("476.63"), MinimumWageRule.requiredPay(Gbp.parse("12.71"), 2250));
        assertInvalid(() -> MinimumWageRule.check(Given.pay(PayFrequency.WEEKLY, LocalDate.of(2027, 4, 5),
                LocalDate.of(2027, 4, 5), HoursWorked.NONE, 0), Given.BORN, null, UkFigures.standard()), "date",
                "a date with minimum wage figures");
        assertInvalid(() -> MinimumWageRule.requiredPay(Gbp.MAX, 1), "hourly (pence)", "0 - 1000000");
    }

    private static void assertShort(List<ComplianceFinding> found, String shortfall) {
        if (shortfall.equals("0.00")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(1, found.size(), found.toString());
            assertEquals(Gbp.parse(shortfall), found.get(0).amount());
            assertEquals(MinimumWageRule.ID, found.get(0).ruleId());
            assertEquals(found.get(0).amount(), found.get(0).figures(MinimumWageCheck.class).shortfall());
        }
    }
}
