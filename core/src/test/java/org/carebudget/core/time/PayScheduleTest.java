package org.carebudget.core.time;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayScheduleTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @ParameterizedTest(name = "{0} from {1}: {2} is in {3}")
    @CsvSource({
        "WEEKLY, 2026-04-06, 2026-04-06, 2026-04-06/2026-04-13",
        "WEEKLY, 2026-04-06, 2026-04-12, 2026-04-06/2026-04-13",
        "WEEKLY, 2026-04-06, 2026-04-13, 2026-04-13/2026-04-20",
        "WEEKLY, 2026-04-06, 2026-04-05, 2026-03-30/2026-04-06",
        "WEEKLY, 2026-04-06, 2025-12-31, 2025-12-29/2026-01-05",
        "FORTNIGHTLY, 2026-04-06, 2026-04-19, 2026-04-06/2026-04-20",
        "FORTNIGHTLY, 2026-04-06, 2026-04-20, 2026-04-20/2026-05-04",
        "FORTNIGHTLY, 2026-04-06, 2026-04-05, 2026-03-23/2026-04-06",
        "FOUR_WEEKLY, 2026-04-06, 2026-05-03, 2026-04-06/2026-05-04",
        "FOUR_WEEKLY, 2026-04-06, 2026-05-04, 2026-05-04/2026-06-01",
        "FOUR_WEEKLY, 2026-04-06, 2026-04-05, 2026-03-09/2026-04-06",
        "MONTHLY, 2026-04-01, 2026-04-01, 2026-04-01/2026-05-01",
        "MONTHLY, 2026-04-01, 2026-03-31, 2026-03-01/2026-04-01",
        "MONTHLY, 2026-04-15, 2026-04-14, 2026-03-15/2026-04-15",
        "MONTHLY, 2026-04-15, 2027-01-20, 2027-01-15/2027-02-15",
        // month-end anchors: clipped to the month end, then back to the 31st
        "MONTHLY, 2026-01-31, 2026-01-31, 2026-01-31/2026-02-28",
        "MONTHLY, 2026-01-31, 2026-02-27, 2026-01-31/2026-02-28",
        "MONTHLY, 2026-01-31, 2026-02-28, 2026-02-28/2026-03-31",
        "MONTHLY, 2026-01-31, 2026-03-30, 2026-02-28/2026-03-31",
        "MONTHLY, 2026-01-31, 2026-03-31, 2026-03-31/2026-04-30",
        "MONTHLY, 2026-01-31, 2026-04-30, 2026-04-30/2026-05-31",
        "MONTHLY, 2026-01-31, 2026-01-30, 2025-12-31/2026-01-31",
        "MONTHLY, 2026-01-31, 2025-11-30, 2025-11-30/2025-12-31",
        "MONTHLY, 2028-01-31, 2028-02-28, 2028-01-31/2028-02-29",
        "MONTHLY, 2028-01-31, 2028-02-29, 2028-02-29/2028-03-31",
        "MONTHLY, 2026-01-30, 2026-02-28, 2026-02-28/2026-03-30",
        "MONTHLY, 2026-01-30, 2026-03-29, 2026-02-28/2026-03-30",
        "MONTHLY, 2026-01-30, 2026-03-30, 2026-03-30/2026-04-30",
    })
    void givenScheduleAndDate_thenPeriodContainingIt(PayFrequency frequency, String anchor, String date, String range) {
        PaySchedule schedule = PaySchedule.of(frequency, d(anchor));

        PayReferencePeriod period = schedule.periodContaining(d(date));

        assertEquals(DateRange.parse(range), period.range());
        assertEquals(d(range.substring(0, 10)), period.start());
        assertEquals(frequency, period.frequency());
        assertEquals(schedule, period.schedule());
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({
        "WEEKLY, 2026-04-06, 2026-04-06/2026-04-13 2026-04-13/2026-04-20 2026-04-20/2026-04-27",
        "FORTNIGHTLY, 2026-04-06, 2026-04-06/2026-04-20 2026-04-20/2026-05-04",
        "FOUR_WEEKLY, 2026-04-06, 2026-04-06/2026-05-04 2026-05-04/2026-06-01",
        "MONTHLY, 2026-01-31, 2026-01-31/2026-02-28 2026-02-28/2026-03-31 2026-03-31/2026-04-30 2026-04-30/2026-05-31",
        "MONTHLY, 2027-12-31, 2027-12-31/2028-01-31 2028-01-31/2028-02-29 2028-02-29/2028-03-31",
    })
    void givenPeriod_thenNextFollowsWithoutGapOrOverlap(PayFrequency frequency, String anchor, String ranges) {
        PayReferencePeriod period = PaySchedule.of(frequency, d(anchor)).periodContaining(d(anchor));

        for (String range : ranges.split(" ")) {
            assertEquals(DateRange.parse(range), period.range());
            period = period.next();
        }
    }

    @ParameterizedTest(name = "{0}: {1} a year")
    @CsvSource({"WEEKLY, 52", "FORTNIGHTLY, 26", "FOUR_WEEKLY, 13", "MONTHLY, 12"})
    void givenFrequency_thenHmrcPeriodsPerYear(PayFrequency frequency, int periods) {
        assertEquals(periods, frequency.periodsPerYear());
    }

    @Test
    void givenRangeThatIsNotAPeriodOfTheSchedule_thenRejectedNamingAValidOne() {
        PaySchedule weekly = PaySchedule.of(PayFrequency.WEEKLY, d("2026-04-06"));

        assertInvalid(() -> PayReferencePeriod.of(weekly, DateRange.parse("2026-04-07/2026-04-14")), "range",
                "a period of " + weekly + ", such as 2026-04-06/2026-04-13", "2026-04-07/2026-04-14");
        assertInvalid(() -> PayReferencePeriod.of(weekly, DateRange.parse("2026-04-06/2026-04-12")), "range",
                "such as 2026-04-06/2026-04-13", "2026-04-06/2026-04-12");
        assertInvalid(() -> PayReferencePeriod.of(weekly, DateRange.parse("2026-04-06/..")), "range",
                "such as 2026-04-06/2026-04-13", "2026-04-06/..");
    }

    @Test
    void givenRangeThatIsAPeriod_thenAccepted() {
        PaySchedule monthly = PaySchedule.of(PayFrequency.MONTHLY, d("2026-01-31"));

        assertEquals(monthly.periodContaining(d("2026-03-01")),
                PayReferencePeriod.of(monthly, DateRange.parse("2026-02-28/2026-03-31")));
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({
        "WEEKLY, 2026-04-06, +999999999-12-31",
        "MONTHLY, 2026-04-06, +999999999-12-31",
        "FOUR_WEEKLY, 2026-04-06, -999999999-01-01",
        "MONTHLY, 2026-04-06, -999999999-01-01",
        "WEEKLY, 2026-04-06, 1899-12-31",
        "WEEKLY, 2026-04-06, 2201-01-01",
    })
    void givenUnsupportedDate_thenRejectedNamingTheSupportedDates(PayFrequency frequency, String anchor, String date) {
        assertInvalid(() -> PaySchedule.of(frequency, d(anchor)).periodContaining(d(date)), "date",
                "1900-01-01 - 2200-12-31", date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"+999999999-12-31", "-999999999-01-01", "1899-12-31", "2201-01-01"})
    void givenUnsupportedAnchor_thenRejected(String anchor) {
        assertInvalid(() -> PaySchedule.of(PayFrequency.WEEKLY, d(anchor)), "anchor", "1900-01-01 - 2200-12-31",
                anchor);
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({
        // Monday 2026-04-06 anchors weeks that start on Mondays: 1900-01-01 was a Monday, 2200-12-31 a Wednesday
        "WEEKLY, 2026-04-06, 2200-12-31",
        "MONTHLY, 2026-04-15, 1900-01-10",
        "MONTHLY, 2026-04-15, 2200-12-20",
        "WEEKLY, 2026-04-07, 1900-01-01",
    })
    void givenSupportedDateWhosePeriodRunsPastTheSupportedDates_thenRejectedSayingSo(PayFrequency frequency,
            String anchor, String date) {
        assertInvalid(() -> PaySchedule.of(frequency, d(anchor)).periodContaining(d(date)), "date",
                "a date whose pay period lies within 1900-01-01 - 2201-01-01 (exclusive)", date);
    }

    @Test
    void givenLastPeriodBeforeTheEndOfSupportedDates_thenNextIsRejectedNotAJdkException() {
        PaySchedule monthly = PaySchedule.of(PayFrequency.MONTHLY, d("2026-01-01"));
        PayReferencePeriod december2200 = monthly.periodContaining(d("2200-12-31"));

        assertEquals(DateRange.parse("2200-12-01/2201-01-01"), december2200.range());
        assertEquals(d("2201-01-01"), december2200.end());
        assertInvalid(december2200::next, "period", "a period whose next period lies within supported dates",
                "2200-12-01/2201-01-01");
    }

    @Test
    void givenSchedule_thenFactoryOnlyAndValueEquality() {
        PaySchedule a = PaySchedule.of(PayFrequency.WEEKLY, d("2026-04-06"));

        assertEquals(a, PaySchedule.of(PayFrequency.WEEKLY, d("2026-04-06")));
        assertEquals(a.hashCode(), PaySchedule.of(PayFrequency.WEEKLY, d("2026-04-06")).hashCode());
        assertEquals("PaySchedule[frequency=WEEKLY, anchor=2026-04-06]", a.toString());
        assertEquals(0, PaySchedule.class.getConstructors().length, "built by PaySchedule.of only");
        assertEquals(0, PayReferencePeriod.class.getConstructors().length, "built by periodContaining or of only");
    }

    @Test
    void givenNulls_thenRejectedNamingTheField() {
        PaySchedule weekly = PaySchedule.of(PayFrequency.WEEKLY, d("2026-04-06"));

        assertInvalid(() -> PaySchedule.of(null, d("2026-04-06")), "frequency", "not null");
        assertInvalid(() -> PaySchedule.of(PayFrequency.WEEKLY, null), "anchor", "not null");
        assertInvalid(() -> weekly.periodContaining(null), "date", "not null");
        assertInvalid(() -> PayReferencePeriod.of(null, DateRange.parse("2026-04-06/2026-04-13")), "schedule",
                "not null");
        assertInvalid(() -> PayReferencePeriod.of(weekly, null), "range", "not null");
    }
}
