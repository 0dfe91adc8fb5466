package org.carebudget.core.figures;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    private static final Source TEST_SOURCE = Source.of("test", Status.UNCONFIRMED);

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static Gbp p(long pence) {
        return Gbp.ofPence(pence);
    }

    private static MinimumWage nmw(String range) {
        return new MinimumWage(DateRange.parse(range), p(1300), p(1100), p(900), p(900), p(1200), TEST_SOURCE);
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4} offset {5}")
    @CsvSource({
        "2024-04-01, 1144, 860, 640, 640, 999",
        "2025-03-31, 1144, 860, 640, 640, 999",
        "2025-04-01, 1221, 1000, 755, 755, 1066",
        "2026-03-31, 1221, 1000, 755, 755, 1066",
        "2026-04-01, 1271, 1085, 800, 800, 1110",
        "2027-03-31, 1271, 1085, 800, 800, 1110",
    })
    void givenDate_thenMinimumWageInForceFrom1April(String date, long nlw, long age18To20, long under18, long apprentice,
            long offset) {
        MinimumWage rates = UK.minimumWageOn(d(date));

        assertEquals(p(nlw), rates.age21AndOver());
        assertEquals(p(age18To20), rates.age18To20());
        assertEquals(p(under18), rates.under18());
        assertEquals(p(apprentice), rates.apprentice());
        assertEquals(p(offset), rates.accommodationOffsetPerDay());
        assertEquals(Status.SECONDARY, rates.source().status());
        assertEquals(d(date.substring(0, 4) + "-04-01").minusYears(d(date).getMonthValue() < 4 ? 1 : 0),
                rates.inForce().start());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-03-31", "2027-04-01", "1999-01-01", "2100-01-01"})
    void givenDateWithNoMinimumWage_thenClearErrorNamingTheDatesCovered(String date) {
        assertInvalid(() -> UK.minimumWageOn(d(date)), "date",
                "a date with minimum wage figures: 2024-04-01/2025-04-01, 2025-04-01/2026-04-01, 2026-04-01/2027-04-01",
                date);
    }

    @ParameterizedTest(name = "age {0}, apprentice {1}: {2}")
    @CsvSource({
        "16, false, 800", "17, false, 800", "18, false, 1085", "20, false, 1085", "21, false, 1271",
        "22, false, 1271", "150, false, 1271",
        "16, true, 800", "18, true, 800", "19, true, 800", "40, true, 800",
    })
    void givenAgeAndApprenticeship_thenHourlyRateIn2026(int age, boolean apprentice, long pence) {
        assertEquals(p(pence), UK.minimumWageOn(d("2026-04-01")).hourlyRate(age, apprentice));
    }

    @ParameterizedTest(name = "age {0}")
    @ValueSource(ints = {15, 0, -1, 151, Integer.MIN_VALUE})
    void givenAgeOutOfRange_thenRejected(int age) {
        assertInvalid(() -> UK.minimumWageOn(d("2026-04-01")).hourlyRate(age, false), "age", "16 - 150",
                String.valueOf(age));
    }

    @ParameterizedTest(name = "{0}: LEL {1}")
    @CsvSource({"2025-04-06, 12500", "2026-04-05, 12500", "2026-04-06, 12900", "2027-04-05, 12900"})
    void givenDate_thenEmployerCostsForTheTaxYear(String date, long lowerEarningsLimit) {
        EmployerCosts costs = UK.employerCostsOn(d(date));

        assertEquals(1500, costs.secondaryNicRateBasisPoints());
        assertEquals(p(9_600), costs.secondaryThresholdWeekly());
        assertEquals(p(41_700), costs.secondaryThresholdMonthly());
        assertEquals(p(500_000), costs.secondaryThresholdYearly());
        assertEquals(p(lowerEarningsLimit), costs.lowerEarningsLimitWeekly());
        assertEquals(p(1_050_000), costs.employmentAllowance());
        assertEquals(p(9_600), costs.payeThresholdWeekly());
        assertEquals(p(41_700), costs.payeThresholdMonthly());
        assertEquals(Status.SECONDARY, costs.source().status());
    }

    @ParameterizedTest(name = "{0}: {1} trigger {2}, band {3} - {4}")
    @CsvSource({
        "2025-04-06, WEEKLY, 192, 120, 967",
        "2025-04-06, FORTNIGHTLY, 384, 240, 1934",
        "2025-04-06, FOUR_WEEKLY, 768, 480, 3867",
        "2025-04-06, MONTHLY, 833, 520, 4189",
        "2026-04-05, MONTHLY, 833, 520, 4189",
        "2026-04-06, WEEKLY, 192, 120, 967",
        "2026-04-06, FOUR_WEEKLY, 768, 480, 3867",
        "2027-04-05, MONTHLY, 833, 520, 4189",
    })
    void givenDateAndFrequency_thenPensionBand(String date, PayFrequency frequency, long trigger, long lower, long upper) {
        PensionThresholds pension = UK.pensionOn(d(date));

        assertEquals(new PensionBand(p(trigger * 100), p(lower * 100), p(upper * 100)), pension.bandFor(frequency));
        assertEquals(new PensionBand(p(1_000_000), p(624_000), p(5_027_000)), pension.yearly());
        assertEquals(300, pension.employerMinimumBasisPoints());
        assertEquals(800, pension.totalMinimumBasisPoints());
        assertEquals(Status.CONFIRMED, pension.source().status());
    }

    @Test
    void givenSickPayBeforeAndFrom6April2026_thenTheRuleChanges() {
        SickPay before = UK.sickPayOn(d("2026-04-05"));
        SickPay from = UK.sickPayOn(d("2026-04-06"));

        assertEquals(new SickPay(DateRange.parse("2025-04-06/2026-04-06"), p(11_875), 0, 3, true, before.source()),
                before);
        assertEquals(new SickPay(DateRange.parse("2026-04-06/2027-04-06"), p(12_325), 80, 0, false, from.source()),
                from);
        assertEquals(before, UK.sickPayOn(d("2025-04-06")));
        assertEquals(from, UK.sickPayOn(d("2027-04-05")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-04-01", "2026-04-06", "2099-12-31"})
    void givenDateFrom1April2024_thenHoliday1207PercentAnd28DayCap(String date) {
        HolidayFigures holiday = UK.holidayOn(d(date));

        assertEquals(1207, holiday.accrualBasisPoints());
        assertEquals(56, holiday.weeksPerYearTenths());
        assertEquals(28, holiday.capDays());
        assertEquals(Status.CONFIRMED, holiday.source().status());
        assertEquals(DateRange.startingOn(d("2024-04-01")), holiday.inForce());
    }

    @Test
    void givenDatesJustOutsideEachSeries_thenEachLookupThrowsNamingItsSeries() {
        assertInvalid(() -> UK.employerCostsOn(d("2025-04-05")), "date",
                "employer costs figures: 2025-04-06/2026-04-06, 2026-04-06/2027-04-06", "2025-04-05");
        assertInvalid(() -> UK.employerCostsOn(d("2027-04-06")), "date", "employer costs figures", "2027-04-06");
        assertInvalid(() -> UK.pensionOn(d("2025-04-05")), "date", "pension figures", "2025-04-05");
        assertInvalid(() -> UK.pensionOn(d("2027-04-06")), "date", "pension figures", "2027-04-06");
        assertInvalid(() -> UK.sickPayOn(d("2025-04-05")), "date", "sick pay figures", "2025-04-05");
        assertInvalid(() -> UK.sickPayOn(d("2027-04-06")), "date", "sick pay figures", "2027-04-06");
        assertInvalid(() -> UK.holidayOn(d("2024-03-31")), "date", "holiday figures: 2024-04-01/..", "2024-03-31");
    }

    @Test
    void givenNullDate_thenEachLookupRejectsIt() {
        assertInvalid(() -> UK.minimumWageOn(null), "date", "not null");
        assertInvalid(() -> UK.employerCostsOn(null), "date", "not null");
        assertInvalid(() -> UK.pensionOn(null), "date", "not null");
        assertInvalid(() -> UK.sickPayOn(null), "date", "not null");
        assertInvalid(() -> UK.holidayOn(null), "date", "not null");
    }

    @Test
    void givenStandardTable_thenEveryRowNamesASourceAndDates() {
        List<DatedFigures> rows = UK.rows();

        assertEquals(11, rows.size());
        for (DatedFigures row : rows) {
            assertFalse(row.source().citation().isBlank(), row::toString);
        }
        assertThrows(UnsupportedOperationException.class, () -> rows.add(nmw("2030-04-01/2031-04-01")));
        List<Class<?>> kinds = rows.stream().<Class<?>>map(Object::getClass).distinct().toList();
        assertEquals(List.of(MinimumWage.class, EmployerCosts.class, PensionThresholds.class, SickPay.class,
                HolidayFigures.class, EmployerDuties.class), kinds);
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).getClass() == rows.get(i - 1).getClass()) {
                assertEquals(rows.get(i - 1).inForce().end().orElseThrow(), rows.get(i).inForce().start());
            }
        }
        assertSame(UK, UkFigures.standard());
    }

    @Test
    void givenEmptyTable_thenLookupSaysNone() {
        assertInvalid(() -> UkFigures.empty().minimumWageOn(d("2026-04-01")), "date",
                "a date with minimum wage figures: none in this table", "2026-04-01");
        assertEquals(List.of(), UkFigures.empty().rows());
    }

    @Test
    void givenRowsAddedOutOfOrder_thenRowsAreSortedByStart() {
        UkFigures table = UkFigures.empty().with(nmw("2031-04-01/2032-04-01")).with(nmw("2029-04-01/2030-04-01"))
                .with(nmw("2030-04-01/2031-04-01"));

        assertEquals(List.of("2029-04-01/2030-04-01", "2030-04-01/2031-04-01", "2031-04-01/2032-04-01"),
                table.rows().stream().map(r -> r.inForce().toString()).toList());
    }

    @Test
    void givenNextAprilRow_thenWithAddsItAndLeavesTheOriginalAlone() {
        UkFigures more = UK.with(nmw("2027-04-01/2028-04-01"));

        assertEquals(p(1300), more.minimumWageOn(d("2027-04-01")).age21AndOver());
        assertEquals(p(1271), more.minimumWageOn(d("2027-03-31")).age21AndOver());
        assertEquals(12, more.rows().size());
        assertInvalid(() -> UK.minimumWageOn(d("2027-04-01")), "date", "minimum wage figures");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-10-01/2027-10-01, 2026-04-01/2027-04-01 and 2026-10-01/2027-10-01",
        "2026-04-01/2027-04-01, 2026-04-01/2027-04-01 and 2026-04-01/2027-04-01",
        "2027-03-31/.., 2026-04-01/2027-04-01 and 2027-03-31/..",
        "2020-01-01/2024-04-02, 2020-01-01/2024-04-02 and 2024-04-01/2025-04-01",
        "2024-05-01/2024-06-01, 2024-04-01/2025-04-01 and 2024-05-01/2024-06-01",
    })
    void givenOverlappingRow_thenWithRejectsItNamingBothRanges(String range, String shown) {
        assertInvalid(() -> UK.with(nmw(range)), "minimum wage", "rows whose dates do not overlap", shown);
    }

    @Test
    void givenAdjacentRows_thenAccepted() {
        UkFigures table = UkFigures.empty().with(nmw("2030-04-01/2031-04-01")).with(nmw("2029-04-01/2030-04-01"));

        assertEquals(DateRange.parse("2029-04-01/2030-04-01"), table.minimumWageOn(d("2030-03-31")).inForce());
        assertEquals(DateRange.parse("2030-04-01/2031-04-01"), table.minimumWageOn(d("2030-04-01")).inForce());
    }

    @Test
    void givenAnEmptyRowBetweenTwoOverlappingRows_thenTheOverlapIsStillFound() {
        UkFigures table = UkFigures.empty().with(nmw("2020-01-01/2030-01-01")).with(nmw("2021-01-01/2021-01-01"));

        assertInvalid(() -> table.with(nmw("2025-01-01/2026-01-01")), "minimum wage",
                "rows whose dates do not overlap", "2020-01-01/2030-01-01 and 2025-01-01/2026-01-01");
    }

    @Test
    void givenNullOrUnknownRow_thenWithRejectsIt() {
        assertInvalid(() -> UK.with(null), "row", "not null");
        DatedFigures unknown = new DatedFigures() {
            @Override
            public DateRange inForce() {
                return DateRange.startingOn(d("2026-04-01"));
            }

            @Override
            public Source source() {
                return TEST_SOURCE;
            }
        };
        assertInvalid(() -> UK.with(unknown), "row",
                "MinimumWage, EmployerCosts, PensionThresholds, SickPay, HolidayFigures or EmployerDuties", unknown.getClass().getName());
    }
}
