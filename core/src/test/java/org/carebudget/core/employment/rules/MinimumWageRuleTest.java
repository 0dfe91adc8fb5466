package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
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

    private static List<Finding> findings(Employment.Builder builder) {
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
        List<Finding> found = findings(week(Given.BORN, start, HoursWorked.ofDayMinutes(600), Gbp.parse(paid).pence()));

        assertShort(found, shortfall);
    }

    @ParameterizedTest(name = "period from {0}, 10 hours for £{1}: short {2}")
    @CsvSource({
        "2024-03-31, 0.00, 0.00",
        "2024-04-01, 114.39, 0.01",
        "2024-04-01, 114.40, 0.00"})
    void givenPeriodEitherSideOfTheFirstFigures_thenNotCheckedBeforeAndTheApril2024RateFrom(LocalDate start,
            String paid, String shortfall) {
        // The rule and the standard figures start on 1 April 2024 (NLW £11.44, UK-RULES.md): a period starting the
        // day before is not checked at all, not even unpaid; one starting on it is checked at £11.44.
        List<Finding> found = findings(week(Given.BORN, start, HoursWorked.ofDayMinutes(600), Gbp.parse(paid).pence()));

        assertShort(found, shortfall);
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
        List<Finding> found = findings(week(born, start, HoursWorked.ofDayMinutes(600), paidPence));

        assertShort(found, shortfall);
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

        List<Finding> found = Given.findings(RULE, e, AS_OF);

        assertEquals(1, found.size());
        assertEquals(start.plusDays(7), ((PayRecord) found.get(0).evidence().get(0)).period().start());
        assertTrue(found.get(0).message().contains("the minimum is " + minimum + " on 2026-06-15"),
                found.get(0).message());
    }

    @ParameterizedTest(name = "2h awake + 8h asleep for £{0}: short {1}")
    @CsvSource({"25.42, 0.00", "25.41, 0.01"})
    void givenSleepIn_thenOnlyTimeAwakeForWorkCounts(String paid, String shortfall) {
        HoursWorked sleepIn = new HoursWorked(0, 0, 0, 0, 120, 480);

        assertShort(findings(week(Given.BORN, LocalDate.of(2026, 4, 6), sleepIn, Gbp.parse(paid).pence())),
                shortfall);
    }

    @ParameterizedTest(name = "40 hours for £486.20 with {0} days' accommodation: short {1}")
    @CsvSource({"2, 0.00", "1, 11.10", "0, 22.20"})
    void givenAccommodation_thenOffsetPerDayCountsAsPay(int days, String shortfall) {
        LocalDate start = LocalDate.of(2026, 4, 6);
        Employment.Builder b = Given.bare(Given.BORN, start, PayFrequency.WEEKLY).evidence(Given.pay(PayFrequency.WEEKLY,
                start, start, HoursWorked.ofDayMinutes(2400), 48_620).withAccommodationDays(days));

        assertShort(findings(b), shortfall);
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
            b.apprenticeshipStart(apprenticeFrom);
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
    void givenPeriodBeforeTheFiguresStart_thenNotChecked() {
        assertEquals(List.of(), findings(week(Given.BORN, LocalDate.of(2024, 3, 25), HoursWorked.ofDayMinutes(600), 0)));
    }

    @Test
    void givenPeriodAfterTheEvaluationDate_thenNotChecked() {
        Employment e = week(Given.BORN, LocalDate.of(2026, 4, 6), HoursWorked.ofDayMinutes(600), 0).build();

        assertEquals(List.of(), Given.findings(RULE, e, LocalDate.of(2026, 4, 5)));
        assertEquals(1, Given.findings(RULE, e, LocalDate.of(2026, 4, 6)).size());
    }

    @Test
    void givenShortfall_thenFindingCitesRuleAndFigures() {
        Finding f = findings(week(Given.BORN, LocalDate.of(2026, 4, 6), HoursWorked.ofDayMinutes(2250), 20_000))
                .get(0);

        assertEquals(Severity.BLOCKING, f.severity());
        assertEquals("Pay for 2026-04-06/2026-04-13 is £200.00 for 37.5 hours worked; the minimum is £12.71 an hour "
                + "for age 35 on 2026-04-06, £476.63: £276.63 short.", f.message());
        assertTrue(f.source().citation().startsWith("National Minimum Wage Act 1998"));
        assertTrue(f.source().citation().contains("figures: gov.uk/national-minimum-wage-rates"));
        assertEquals(Gbp.parse("£276.63"), MinimumWageRule.shortfall(
                week(Given.BORN, LocalDate.of(2026, 4, 6), HoursWorked.ofDayMinutes(2250), 20_000).build(),
                (PayRecord) f.evidence().get(0), UkFigures.standard()));
    }

    private static void assertShort(List<Finding> found, String shortfall) {
        if (shortfall.equals("0.00")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(1, found.size(), found.toString());
            assertEquals(Gbp.parse(shortfall), found.get(0).amount());
        }
    }
}
