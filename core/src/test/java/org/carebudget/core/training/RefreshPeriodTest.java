package org.carebudget.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.carebudget.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RefreshPeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"every 12 months", "every 1 month", "once", "set by clinician",
            "set by clinician, at most 24 months"})
    void givenTextForm_whenParsed_thenToStringRoundTrips(String text) {
        assertEquals(text, RefreshPeriod.parse(text).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"every 0 months", "every 121 months", "twice", "", "set by clinician, at most 0 months"})
    void givenBadText_whenParsed_thenRejectedNamingTheField(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RefreshPeriod.parse(text));
        assertTrue(e.getMessage().startsWith("Invalid value for "), e.getMessage());
    }

    @Test
    void givenZeroMonths_thenRejectedWithRangeAndValue() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RefreshPeriod.everyMonths(0));
        assertEquals("Invalid value for refreshMonths (valid values 1 - 120): 0", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"2026-01-15, 12, 2027-01-15", "2026-01-31, 1, 2026-02-28", "2024-02-29, 12, 2025-02-28"})
    void givenMonths_whenExpiryComputed_thenSameDayOfMonthOrMonthEnd(LocalDate done, int months, LocalDate expiry) {
        assertEquals(Optional.of(expiry), RefreshPeriod.everyMonths(months).expiryAfter(done));
    }

    @Test
    void givenOnceOrClinician_thenNoFixedExpiry() {
        assertEquals(Optional.empty(), RefreshPeriod.once().expiryAfter(LocalDate.of(2026, 1, 1)));
        assertEquals(Optional.empty(), RefreshPeriod.setByClinician(24).expiryAfter(LocalDate.of(2026, 1, 1)));
        assertTrue(RefreshPeriod.once().isOnce());
        assertFalse(RefreshPeriod.everyMonths(3).isSetByClinician());
        assertEquals(24, RefreshPeriod.setByClinician(24).maxMonths().getAsInt());
    }

    @Test
    void givenTwoPeriods_thenStricterIsShorterAndAnyFixedPeriodBeatsOnce() {
        RefreshPeriod twelve = RefreshPeriod.everyMonths(12);
        RefreshPeriod thirtySix = RefreshPeriod.everyMonths(36);
        assertSame(twelve, thirtySix.stricter(twelve));
        assertSame(twelve, twelve.stricter(thirtySix));
        assertSame(thirtySix, RefreshPeriod.once().stricter(thirtySix));
        assertEquals(RefreshPeriod.setByClinician(6),
                RefreshPeriod.setByClinician().stricter(RefreshPeriod.setByClinician(6)));
    }
}
