package org.carebudget.core.figures;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatePensionAgeTest {

    private static final StatePensionAge SPA = UkFigures.standard().statePensionAge();

    @ParameterizedTest(name = "born {0}: State Pension age reached {1}")
    @CsvSource({
        "1960-04-05, 2026-04-05",
        "1960-04-06, 2026-05-06",
        "1960-05-05, 2026-06-05",
        "1960-05-06, 2026-07-06",
        "1960-07-31, 2026-11-30",   // Pensions Act 2014 s. 26 (7A)(a)
        "1960-12-31, 2027-09-30",   // (7A)(b)
        "1961-01-31, 2027-11-30",   // (7A)(c)
        "1961-03-05, 2028-02-05",
        "1961-03-06, 2028-03-06",
        "1977-04-05, 2044-04-05",
        // 67 to 68 phased for births from 6 April 1977 to 5 April 1978 (Pensions Act 2007)
        "1977-04-06, 2044-05-06",
        "1977-05-05, 2044-05-06",
        "1977-05-06, 2044-07-06",
        "1977-12-06, 2045-09-06",
        "1978-03-06, 2046-03-06",
        "1978-04-05, 2046-03-06",
        "1978-04-06, 2046-04-06",
        "1990-05-15, 2058-05-15"})
    void givenDateOfBirth_thenTheTimetable(LocalDate born, LocalDate reached) {
        assertEquals(reached, SPA.reachedOn(born));
    }

    @Test
    void givenTheSixtyEightPhase_thenItsSourceIsMarkedUnconfirmed() {
        assertEquals(Status.UNCONFIRMED, SPA.sourceFor(LocalDate.of(1977, 8, 1)).status());
        assertEquals(Status.SECONDARY, SPA.sourceFor(LocalDate.of(1978, 4, 6)).status());
        assertEquals(Status.SECONDARY, SPA.source().status());
    }

    @Test
    void givenExtremeDates_thenRefusedWithTheSupportedRange() {
        assertInvalid(() -> SPA.reachedOn(LocalDate.MAX), "dateOfBirth", "1900-01-01 - 2200-12-31");
        assertInvalid(() -> SPA.reachedOn(null), "dateOfBirth", "not null");
        assertEquals(LocalDate.of(2268, 12, 31), SPA.reachedOn(LocalDate.of(2200, 12, 31)));
    }
}
