package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.carebudget.money.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date forms read strictly: the hand-read dd/MM/uuuu agrees with the formatter's strict rules. */
class DateFormTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"06/04/2026,2026-04-06", "29/02/2024,2024-02-29", "01/01/1900,1900-01-01", "31/12/2200,2200-12-31"})
    void givenAValidDayMonthYear_thenItIsRead(String text, LocalDate date) {
        assertEquals(date, DateForm.DAY_MONTH_YEAR.read(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"29/02/2025", "31/04/2026", "00/01/2026", "01/13/2026", "1/4/2026", "06-04-2026",
        "06/04/26", "31/12/1899", "01/01/2201", "ab/cd/efgh", "06/04/2026 "})
    void givenAnInvalidDayMonthYear_thenItIsNotRead(String text) {
        assertNull(DateForm.DAY_MONTH_YEAR.read(text));
    }

    @Test
    void givenMonthNames_thenTheyAreReadInEnglishIgnoringCase() {
        assertEquals(LocalDate.of(2026, 9, 5), DateForm.DAY_MONTH_NAME_YEAR.read("05 SEP 2026"));
        assertNull(DateForm.DAY_MONTH_NAME_YEAR.read("31 Sep 2026"));
    }

    @Test
    void givenAUtcTimestamp_thenItIsDatedInUkTime() {
        assertEquals(LocalDate.of(2026, 10, 25), DateForm.UTC_TIMESTAMP.read("2026-10-25T00:30:00Z"));
        assertEquals(LocalDate.of(2026, 7, 2), DateForm.UTC_TIMESTAMP.read("2026-07-01T23:30:00Z"));
        assertEquals(LocalDate.of(2026, 1, 1), DateForm.UTC_TIMESTAMP.read("2026-01-01T23:30:00Z"),
                "GMT in winter: 23:30 UTC is the same day");
    }

    @Test
    void givenAnInvalidPattern_thenItIsRefused() {
        LedgerException e = assertThrows(LedgerException.class, () -> DateForm.pattern("dd/MM/{{"));

        assertEquals("pattern", e.field());
    }
}
