package org.carebudget.core.time;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxYearTest {

    private static final String FORM = "yyyy/yy with yy one after yyyy, years 1900 - 2199";

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2026-04-05, 2025/26",
        "2026-04-06, 2026/27",
        "2027-04-05, 2026/27",
        "2027-04-06, 2027/28",
        "2026-01-01, 2025/26",
        "2026-12-31, 2026/27",
        "1999-04-06, 1999/00",
        "2000-04-05, 1999/00",
        "2099-04-06, 2099/00",
        "1900-04-06, 1900/01",
        "2200-04-05, 2199/00",
    })
    void givenDate_thenTaxYearTurnsOn6April(String date, String taxYear) {
        TaxYear year = TaxYear.containing(LocalDate.parse(date));

        assertEquals(taxYear, year.toString());
        assertEquals(TaxYear.parse(taxYear), year);
        assertTrue(year.range().contains(LocalDate.parse(date)));
    }

    @Test
    void givenTaxYear_thenItRunsFrom6AprilTo5April() {
        TaxYear year = TaxYear.startingIn(2026);

        assertEquals(2026, year.startYear());
        assertEquals(LocalDate.of(2026, 4, 6), year.start());
        assertEquals(LocalDate.of(2027, 4, 6), year.end());
        assertEquals(DateRange.ofClosed(LocalDate.of(2026, 4, 6), LocalDate.of(2027, 4, 5)), year.range());
        assertEquals(365, year.range().days());
        assertEquals(366, TaxYear.startingIn(2027).range().days());
        assertEquals("2026/27", year.toString());
        assertEquals(TaxYear.startingIn(2027), year.next());
    }

    @Test
    void givenTaxYears_thenOrderedByStartYear() {
        assertTrue(TaxYear.startingIn(2025).compareTo(TaxYear.startingIn(2026)) < 0);
        assertTrue(TaxYear.startingIn(2026).compareTo(TaxYear.startingIn(2025)) > 0);
        assertEquals(0, TaxYear.startingIn(2026).compareTo(TaxYear.parse("2026/27")));
        assertEquals(TaxYear.startingIn(2026).hashCode(), TaxYear.parse("2026/27").hashCode());
        assertNotEquals(TaxYear.startingIn(2026), TaxYear.startingIn(2025));
        assertNotEquals(TaxYear.startingIn(2026), "2026/27");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1900, 1900/01", "1999, 1999/00", "2009, 2009/10", "2199, 2199/00"})
    void givenStartYearAtEdges_thenTextHasTwoDigitEnd(int startYear, String text) {
        assertEquals(text, TaxYear.startingIn(startYear).toString());
        assertEquals(TaxYear.startingIn(startYear), TaxYear.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1899, 2200, 9998, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void givenStartYearOutOfRange_thenRejected(int startYear) {
        assertInvalid(() -> TaxYear.startingIn(startYear), "startYear", "1900 - 2199", String.valueOf(startYear));
    }

    @Test
    void givenLastTaxYear_thenNextIsRejected() {
        assertInvalid(() -> TaxYear.startingIn(2199).next(), "startYear", "1900 - 2199", "2200");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1900-04-05", "1900-01-01", "2200-04-06", "2200-12-31", "9999-04-06", "0001-01-01",
        "+999999999-12-31", "-999999999-01-01"})
    void givenDateOutsideTheTaxYearsCovered_thenRejectedNamingTheDate(String date) {
        assertInvalid(() -> TaxYear.containing(LocalDate.parse(date)), "date", "1900-04-06 - 2200-04-05", date);
    }

    @Test
    void givenLastTaxYear_thenItEndsInsideTheSupportedDates() {
        TaxYear last = TaxYear.startingIn(TaxYear.LAST_START_YEAR);

        assertEquals(LocalDate.of(2200, 4, 6), last.end());
        assertTrue(SupportedDates.contains(last.end()));
        assertEquals(DateRange.of(LocalDate.of(2199, 4, 6), LocalDate.of(2200, 4, 6)), last.range());
    }

    @Test
    void givenTextFarLongerThanATaxYear_thenRefusedAsTooLongBeforeAnyParsing() {
        String text = "2026/27".repeat(60_000);

        assertInvalid(() -> TaxYear.parse(text), "taxYear", FORM, "…(420000 characters)");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "2026", "2026/2027", "2026-27", "2026/28", "2026/26", "2026/7", "26/27", "2026/27 ",
        " 2026/27", "1899/00", "9999/00", "abcd/ef", "2008/+9", "1999/+0", "+999/00", "2026/-7", "٢٠٢٦/٢٧",
        "۲۰۲۶/۲۷", "๒๐๒๖/๒๗", "२०२६/२७", "2026/2٧", "1899/00", "2200/01"})
    void givenMalformedText_thenRejectedNamingFormAndText(String text) {
        assertInvalid(() -> TaxYear.parse(text), "taxYear", FORM, text);
    }

    @Test
    void givenNulls_thenRejectedNamingTheField() {
        assertInvalid(() -> TaxYear.parse(null), "taxYear", "not null");
        assertInvalid(() -> TaxYear.containing(null), "date", "not null");
    }
}
