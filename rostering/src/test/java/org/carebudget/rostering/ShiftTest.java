package org.carebudget.rostering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonalAssistantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShiftTest {

    private static final PersonalAssistantId PA = PersonalAssistantId.of("pa-1");
    private static final CarePackageId PACKAGE = CarePackageId.of("pkg-1");

    private static LocalDateTime t(String text) {
        return LocalDateTime.parse(text);
    }

    private static Shift shift(String start, String end) {
        return new Shift(PA, PACKAGE, t(start), t(end));
    }

    private static void assertRejected(String field, Runnable call, String... fragments) {
        RosteringException e = assertThrows(RosteringException.class, call::run);
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Invalid value for " + field + " (valid values "), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> e.getMessage() + " should contain " + fragment);
        }
    }

    @ParameterizedTest(name = "{0} to {1}: {2} min")
    @CsvSource({
        "2026-05-01T22:00, 2026-05-02T06:00, 480",
        "2026-01-10T22:00, 2026-01-11T06:00, 480",
        // a night across the October change is 9 elapsed hours, across March 7
        "2026-10-24T22:00, 2026-10-25T06:00, 540",
        "2025-10-25T22:00, 2025-10-26T06:00, 540",
        "2026-03-28T22:00, 2026-03-29T06:00, 420",
        "2025-03-29T22:00, 2025-03-30T06:00, 420",
        // the longest shifts: 24 elapsed hours, 23 or 25 on the clock across a change
        "2026-05-01T08:00, 2026-05-02T08:00, 1440",
        "2026-10-24T08:00, 2026-10-25T07:00, 1440",
        "2026-03-28T08:00, 2026-03-29T09:00, 1440",
        "2026-05-01T09:00, 2026-05-01T09:01, 1",
        // half an hour in the March gap: 00:30 GMT to 01:30 read as 02:30 BST is one real hour
        "2026-03-29T00:30, 2026-03-29T01:30, 60",
    })
    void givenLocalStartAndEnd_thenLengthIsElapsedTime(String start, String end, long minutes) {
        Shift shift = shift(start, end);

        assertEquals(minutes, shift.minutes());
        assertEquals(Duration.ofMinutes(minutes), shift.elapsed());
        assertEquals(PA, shift.pa());
        assertEquals(PACKAGE, shift.carePackage());
        assertEquals(t(start), shift.start());
        assertEquals(t(end), shift.end());
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "2026-05-01T09:00, 2026-05-01T08:59",
        "2026-05-02T06:00, 2026-05-01T22:00",
        // in March 02:00 local is 01:00 UTC, before 01:59 local read as 02:59 BST
        "2026-03-29T01:59, 2026-03-29T02:00",
    })
    void givenEndBeforeStart_thenRejectedNamingStartAndEnd(String start, String end) {
        assertRejected("end", () -> shift(start, end), "start " + start, end);
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "2026-05-01T09:00, 2026-05-01T09:00",
        // 01:00 and 02:00 on 29 March 2026 are the same instant
        "2026-03-29T01:00, 2026-03-29T02:00",
        "2026-05-01T08:00, 2026-05-02T08:01",
        "2026-05-01T08:00, 2026-05-03T08:00",
        // 24 hours on the clock across October is 25 elapsed
        "2026-10-24T08:00, 2026-10-25T08:00",
    })
    void givenZeroOrOver24ElapsedHours_thenRejectedSayingTheLimit(String start, String end) {
        assertRejected("end", () -> shift(start, end), "after start " + start + " by at most 24 elapsed hours", end);
    }

    @Test
    void givenNulls_thenRejectedNamingTheField() {
        LocalDateTime nine = t("2026-05-01T09:00");
        LocalDateTime five = t("2026-05-01T17:00");

        assertRejected("pa", () -> new Shift(null, PACKAGE, nine, five), "not null", "null");
        assertRejected("carePackage", () -> new Shift(PA, null, nine, five), "not null", "null");
        assertRejected("start", () -> new Shift(PA, PACKAGE, null, five), "not null", "null");
        assertRejected("end", () -> new Shift(PA, PACKAGE, nine, null), "not null", "null");
    }

    @Test
    void givenSameShiftTwice_thenEqual() {
        assertEquals(shift("2026-05-01T09:00", "2026-05-01T17:00"), shift("2026-05-01T09:00", "2026-05-01T17:00"));
    }
}
