package org.carebudget.rostering;

import static org.carebudget.rostering.Rejected.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShiftTest {

    static final ShiftId ID = ShiftId.of(1);
    static final CarePackageId PKG = CarePackageId.of("pkg-1");
    static final FunderId ICB = FunderId.of("icb");
    static final PersonalAssistantId A = PersonalAssistantId.of("pa-a");
    static final PersonalAssistantId B = PersonalAssistantId.of("pa-b");

    static Shift.Builder local(String start, String end) {
        return Shift.builder(ID, PKG, ICB, LocalDateTime.parse(start), LocalDateTime.parse(end));
    }

    @ParameterizedTest(name = "{0} to {1}: {2} min")
    @CsvSource({
        "2026-05-01T22:00, 2026-05-02T06:00, 480",
        "2026-10-24T22:00, 2026-10-25T06:00, 540",
        "2025-10-25T22:00, 2025-10-26T06:00, 540",
        "2026-03-28T22:00, 2026-03-29T06:00, 420",
        "2025-03-29T22:00, 2025-03-30T06:00, 420",
        "2026-10-24T08:00, 2026-10-25T07:00, 1440",
        "2026-03-28T08:00, 2026-03-29T09:00, 1440",
    })
    void givenLocalTimesNamingOneMomentEach_thenTheLengthIsElapsed(String start, String end, long minutes) {
        Shift shift = local(start, end).build();

        assertEquals(minutes, shift.minutes());
        assertEquals(minutes, shift.workingMinutes());
    }

    @Test
    void givenATimeInTheMarchGap_thenRefused() {
        assertRejected("start", () -> local("2026-03-29T01:30", "2026-03-29T06:00"), "clocks went forward",
                "2026-03-29T01:30");
    }

    @Test
    void givenATimeInTheOctoberOverlapWithoutItsOffset_thenRefusedAndWithItAccepted() {
        assertRejected("end", () -> local("2026-10-24T22:00", "2026-10-25T01:30"), "happened twice");
        Shift second = Shift.builder(ID, PKG, ICB, OffsetDateTime.parse("2026-10-24T22:00+01:00"),
                OffsetDateTime.parse("2026-10-25T01:30Z")).build();
        assertEquals(270, second.minutes());
        assertRejected("start", () -> Shift.builder(ID, PKG, ICB, OffsetDateTime.parse("2026-07-01T09:00Z"),
                OffsetDateTime.parse("2026-07-01T17:00+01:00")), "an offset London uses");
    }

    @Test
    void givenEndBeforeStartOrTooLong_thenRefusedNamingTheLimit() {
        assertRejected("end", () -> local("2026-05-01T09:00", "2026-05-01T08:00"), "after start");
        assertRejected("end", () -> local("2026-05-01T08:00", "2026-05-02T08:01").build(),
                "at most 24 elapsed hours (mark a longer shift as such)");
        assertEquals(3 * 24 * 60, local("2026-05-01T08:00", "2026-05-04T08:00").longerThan24Hours().build()
                .minutes());
        assertRejected("end", () -> local("2026-05-01T08:00", "2026-05-16T08:00").longerThan24Hours().build(),
                "at most 336 elapsed hours");
        // 24 wall-clock hours across the October change are 25 elapsed
        assertRejected("end", () -> local("2026-10-24T08:00", "2026-10-25T08:00").build(), "at most 24");
    }

    @Test
    void givenSecondsOrUnsupportedInstants_thenRefused() {
        assertRejected("start", () -> Shift.builder(ID, PKG, ICB, Instant.parse("2026-05-01T09:00:30Z"),
                Instant.parse("2026-05-01T17:00:00Z")), "a whole minute");
        assertRejected("end", () -> Shift.builder(ID, PKG, ICB, Instant.parse("2026-05-01T09:00:00Z"),
                Instant.MAX), "1900");
        assertRejected("start", () -> local("1899-12-31T09:00", "1899-12-31T10:00"), "1900-01-01");
    }

    @Test
    void givenStaffAndPeriods_thenCheckedTogether() {
        assertRejected("personalAssistants", () -> local("2026-05-01T09:00", "2026-05-01T17:00")
                .personalAssistant(A).personalAssistant(B).build(), "mark a double-up as such");
        assertRejected("personalAssistants", () -> local("2026-05-01T09:00", "2026-05-01T17:00").doubleUp()
                .personalAssistant(A).personalAssistant(A).build(), "two different PAs");
        TimeSpan night = TimeSpan.of(Instant.parse("2026-05-01T23:00:00Z"), Instant.parse("2026-05-01T23:30:00Z"));
        assertRejected("awake", () -> local("2026-05-01T22:00", "2026-05-02T07:00").awake(night).build(),
                "only on a sleep-in");
        assertRejected("restBreak", () -> local("2026-05-01T09:00", "2026-05-01T12:00").restBreak(night).build(),
                "within the shift");
        Shift sleepIn = local("2026-05-01T22:00", "2026-05-02T07:00").kind(ShiftKind.SLEEP_IN).awake(night).build();
        assertEquals(30, sleepIn.awakeMinutes());
        assertRejected("task", () -> local("2026-05-01T09:00", "2026-05-01T12:00").task(" "), "non-blank");
    }

    @Test
    void givenTheSamePasAgain_thenWithReturnsThis() {
        Shift shift = local("2026-05-01T09:00", "2026-05-01T17:00").doubleUp().personalAssistant(A).build();

        assertSame(shift, shift.withPersonalAssistants(List.of(A)));
        Shift both = shift.withPersonalAssistants(List.of(A, B));
        assertEquals(List.of(A, B), both.personalAssistants());
        assertEquals(0, both.vacancies());
        assertEquals(1, shift.vacancies());
    }

    @Test
    void givenIdsAndSpans_thenTextFormsRoundTrip() {
        assertEquals(ShiftId.of(42), ShiftId.parse("42"));
        assertRejected("shiftId", () -> ShiftId.parse("0"), "1 - ");
        assertRejected("shiftId", () -> ShiftId.parse("x1"), "a whole number");
        assertRejected("shiftId", () -> ShiftId.parse("99999999999999999999"), "at most 19");
        TimeSpan span = TimeSpan.of(Instant.parse("2026-10-24T21:00:00Z"), Instant.parse("2026-10-25T06:00:00Z"));
        assertEquals(span, TimeSpan.parse(span.toString()));
        assertEquals(540, span.minutes());
        assertRejected("timeSpan", () -> TimeSpan.parse("2026-10-24T21:00:00Z"), "separated by /");
    }
}
