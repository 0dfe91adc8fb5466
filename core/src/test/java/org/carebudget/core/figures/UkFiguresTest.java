package org.carebudget.core.figures;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The standard table against shared/UK-RULES.md, the day before and the day of each change. */
class UkFiguresTest {

    private static final UkFigures UK = UkFigures.standard();

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static Gbp gbp(String pounds) {
        return Gbp.parse(pounds);
    }

    @ParameterizedTest(name = "{0}: {1} from 21, {2} {3} {4}, offset {5}")
    @CsvSource({
        "2024-04-01, 11.44, 8.60, 6.40, 6.40, 9.99",
        "2025-03-31, 11.44, 8.60, 6.40, 6.40, 9.99",
        "2025-04-01, 12.21, 10.00, 7.55, 7.55, 10.66",
        "2026-03-31, 12.21, 10.00, 7.55, 7.55, 10.66",
        "2026-04-01, 12.71, 10.85, 8.00, 8.00, 11.10",
        "2027-03-31, 12.71, 10.85, 8.00, 8.00, 11.10"})
    void givenDate_thenMinimumWageInForceFrom1April(String date, String nlw, String youngAdult, String age16To17,
            String apprentice, String offset) {
        MinimumWage rates = UK.on(MinimumWage.class, d(date));

        assertEquals(gbp(nlw), rates.nationalLivingWage());
        assertEquals(21, rates.nationalLivingWageAge());
        assertEquals(gbp(youngAdult), rates.youngAdultRate());
        assertEquals(gbp(age16To17), rates.age16To17());
        assertEquals(gbp(apprentice), rates.apprentice());
        assertEquals(gbp(offset), rates.accommodationOffsetPerDay());
    }

    @Test
    void givenApril2026_thenConfirmedByTheDecember2026Review() {
        assertEquals(Status.CONFIRMED, UK.on(MinimumWage.class, d("2026-04-01")).source().status());
        assertEquals(Status.SECONDARY, UK.on(MinimumWage.class, d("2025-04-01")).source().status());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-03-31", "2027-04-01", "1999-01-01", "2100-01-01"})
    void givenDateWithNoMinimumWage_thenClearErrorNamingTheDatesCovered_andFindAnswersNull(String date) {
        assertInvalid(() -> UK.on(MinimumWage.class, d(date)), "date",
                "a date with minimum wage figures: 2024-04-01/2025-04-01, 2025-04-01/2026-04-01, 2026-04-01/2027-04-01",
                date);
        assertNull(UK.find(MinimumWage.class, d(date)));
    }

    @ParameterizedTest(name = "age {0}: {1}")
    @CsvSource({"16, 8.00", "17, 8.00", "18, 10.85", "20, 10.85", "21, 12.71", "22, 12.71", "150, 12.71"})
    void givenAge_thenHourlyRateIn2026(int age, String rate) {
        assertEquals(gbp(rate), UK.on(MinimumWage.class, d("2026-04-01")).rateForAge(age));
    }

    @ParameterizedTest(name = "age {0}")
    @ValueSource(ints = {15, 0, -1, 151, Integer.MIN_VALUE})
    void givenAgeOutOfRange_thenRejected(int age) {
        assertInvalid(() -> UK.on(MinimumWage.class, d("2026-04-01")).rateForAge(age), "age", "16 - 150",
                String.valueOf(age));
    }

    @ParameterizedTest(name = "{0}: {1} bp above {2}/wk, {3}/mo; LEL {4}; allowance {5}; PAYE {6}/wk {7}/mo")
    @CsvSource({
        "2024-04-06, 1380, 175, 758, 123, 5000, 123, 533",
        "2025-04-05, 1380, 175, 758, 123, 5000, 123, 533",
        "2025-04-06, 1500, 96, 417, 125, 10500, 96, 417",
        "2026-04-05, 1500, 96, 417, 125, 10500, 96, 417",
        "2026-04-06, 1500, 96, 417, 129, 10500, 96, 417",
        "2027-04-05, 1500, 96, 417, 129, 10500, 96, 417"})
    void givenDate_thenEmployerCostsForTheTaxYear(String date, int rate, String stWeekly, String stMonthly,
            String lel, String allowance, String payeWeekly, String payeMonthly) {
        EmployerCosts costs = UK.on(EmployerCosts.class, d(date));

        assertEquals(rate, costs.secondaryRateBasisPoints());
        assertEquals(gbp(stWeekly), costs.secondaryThreshold(PayFrequency.WEEKLY));
        assertEquals(gbp(stMonthly), costs.secondaryThreshold(PayFrequency.MONTHLY));
        assertEquals(gbp(lel), costs.lowerEarningsLimitWeekly());
        assertEquals(gbp(allowance), costs.employmentAllowance());
        assertEquals(gbp(payeWeekly), costs.payeThreshold(PayFrequency.WEEKLY));
        assertEquals(gbp(payeMonthly), costs.payeThreshold(PayFrequency.MONTHLY));
        assertEquals(gbp("967"), costs.upperSecondaryThreshold(PayFrequency.WEEKLY));
        assertEquals(gbp("3868"), costs.upperSecondaryThreshold(PayFrequency.FOUR_WEEKLY));
        assertEquals(gbp("4189"), costs.upperSecondaryThreshold(PayFrequency.MONTHLY));
        assertEquals(gbp("50270"), costs.upperSecondaryThresholdYearly());
        assertEquals(21, costs.under21ReliefBelowAge());
        assertEquals(25, costs.apprenticeReliefBelowAge());
    }

    @Test
    void given2026PayeThreshold_thenItsOwnUnconfirmedSource() {
        assertEquals(Status.UNCONFIRMED, UK.on(EmployerCosts.class, d("2026-04-06")).payeThresholdSource().status());
        assertEquals(Status.SECONDARY, UK.on(EmployerCosts.class, d("2026-04-06")).source().status());
    }

    @ParameterizedTest(name = "{0}: {1} trigger {2}, band {3} - {4}")
    @CsvSource({
        "2024-04-06, WEEKLY, 192, 120, 967",
        "2025-04-06, FORTNIGHTLY, 384, 240, 1934",
        "2025-04-06, FOUR_WEEKLY, 768, 480, 3867",
        "2025-04-06, MONTHLY, 833, 520, 4189",
        "2026-04-06, WEEKLY, 192, 120, 967",
        "2027-04-05, MONTHLY, 833, 520, 4189"})
    void givenDateAndFrequency_thenPensionBand(String date, PayFrequency frequency, String trigger, String lower,
            String upper) {
        PensionThresholds pension = UK.on(PensionThresholds.class, d(date));

        assertEquals(PensionBand.trigger(gbp(trigger)).qualifyingEarnings(gbp(lower), gbp(upper)),
                pension.bandFor(frequency));
        assertEquals(PensionBand.trigger(gbp("10,000")).qualifyingEarnings(gbp("6,240"), gbp("50,270")),
                pension.yearly());
        assertEquals(300, pension.employerMinimumBasisPoints());
        assertEquals(800, pension.totalMinimumBasisPoints());
        assertEquals(2000, pension.basicRateReliefBasisPoints());
        assertEquals(22, pension.eligibleFromAge());
        assertEquals(75, pension.workerBelowAge());
        assertEquals(6, pension.joiningWindowWeeks());
        assertEquals(3, pension.postponementMonths());
    }

    @Test
    void givenSickPayBeforeAndFrom6April2026_thenTheRuleChanges() {
        SickPay before = UK.on(SickPay.class, d("2026-04-05"));
        SickPay from = UK.on(SickPay.class, d("2026-04-06"));

        assertEquals(gbp("118.75"), before.weeklyRate());
        assertEquals(3, before.waitingDays());
        assertEquals(gbp("125"), before.lowerEarningsLimitWeekly());
        assertEquals(4, before.minimumIncapacityDays());
        assertEquals(0, before.averageEarningsCapPercent());
        assertEquals(gbp("123.25"), from.weeklyRate());
        assertEquals(0, from.waitingDays());
        assertNull(from.lowerEarningsLimitWeekly());
        assertEquals(80, from.averageEarningsCapPercent());
        assertEquals(28, from.maximumWeeks());
    }

    @ParameterizedTest(name = "{0}: records kept {1} years")
    @CsvSource({"2024-04-01, 0", "2026-04-05, 0", "2026-04-06, 6", "2099-12-31, 6"})
    void givenDateFrom1April2024_thenHolidayFiguresAndFrom6April2026SixYearsOfRecords(String date, int years) {
        HolidayFigures holiday = UK.on(HolidayFigures.class, d(date));

        assertEquals(1207, holiday.accrualBasisPoints());
        assertEquals(56, holiday.weeksPerYearTenths());
        assertEquals(28, holiday.capDays());
        assertEquals(d("2024-04-01"), holiday.irregularHoursLeaveYearsFrom());
        assertEquals(years, holiday.recordRetentionYears());
    }

    @Test
    void givenEmployersLiabilityAndWorkingTime_thenSeparateRowsCitingTheirOwnLaw() {
        EmployersLiabilityFigures insurance = UK.on(EmployersLiabilityFigures.class, d("2026-04-06"));
        WorkingTimeLimits hours = UK.on(WorkingTimeLimits.class, d("2026-04-06"));

        assertEquals(gbp("5,000,000"), insurance.minimumCover());
        assertEquals(true, insurance.source().citation().startsWith("Employers' Liability (Compulsory Insurance) Act 1969"));
        assertFalse(insurance.source().citation().contains("Working Time"));
        assertEquals(48, hours.averageWeeklyHours());
        assertEquals(17, hours.referenceWeeks());
        assertEquals(8, hours.youngWorkerDailyHours());
        assertEquals(40, hours.youngWorkerWeeklyHours());
        assertInvalid(() -> UK.on(EmployersLiabilityFigures.class, d("1998-12-31")), "date",
                "employers' liability figures: 1999-01-01/..");
    }

    @ParameterizedTest(name = "{0}: trade union statement {1}")
    @CsvSource({"2020-04-06, false", "2026-09-30, false", "2026-10-01, true"})
    void givenWrittenStatementContent_thenTheTradeUnionStatementFromOctober2026IsUnconfirmed(String date,
            boolean needed) {
        WrittenStatementContent content = UK.on(WrittenStatementContent.class, d(date));

        assertEquals(needed, content.tradeUnionRightStatement());
        assertEquals(needed ? Status.UNCONFIRMED : Status.SECONDARY, content.source().status());
    }

    @Test
    void givenStandardTable_thenEveryRowNamesASourceAndEachKindIsContiguous() {
        List<DatedFigures> rows = UK.rows();

        assertEquals(17, rows.size());
        for (DatedFigures row : rows) {
            assertFalse(row.source().citation().isBlank(), row::toString);
        }
        assertThrows(UnsupportedOperationException.class, () -> rows.add(rows.get(0)));
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).getClass() == rows.get(i - 1).getClass()) {
                assertEquals(rows.get(i - 1).inForce().end().orElseThrow(), rows.get(i).inForce().start());
            }
        }
        assertEquals(3, UK.rowsOf(MinimumWage.class).size());
        assertEquals(List.of(), UK.rowsOf(DatedFigures.class));
    }

    @Test
    void givenAnOverlappingRow_thenWithRefusesIt_andReplacingPutsItInPlace() {
        EmployersLiabilityFigures six = EmployersLiabilityFigures.from(d("2027-04-01")).minimumCover(gbp("6,000,000"),
                Source.of("test", Status.UNCONFIRMED));

        assertInvalid(() -> UK.with(six), "employers' liability", "rows whose dates do not overlap");
        UkFigures replaced = UK.replacing(six);
        assertEquals(gbp("6,000,000"), replaced.on(EmployersLiabilityFigures.class, d("2027-04-01")).minimumCover());
        assertNull(replaced.find(EmployersLiabilityFigures.class, d("2026-04-01")));
        assertEquals(gbp("5,000,000"), UK.on(EmployersLiabilityFigures.class, d("2027-04-01")).minimumCover());
    }

    @Test
    void givenRowsWithAGapBetweenThem_thenEachDayFindsOnlyTheRowInForce() {
        Source test = Source.of("test", Status.UNCONFIRMED);
        EmployersLiabilityFigures first = EmployersLiabilityFigures.during(DateRange.of(d("2026-04-01"),
                d("2026-05-01"))).minimumCover(gbp("5,000,000"), test);
        EmployersLiabilityFigures second = EmployersLiabilityFigures.from(d("2026-06-01")).minimumCover(
                gbp("6,000,000"), test);
        UkFigures gappy = UkFigures.empty().with(second).with(first);

        assertNull(gappy.find(EmployersLiabilityFigures.class, d("2026-03-31")));
        assertSame(first, gappy.find(EmployersLiabilityFigures.class, d("2026-04-01")));
        assertSame(first, gappy.find(EmployersLiabilityFigures.class, d("2026-04-30")));
        assertNull(gappy.find(EmployersLiabilityFigures.class, d("2026-05-01")));
        assertNull(gappy.find(EmployersLiabilityFigures.class, d("2026-05-31")));
        assertSame(second, gappy.find(EmployersLiabilityFigures.class, d("2026-06-01")));
        assertSame(second, gappy.find(EmployersLiabilityFigures.class, d("2200-12-31")));
    }

    @Test
    void givenAVendorsOwnKindOfRow_thenItIsASeriesLikeAnyOther() {
        DatedFigures vendor = new DatedFigures() {
            @Override
            public DateRange inForce() {
                return DateRange.startingOn(d("2026-01-01"));
            }

            @Override
            public Source source() {
                return Source.of("vendor", Status.UNCONFIRMED);
            }
        };

        UkFigures withVendor = UkFigures.empty().with(vendor);

        assertSame(vendor, withVendor.on(vendor.getClass(), d("2026-06-01")));
    }

    @Test
    void givenNullOrUnsupportedArguments_thenRejected() {
        assertInvalid(() -> UK.on(MinimumWage.class, null), "date", "not null");
        assertInvalid(() -> UK.on(null, d("2026-01-01")), "kind", "not null");
        assertInvalid(() -> UK.find(MinimumWage.class, LocalDate.MAX), "date", "1900-01-01 - 2200-12-31");
        assertInvalid(() -> UK.with(null), "row", "not null");
    }
}
