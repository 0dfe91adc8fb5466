package org.carebudget.core.time;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LondonTimeTest {

    private static LocalDateTime t(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void givenZone_thenEuropeLondon() {
        assertEquals(ZoneId.of("Europe/London"), LondonTime.ZONE);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        // ordinary night, winter and summer
        "2026-01-10T22:00, 2026-01-11T06:00, PT8H",
        "2026-07-10T22:00, 2026-07-11T06:00, PT8H",
        // clocks back on Sunday 25 October 2026: one hour longer
        "2026-10-24T22:00, 2026-10-25T06:00, PT9H",
        "2025-10-25T22:00, 2025-10-26T06:00, PT9H",
        "2026-10-25T00:00, 2026-10-25T03:00, PT4H",
        // clocks forward on Sunday 29 March 2026: one hour shorter
        "2026-03-28T22:00, 2026-03-29T06:00, PT7H",
        "2025-03-29T22:00, 2025-03-30T06:00, PT7H",
        "2026-03-29T00:00, 2026-03-29T03:00, PT2H",
        // a whole day across each change
        "2026-10-25T00:00, 2026-10-26T00:00, PT25H",
        "2026-03-29T00:00, 2026-03-30T00:00, PT23H",
        // a day before each change is 24 h
        "2026-10-24T00:00, 2026-10-25T00:00, PT24H",
        "2026-03-28T00:00, 2026-03-29T00:00, PT24H",
        // zero and sub-minute
        "2026-05-01T09:00, 2026-05-01T09:00, PT0S",
        "2026-05-01T09:00, 2026-05-01T09:00:00.5, PT0.5S",
    })
    void givenLocalStartAndEnd_thenElapsedCountsTheClockChange(String start, String end, Duration elapsed) {
        assertEquals(elapsed, LondonTime.elapsed(t(start), t(end)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-01-15T12:00, 2026-01-15T12:00:00Z",
        "2026-07-15T12:00, 2026-07-15T11:00:00Z",
        "2026-03-29T00:59, 2026-03-29T00:59:00Z",
        // in the March gap (01:00 - 02:00 does not exist): moved later by the gap, one hour
        "2026-03-29T01:00, 2026-03-29T01:00:00Z",
        "2026-03-29T01:30, 2026-03-29T01:30:00Z",
        "2026-03-29T02:00, 2026-03-29T01:00:00Z",
        // in the October overlap (01:00 - 02:00 happens twice): the earlier, summer-time occurrence
        "2026-10-25T00:59, 2026-10-24T23:59:00Z",
        "2026-10-25T01:00, 2026-10-25T00:00:00Z",
        "2026-10-25T01:30, 2026-10-25T00:30:00Z",
        "2026-10-25T02:00, 2026-10-25T02:00:00Z",
    })
    void givenLocalTime_thenInstantAsDocumented(String local, Instant instant) {
        assertEquals(instant, LondonTime.toInstant(t(local)));
    }

    @Test
    void givenGapTimes_thenElapsedFromBeforeTheGapCountsOnlyRealTime() {
        // 00:30 GMT to the nonexistent 01:30, read as 02:30 BST: one real hour
        assertEquals(Duration.ofHours(1), LondonTime.elapsed(t("2026-03-29T00:30"), t("2026-03-29T01:30")));
        // 01:00 and 02:00 are the same instant in March
        assertEquals(Duration.ZERO, LondonTime.elapsed(t("2026-03-29T01:00"), t("2026-03-29T02:00")));
    }

    @Test
    void givenOverlapTimes_thenElapsedReadsTheEarlierOccurrence() {
        // 01:30 is read as 01:30 BST, so to 02:00 GMT is 1 h 30 min
        assertEquals(Duration.ofMinutes(90), LondonTime.elapsed(t("2026-10-25T01:30"), t("2026-10-25T02:00")));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "2026-05-01T09:00, 2026-05-01T08:59:59",
        "2026-05-02T00:00, 2026-05-01T23:00",
        // in March 02:00 local is 01:00 UTC, before 01:59 local (01:59 UTC after the gap shift)
        "2026-03-29T01:59, 2026-03-29T02:00",
    })
    void givenEndBeforeStart_thenRejectedNamingStartAndEnd(String start, String end) {
        assertInvalid(() -> LondonTime.elapsed(t(start), t(end)), "end", "on or after start " + start, end);
    }

    @Test
    void givenNulls_thenRejectedNamingTheField() {
        assertInvalid(() -> LondonTime.elapsed(null, t("2026-05-01T09:00")), "start", "not null");
        assertInvalid(() -> LondonTime.elapsed(t("2026-05-01T09:00"), null), "end", "not null");
        assertInvalid(() -> LondonTime.toInstant(null), "local", "not null");
    }
}
