package org.carebudget.rostering.workingtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.Scenario;
import org.carebudget.rostering.Severity;
import org.junit.jupiter.api.Test;

/** Regulation 12 alone: 20 minutes when working over 6 hours, 30 over 4.5 hours for a young worker. */
class RestBreakRuleTest {

    private static final RestBreakRule RULE = new RestBreakRule();

    @Test
    void givenEightHoursWithNoBreak_thenAWarningToPlanTwentyMinutes() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-05-04").pa("pa-1")
                .shift("pkg-1", "pa-1", "2026-05-04T08:00", "2026-05-04T16:00")
                .check(RULE, 7);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(RestBreakRule.ID, findings.get(0).ruleId());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(0, findings.get(0).measuredMinutes());
        assertEquals(20, findings.get(0).differenceMinutes());
    }

    @Test
    void givenABreakInTheShift_thenNothing() {
        assertEquals(List.of(), Scenario.from("2026-05-04").pa("pa-1")
                .shiftWithBreak("pkg-1", "pa-1", "2026-05-04T08:00", "2026-05-04T16:00", "2026-05-04T12:00",
                        "2026-05-04T12:20")
                .check(RULE, 7));
    }

    @Test
    void givenSixHoursExactly_thenNoBreakIsDue() {
        assertEquals(List.of(), Scenario.from("2026-05-04").pa("pa-1")
                .shift("pkg-1", "pa-1", "2026-05-04T08:00", "2026-05-04T14:00")
                .check(RULE, 7));
    }

    @Test
    void givenASplitShiftWithAGapBetween_thenTheGapIsTheBreak() {
        assertEquals(List.of(), Scenario.from("2026-05-04").pa("pa-1")
                .shift("pkg-1", "pa-1", "2026-05-04T07:00", "2026-05-04T11:00")
                .shift("pkg-1", "pa-1", "2026-05-04T17:00", "2026-05-04T21:00")
                .check(RULE, 7));
    }

    @Test
    void givenAYoungWorkerWithFiveHoursAndATwentyMinuteBreak_thenThirtyMinutesAreDue() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-05-04")
                .pa("pa-17", b -> b.dateOfBirth(LocalDate.of(2009, 6, 1))
                        .employment(Scenario.employment(Scenario.EMP_1, DomesticService.NOT_DOMESTIC_SERVICE)))
                .shiftWithBreak("pkg-1", "pa-17", "2026-05-04T09:00", "2026-05-04T14:20", "2026-05-04T11:00",
                        "2026-05-04T11:20")
                .check(RULE, 7);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(20, findings.get(0).measuredMinutes());
        assertEquals(30, findings.get(0).limitMinutes());
    }

    @Test
    void givenAWakingNightOverTheOctoberChange_thenNineElapsedHoursNeedABreak() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-10-24").pa("pa-1")
                .shift("pkg-1", "pa-1", "2026-10-24T23:00", "2026-10-25T05:00")
                .check(RULE, 7);
        // 23:00 to 05:00 is 6 hours on the clock, 7 elapsed on 25 October 2026
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(List.of(), Scenario.from("2026-03-28").pa("pa-1")
                .shift("pkg-1", "pa-1", "2026-03-28T23:00", "2026-03-29T06:00")
                .check(RULE, 7));
    }
}
