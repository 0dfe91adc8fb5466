package org.carebudget.core.time;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

    private static final String FORM = "yyyy-MM-dd/yyyy-MM-dd or yyyy-MM-dd/..";

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @ParameterizedTest(name = "[{0}) contains {1}: {2}")
    @CsvSource({
        "2026-04-01/2026-05-01, 2026-03-31, false",
        "2026-04-01/2026-05-01, 2026-04-01, true",
        "2026-04-01/2026-05-01, 2026-04-30, true",
        "2026-04-01/2026-05-01, 2026-05-01, false",
        "2026-04-01/2026-04-01, 2026-04-01, false",
        "2026-04-01/.., 2026-03-31, false",
        "2026-04-01/.., 2026-04-01, true",
        "2026-04-01/.., 2200-12-31, true",
    })
    void givenRange_thenContainsIsHalfOpen(String range, String date, boolean contained) {
        assertEquals(contained, DateRange.parse(range).contains(d(date)));
    }

    @ParameterizedTest(name = "{0} and {1} -> {2}")
    @CsvSource({
        "2026-04-01/2026-05-01, 2026-05-01/2026-06-01, none",
        "2026-04-01/2026-05-01, 2026-04-30/2026-06-01, 2026-04-30/2026-05-01",
        "2026-04-01/2026-05-01, 2026-04-10/2026-04-20, 2026-04-10/2026-04-20",
        "2026-04-01/2026-05-01, 2026-04-01/2026-05-01, 2026-04-01/2026-05-01",
        "2026-04-01/2026-05-01, 2025-01-01/2026-04-01, none",
        "2026-04-01/2026-05-01, 2025-01-01/2026-04-02, 2026-04-01/2026-04-02",
        "2026-04-01/.., 2026-03-01/2026-04-02, 2026-04-01/2026-04-02",
        "2026-04-01/.., 2026-03-01/2026-04-01, none",
        "2026-04-01/.., 2027-01-01/.., 2027-01-01/..",
        "2026-04-01/.., 2020-01-01/.., 2026-04-01/..",
        "2026-04-10/2026-04-10, 2026-04-01/2026-05-01, none",
        "2026-04-10/2026-04-10, 2026-04-10/2026-04-10, none",
        "2026-04-10/2026-04-10, 2026-04-01/.., none",
    })
    void givenTwoRanges_thenIntersectionAndOverlapAgreeBothWays(String a, String b, String expected) {
        DateRange x = DateRange.parse(a);
        DateRange y = DateRange.parse(b);
        Optional<DateRange> want = "none".equals(expected) ? Optional.empty() : Optional.of(DateRange.parse(expected));

        assertEquals(want, x.intersection(y));
        assertEquals(want, y.intersection(x));
        assertEquals(want.isPresent(), x.overlaps(y));
        assertEquals(want.isPresent(), y.overlaps(x));
    }

    @ParameterizedTest(name = "{0}: {1} days")
    @CsvSource({
        "2026-04-01/2026-04-01, 0",
        "2026-04-01/2026-04-02, 1",
        "2026-04-06/2027-04-06, 365",
        "2027-04-06/2028-04-06, 366",
        "2026-03-29/2026-03-30, 1",
    })
    void givenBoundedRange_thenDaysCountsStartButNotEnd(String range, long days) {
        assertEquals(days, DateRange.parse(range).days());
    }

    @Test
    void givenOpenEndedRange_thenDaysIsRejected() {
        assertInvalid(() -> DateRange.startingOn(d("2026-04-01")).days(), "dateRange", "a range with an end",
                "2026-04-01/..");
    }

    @ParameterizedTest(name = "closed [{0}, {1}] = {2}")
    @CsvSource({
        "2026-04-01, 2026-04-01, 2026-04-01/2026-04-02",
        "2026-04-06, 2027-04-05, 2026-04-06/2027-04-06",
        "2028-02-28, 2028-02-29, 2028-02-28/2028-03-01",
    })
    void givenClosedRange_thenItEndsTheDayAfterLast(String first, String last, String expected) {
        DateRange r = DateRange.ofClosed(d(first), d(last));

        assertEquals(DateRange.parse(expected), r);
        assertTrue(r.contains(d(last)));
    }

    @Test
    void givenOpenEndedRange_thenItHasNoEnd() {
        DateRange r = DateRange.startingOn(d("2024-04-01"));

        assertTrue(r.isOpenEnded());
        assertEquals(Optional.empty(), r.end());
        assertEquals(d("2024-04-01"), r.start());
        assertEquals("2024-04-01/..", r.toString());
    }

    @Test
    void givenBoundedRange_thenStartEndAndText() {
        DateRange r = DateRange.of(d("2026-04-01"), d("2026-05-01"));

        assertFalse(r.isOpenEnded());
        assertEquals(Optional.of(d("2026-05-01")), r.end());
        assertEquals("2026-04-01/2026-05-01", r.toString());
        assertEquals(r, DateRange.parse(r.toString()));
        assertEquals(r.hashCode(), DateRange.parse(r.toString()).hashCode());
    }

    @Test
    void givenDifferentRanges_thenNotEqual() {
        DateRange r = DateRange.of(d("2026-04-01"), d("2026-05-01"));

        assertNotEquals(r, DateRange.startingOn(d("2026-04-01")));
        assertNotEquals(DateRange.startingOn(d("2026-04-01")), r);
        assertNotEquals(r, DateRange.of(d("2026-04-02"), d("2026-05-01")));
        assertNotEquals(r, "2026-04-01/2026-05-01");
    }

    @Test
    void givenEndBeforeStart_thenRejectedNamingBoth() {
        assertInvalid(() -> DateRange.of(d("2026-05-01"), d("2026-04-30")), "end", "on or after start 2026-05-01",
                "2026-04-30");
        assertInvalid(() -> DateRange.ofClosed(d("2026-05-01"), d("2026-04-30")), "last",
                "on or after first 2026-05-01", "2026-04-30");
        assertInvalid(() -> DateRange.parse("2026-05-01/2026-04-30"), "end", "on or after start 2026-05-01",
                "2026-04-30");
    }

    @Test
    void givenNulls_thenRejectedNamingTheField() {
        LocalDate day = d("2026-04-01");
        DateRange r = DateRange.startingOn(day);

        assertInvalid(() -> DateRange.of(null, day), "start", "not null");
        assertInvalid(() -> DateRange.of(day, null), "end", "not null");
        assertInvalid(() -> DateRange.ofClosed(null, day), "first", "not null");
        assertInvalid(() -> DateRange.ofClosed(day, null), "last", "not null");
        assertInvalid(() -> DateRange.startingOn(null), "start", "not null");
        assertInvalid(() -> DateRange.parse(null), "dateRange", "not null");
        assertInvalid(() -> r.contains(null), "date", "not null");
        assertInvalid(() -> r.overlaps(null), "other", "not null");
        assertInvalid(() -> r.intersection(null), "other", "not null");
    }

    @Test
    void givenLastDayIsTheLastDateThereIs_thenClosedRangeRejectedNotOverflowing() {
        assertInvalid(() -> DateRange.ofClosed(d("2026-04-01"), LocalDate.MAX), "last", "1900-01-01 - 2200-12-31",
                LocalDate.MAX.toString());
    }

    @Test
    void givenFirstToLastOfDecember_thenOfClosedSaysItAndEndsOnNewYearsDay() {
        DateRange december = DateRange.ofClosed(d("2026-12-01"), d("2026-12-31"));

        assertEquals(DateRange.of(d("2026-12-01"), d("2027-01-01")), december);
        assertEquals(31, december.days());
        assertTrue(december.contains(d("2026-12-31")));
        assertFalse(december.contains(d("2027-01-01")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-999999999-01-01", "0001-01-01", "1899-12-31", "2201-01-01", "+999999999-12-31"})
    void givenUnsupportedDate_thenEveryFactoryAndContainsRefuseIt(String text) {
        LocalDate date = d(text);
        DateRange open = DateRange.startingOn(d("1900-01-01"));

        assertInvalid(() -> DateRange.startingOn(date), "start", "1900-01-01 - 2200-12-31", text);
        assertInvalid(() -> DateRange.of(date, d("2201-01-01")), "start", "1900-01-01 - 2200-12-31", text);
        assertInvalid(() -> DateRange.ofClosed(date, d("2200-12-31")), "first", "1900-01-01 - 2200-12-31", text);
        assertInvalid(() -> DateRange.ofClosed(d("1900-01-01"), date), "last", "1900-01-01 - 2200-12-31", text);
        assertInvalid(() -> open.contains(date), "date", "1900-01-01 - 2200-12-31", text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-999999999-01-01", "1899-12-31", "2201-01-02", "+999999999-12-31"})
    void givenEndOutsideTheSupportedEnds_thenRefused(String text) {
        assertInvalid(() -> DateRange.of(d("1900-01-01"), d(text)), "end", "1900-01-01 - 2201-01-01 (an exclusive end)",
                text);
    }

    @Test
    void givenTheWholeSupportedRange_thenItEndsOnTheExclusiveEnd() {
        assertEquals(SupportedDates.RANGE, DateRange.of(SupportedDates.FIRST, SupportedDates.END));
        assertEquals(SupportedDates.RANGE, DateRange.ofClosed(SupportedDates.FIRST, SupportedDates.LAST));
        assertEquals(SupportedDates.RANGE, DateRange.parse("1900-01-01/2201-01-01"));
    }

    @Test
    void givenUnsupportedDateInText_thenParseRefusesIt() {
        assertInvalid(() -> DateRange.parse("1899-12-31/.."), "start", "1900-01-01 - 2200-12-31", "1899-12-31");
        assertInvalid(() -> DateRange.parse("2026-01-01/2201-01-02"), "end", "2201-01-01", "2201-01-02");
    }

    @Test
    void givenTextOf400000Characters_thenRefusedAsTooLongBeforeAnyParsing() {
        String text = "2026-04-01/" + "9".repeat(400_000);

        assertInvalid(() -> DateRange.parse(text), "dateRange", FORM + ", at most 21 characters",
                "…(400011 characters)");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "2026-04-01", "2026-04-01/", "/2026-04-01", "2026-04-01/...", "2026-04-01 / 2026-05-01",
        "2026-4-1/2026-5-1", "2026-02-30/2026-03-01", "2026-04-01/2026-05-01/2026-06-01", "../2026-04-01",
        "2026-04-01..2026-05-01", "٢٠٢٦-٠٤-٠١/..", "2026-04-01/2026-05-01 "})
    void givenMalformedText_thenRejectedNamingFormAndText(String text) {
        assertInvalid(() -> DateRange.parse(text), "dateRange", FORM, text);
    }
}
