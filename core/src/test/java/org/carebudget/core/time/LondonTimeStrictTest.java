package org.carebudget.core.time;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict factories: a gap time is refused, an overlap time needs its offset, a wrong offset is refused. */
class LondonTimeStrictTest {

    private static LocalDateTime t(String text) {
        return LocalDateTime.parse(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-01-15T12:00, 2026-01-15T12:00:00Z",
        "2026-07-15T12:00, 2026-07-15T11:00:00Z",
        "2026-03-29T00:59, 2026-03-29T00:59:00Z",
        "2026-03-29T02:00, 2026-03-29T01:00:00Z",
        "2026-10-25T00:59, 2026-10-24T23:59:00Z",
        "2026-10-25T02:00, 2026-10-25T02:00:00Z",
        "2025-03-30T02:00, 2025-03-30T01:00:00Z",
        "2025-10-26T02:00, 2025-10-26T02:00:00Z",
    })
    void givenTimeNamingOneMoment_thenItsInstant(String local, Instant instant) {
        assertEquals(instant, LondonTime.instantOf(t(local)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-03-29T01:00", "2026-03-29T01:30", "2026-03-29T01:59", "2025-03-30T01:15"})
    void givenTimeInTheMarchGap_thenRefusedSayingTheClocksWentForward(String local) {
        assertInvalid(() -> LondonTime.instantOf(t(local)), "local", "clocks went forward from 01:00 to 02:00",
                local);
        assertInvalid(() -> LondonTime.instantOf(t(local), ZoneOffset.UTC), "local", "clocks went forward");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-10-25T01:00", "2026-10-25T01:30", "2025-10-26T01:59"})
    void givenTimeInTheOctoberOverlapWithoutOffset_thenRefusedNamingBothOffsets(String local) {
        assertInvalid(() -> LondonTime.instantOf(t(local)), "local", "happened twice, at +01:00 and then Z", local);
    }

    @Test
    void givenOverlapTimeWithEachOffset_thenTheFirstOrSecondOccurrence() {
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"),
                LondonTime.instantOf(t("2026-10-25T01:30"), ZoneOffset.ofHours(1)));
        assertEquals(Instant.parse("2026-10-25T01:30:00Z"), LondonTime.instantOf(t("2026-10-25T01:30"), ZoneOffset.UTC));
        assertEquals(Instant.parse("2026-10-25T01:30:00Z"),
                LondonTime.instantOf(OffsetDateTime.parse("2026-10-25T01:30Z")));
    }

    @Test
    void givenOffsetLondonDoesNotUse_thenRefusedNamingTheValidOne() {
        assertInvalid(() -> LondonTime.instantOf(OffsetDateTime.parse("2026-07-01T09:00Z")), "dateTime",
                "an offset London uses at 2026-07-01T09:00: +01:00", "2026-07-01T09:00Z");
        assertInvalid(() -> LondonTime.instantOf(t("2026-01-01T09:00"), ZoneOffset.ofHours(1)), "local",
                "an offset London uses at 2026-01-01T09:00: Z");
    }

    @Test
    void givenUnsupportedDatesOrNull_thenRefused() {
        assertInvalid(() -> LondonTime.instantOf(LocalDateTime.MAX), "local", "1900-01-01 - 2200-12-31");
        assertInvalid(() -> LondonTime.instantOf(OffsetDateTime.MIN), "dateTime", "1900-01-01 - 2200-12-31");
        assertInvalid(() -> LondonTime.instantOf((LocalDateTime) null), "local", "not null");
        assertInvalid(() -> LondonTime.instantOf(t("2026-01-01T09:00"), null), "offset", "not null");
        assertInvalid(() -> LondonTime.toInstant(LocalDateTime.MIN), "local", "1900-01-01");
        assertInvalid(() -> LondonTime.localDateTime(Instant.MAX), "instant");
        assertInvalid(() -> LondonTime.startOfDay(LocalDate.MAX), "date");
    }

    @Test
    void givenChangeDays_thenMidnightStartsEachDay() {
        assertEquals(Instant.parse("2026-03-29T00:00:00Z"), LondonTime.startOfDay(LocalDate.of(2026, 3, 29)));
        assertEquals(Instant.parse("2026-03-29T23:00:00Z"), LondonTime.startOfDay(LocalDate.of(2026, 3, 30)));
        assertEquals(Instant.parse("2026-10-24T23:00:00Z"), LondonTime.startOfDay(LocalDate.of(2026, 10, 25)));
        assertEquals(t("2026-10-25T01:30"), LondonTime.localDateTime(Instant.parse("2026-10-25T01:30:00Z")));
    }
}
