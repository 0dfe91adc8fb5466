package org.carebudget.rostering.workingtime;

import static org.carebudget.rostering.Scenario.EMP_1;
import static org.carebudget.rostering.Scenario.EMP_2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.Scenario;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.ShiftId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regulation 10 alone: 11 consecutive hours' rest in each 24 hours (12 for a young worker), in elapsed time. */
class DailyRestRuleTest {

    private static final DailyRestRule RULE = new DailyRestRule();

    @Test
    void givenNineHoursBetweenTwoShifts_thenFiresTwoHoursShort() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-05-04").pa("pa-1")
                .shift("pkg-1", "pa-1", "2026-05-04T08:00", "2026-05-04T20:00")
                .shift("pkg-1", "pa-1", "2026-05-05T05:00", "2026-05-05T13:00")
                .check(RULE, 21);

        assertEquals(1, findings.size(), findings::toString);
        WorkingTimeFinding f = findings.get(0);
        assertEquals(DailyRestRule.ID, f.ruleId());
        assertEquals(Severity.BLOCKING, f.severity());
        assertEquals(9 * 60, f.measuredMinutes());
        assertEquals(11 * 60, f.limitMinutes());
        assertEquals(120, f.differenceMinutes());
        assertEquals(List.of(ShiftId.of(1), ShiftId.of(2)), f.shifts());
        assertEquals(List.of(EMP_1), f.employers());
        assertEquals(LocalDate.of(2026, 5, 4), f.actBefore());
        assertEquals(Scenario.instant("2026-05-04T08:00"), f.window().start());
    }

    @Test
    void givenANorthernIrelandProfile_thenTheFindingCitesSr201649() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-05-04")
                .pa("pa-1", b -> b.adultThroughout().jurisdiction(org.carebudget.rostering.Jurisdiction.NORTHERN_IRELAND)
                        .employment(Scenario.employment(EMP_1, DomesticService.NOT_DOMESTIC_SERVICE)))
                .shift("pkg-1", "pa-1", "2026-05-04T08:00", "2026-05-04T20:00")
                .shift("pkg-1", "pa-1", "2026-05-05T05:00", "2026-05-05T13:00")
                .check(RULE, 21);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(true, findings.get(0).source().citation().contains("Northern Ireland) 2016 reg. 12"));
        assertEquals(120, findings.get(0).differenceMinutes());
    }

    @Test
    void givenElevenHoursBetweenShifts_thenNothing() {
        assertEquals(List.of(), Scenario.from("2026-05-04").pa("pa-1")
                .shift("pkg-1", "pa-1", "2026-05-04T08:00", "2026-05-04T20:00")
                .shift("pkg-1", "pa-1", "2026-05-05T07:00", "2026-05-05T19:00")
                .check(RULE, 21));
    }

    @Test
    void givenAWorkingDayOfFourteenHoursWithElevenHoursAfter_thenTenHoursInItsTwentyFourShortByOne() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-05-04").pa("pa-1")
                .shift("pkg-1", "pa-1", "2026-05-04T08:00", "2026-05-04T12:00")
                .shift("pkg-1", "pa-1", "2026-05-04T15:00", "2026-05-04T22:00")
                .shift("pkg-1", "pa-1", "2026-05-05T09:00", "2026-05-05T12:00")
                .check(RULE, 21);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(60, findings.get(0).differenceMinutes());
    }

    /** Ten hours on the clock between a Saturday evening and the Sunday morning of each clock change. */
    @ParameterizedTest(name = "{0} to {1}: {2} elapsed hours of rest")
    @CsvSource({
        // clocks go back: ten wall-clock hours are eleven elapsed, enough
        "2026-10-24T20:00, 2026-10-25T06:00, 660, 0",
        "2025-10-25T20:00, 2025-10-26T06:00, 660, 0",
        // clocks go forward: eleven wall-clock hours are ten elapsed, an hour short
        "2026-03-28T19:00, 2026-03-29T06:00, 600, 60",
        "2025-03-29T19:00, 2025-03-30T06:00, 600, 60",
    })
    void givenRestOverAClockChangeNight_thenMeasuredInElapsedTime(String end, String next, long rest, long short_) {
        LocalDate saturday = LocalDate.parse(end.substring(0, 10));
        List<WorkingTimeFinding> findings = Scenario.from(saturday.toString()).pa("pa-1")
                .shift("pkg-1", "pa-1", saturday + "T09:00", end)
                .shift("pkg-1", "pa-1", next, next.substring(0, 10) + "T14:00")
                .check(RULE, 7);

        if (short_ == 0) {
            assertEquals(List.of(), findings);
        } else {
            assertEquals(1, findings.size(), findings::toString);
            assertEquals(rest, findings.get(0).measuredMinutes());
            assertEquals(short_, findings.get(0).differenceMinutes());
        }
    }

    @Test
    void givenAYoungWorkerWithElevenAndAHalfHoursRest_thenTwelveRequiredAndShortByHalfAnHour() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-05-04")
                .pa("pa-17", b -> b.dateOfBirth(LocalDate.of(2009, 6, 1))
                        .employment(Scenario.employment(EMP_1, DomesticService.NOT_DOMESTIC_SERVICE)))
                .shift("pkg-1", "pa-17", "2026-05-04T13:00", "2026-05-04T21:00")
                .shift("pkg-1", "pa-17", "2026-05-05T08:30", "2026-05-05T12:00")
                .check(RULE, 21);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(12 * 60, findings.get(0).limitMinutes());
        assertEquals(30, findings.get(0).differenceMinutes());
    }

    @Test
    void givenWorkForTwoEmployers_thenTheirHoursCountTogetherAndBothAreNamed() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-05-04")
                .pa("pa-1", b -> b.adultThroughout()
                        .employment(Scenario.employment(EMP_1, DomesticService.NOT_DOMESTIC_SERVICE))
                        .employment(Scenario.employment(EMP_2, DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD)))
                .carePackage("pkg-1", EMP_1, "pa-1").carePackage("pkg-2", EMP_2, "pa-1")
                .shift("pkg-1", "pa-1", "2026-05-04T07:00", "2026-05-04T15:00")
                .shift("pkg-2", "pa-1", "2026-05-04T18:00", "2026-05-04T23:00")
                .shift("pkg-1", "pa-1", "2026-05-05T07:00", "2026-05-05T15:00")
                .check(RULE, 21);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(8 * 60, findings.get(0).measuredMinutes());
        assertEquals(180, findings.get(0).differenceMinutes());
        // a domestic servant keeps the right to daily rest (reg. 19 does not disapply reg. 10)
        assertEquals(List.of(EMP_1, EMP_2), findings.get(0).employers());
    }

    @Test
    void givenHistoryTheNightBeforeTheRotaStarts_thenDayOneIsCheckedAgainstIt() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-05-04").pa("pa-1")
                .worked("pa-1", "2026-05-03T14:00", "2026-05-03T23:00")
                .shift("pkg-1", "pa-1", "2026-05-04T06:00", "2026-05-04T12:00")
                .check(RULE, 21);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(7 * 60, findings.get(0).measuredMinutes());
        assertEquals(List.of(ShiftId.of(1)), findings.get(0).shifts());
    }

    @Test
    void givenOnlyHistoryBreaksTheRule_thenNothingToReportOnTheRota() {
        assertEquals(List.of(), Scenario.from("2026-05-04").pa("pa-1")
                .worked("pa-1", "2026-05-01T08:00", "2026-05-01T22:00")
                .worked("pa-1", "2026-05-02T04:00", "2026-05-02T10:00")
                .check(RULE, 21));
    }

    @Test
    void givenAFindingOnACandidate_thenTheSessionSaysItDoesNotFit() {
        Scenario s = Scenario.from("2026-05-04").pa("pa-1")
                .shift("pkg-1", "pa-1", "2026-05-04T08:00", "2026-05-04T20:00");
        var rota = s.rota();
        WorkingTimeCheck.Session session = WorkingTimeCheck.of(List.of(RULE)).session(rota, s.history(rota), 21);
        int w = rota.caseload().workerIndex(PersonalAssistantId.of("pa-1"));
        int nine = (int) (Scenario.instant("2026-05-05T05:00").getEpochSecond() / 60);
        int seven = (int) (Scenario.instant("2026-05-05T07:00").getEpochSecond() / 60);

        assertEquals(false, session.fits(w, nine, nine + 8 * 60, 0));
        assertEquals(true, session.fits(w, seven, seven + 8 * 60, 0));
        assertEquals(List.of(), session.findings(w));
    }
}
