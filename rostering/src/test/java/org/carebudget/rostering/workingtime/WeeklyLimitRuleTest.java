package org.carebudget.rostering.workingtime;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.carebudget.rostering.Scenario.EMP_1;
import static org.carebudget.rostering.Scenario.EMP_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.time.DateRange;
import org.carebudget.rostering.AbsenceKind;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.OptOut;
import org.carebudget.rostering.ReferencePeriod;
import org.carebudget.rostering.Scenario;
import org.carebudget.rostering.ShiftKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regulation 4 alone: 48 hours a week averaged over 17 weeks, across every job. The check starts Monday 2 November 2026. */
class WeeklyLimitRuleTest {

    private static final WeeklyLimitRule RULE = new WeeklyLimitRule();
    /** 17 weeks before 2 November 2026. */
    private static final String HISTORY_FROM = "2026-07-06";

    /** Monday to Saturday, 8 hours a day, for the 17 weeks before the check: exactly 48 hours a week. */
    private static Scenario fortyEightHourWeeks(Scenario s, String pa) {
        return s.workedOn(pa, HISTORY_FROM, 119, "08:00", "16:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,
                SATURDAY);
    }

    @Test
    void givenSeventeenWeeksOfFortyNineHours_thenFiresSeventeenHoursOverForTheEmployer() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-11-02").pa("pa-1")
                .workedDaily("pa-1", HISTORY_FROM, 119, "08:00", "15:00")
                .shift("pkg-1", "pa-1", "2026-11-02T08:00", "2026-11-02T15:00")
                .check(RULE, 21);

        assertEquals(1, findings.size(), findings::toString);
        WorkingTimeFinding f = findings.get(0);
        assertEquals(WeeklyLimitRule.ID, f.ruleId());
        assertEquals(119, f.referenceDays());
        assertEquals(119 * 7 * 60, f.measuredMinutes());
        assertEquals(17 * 48 * 60, f.limitMinutes());
        assertEquals(17 * 60, f.differenceMinutes());
        assertEquals(49 * 60, f.averageMinutesPerWeek());
        assertEquals(List.of(EMP_1), f.employers());
        assertEquals(Scenario.instant("2026-07-07T00:00"), f.window().start());
        assertEquals(Scenario.instant("2026-11-03T00:00"), f.window().end());
    }

    @Test
    void givenExactlyFortyEightHours_thenNothing() {
        assertEquals(List.of(), fortyEightHourWeeks(Scenario.from("2026-11-02").pa("pa-1"), "pa-1")
                .shift("pkg-1", "pa-1", "2026-11-02T08:00", "2026-11-02T16:00")
                .check(RULE, 21));
    }

    /** An extra hour 119 days before the check is outside every reference period that reaches it; 118 is inside. */
    @ParameterizedTest(name = "extra hour on {0}: {1} minutes over")
    @CsvSource({"2026-07-06, 0", "2026-07-07, 60"})
    void givenAnExtraHourAtTheSeventeenWeekBoundary_thenCountedOnlyInside(String day, long over) {
        List<WorkingTimeFinding> findings = fortyEightHourWeeks(Scenario.from("2026-11-02").pa("pa-1"), "pa-1")
                .worked("pa-1", day + "T17:00", day + "T18:00")
                .shift("pkg-1", "pa-1", "2026-11-02T08:00", "2026-11-02T16:00")
                .check(RULE, 21);

        assertEquals(over == 0 ? 0 : 1, findings.size(), findings::toString);
        if (over > 0) {
            assertEquals(over, findings.get(0).differenceMinutes());
        }
    }

    private static Scenario twoEmployers(boolean optOutWithSecond) {
        EmployerId second = EMP_2;
        return Scenario.from("2026-11-02")
                .pa("pa-1", b -> {
                    b.adultThroughout().employment(Scenario.employment(EMP_1, DomesticService.NOT_DOMESTIC_SERVICE))
                            .employment(Scenario.employment(second, DomesticService.NOT_DOMESTIC_SERVICE));
                    if (optOutWithSecond) {
                        b.optOut(OptOut.of(second, DateRange.startingOn(LocalDate.of(2025, 1, 1))));
                    }
                })
                .carePackage("pkg-1", EMP_1, "pa-1").carePackage("pkg-2", EMP_2, "pa-1")
                .workedDaily("pa-1", HISTORY_FROM, 119, "08:00", "15:00")
                .shift("pkg-1", "pa-1", "2026-11-02T08:00", "2026-11-02T12:00")
                .shift("pkg-2", "pa-1", "2026-11-02T12:00", "2026-11-02T15:00");
    }

    @Test
    void givenAPaWithTwoEmployers_thenTheirHoursAddUpAndEachEmployersDutyIsReported() {
        List<WorkingTimeFinding> findings = twoEmployers(false).check(RULE, 21);

        assertEquals(2, findings.size(), findings::toString);
        assertEquals(List.of(EMP_1), findings.get(0).employers());
        assertEquals(List.of(EMP_2), findings.get(1).employers());
        assertEquals(17 * 60, findings.get(0).differenceMinutes());
    }

    @Test
    void givenAnOptOutWithTheSecondEmployer_thenOnlyTheFirstIsReported() {
        List<WorkingTimeFinding> findings = twoEmployers(true).check(RULE, 21);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(List.of(EMP_1), findings.get(0).employers());
    }

    @Test
    void givenADomesticServantInAPrivateHousehold_thenRegulationNineteenTakesTheLimitAway() {
        assertEquals(List.of(), Scenario.from("2026-11-02")
                .pa("pa-1", b -> b.adultThroughout().employment(Scenario.employment(EMP_1,
                        DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD)))
                .workedDaily("pa-1", HISTORY_FROM, 119, "08:00", "15:00")
                .shift("pkg-1", "pa-1", "2026-11-02T08:00", "2026-11-02T15:00")
                .check(RULE, 21));
    }

    /** Successive periods from 6 July: one period, 6 July to 1 November, overlaps a check from 26 October. */
    private static Scenario sickWeekInAFixedPeriod(boolean makeUpShifts) {
        Scenario s = Scenario.from("2026-10-26")
                .pa("pa-1", b -> b.adultThroughout().employment(Scenario.employment(EMP_1,
                        DomesticService.NOT_DOMESTIC_SERVICE)).referencePeriod(ReferencePeriod.successiveFrom(
                                LocalDate.of(2026, 7, 6))))
                .workedOn("pa-1", HISTORY_FROM, 112, "08:00", "16:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,
                        SATURDAY)
                .absence("pa-1", AbsenceKind.SICKNESS, "2026-10-05", "2026-10-12");
        for (int d = 26; d <= 31; d++) {
            s.shift("pkg-1", "pa-1", "2026-10-" + d + "T08:00", "2026-10-" + d + "T16:00");
        }
        if (makeUpShifts) {
            s.daily("pkg-1", "pa-1", "2026-11-02", 7, "07:00", "19:00");
        }
        return s;
    }

    @Test
    void givenASickWeek_thenItsDaysAreMadeUpFromTheDaysWorkedAfterThePeriod() {
        List<WorkingTimeFinding> findings = sickWeekInAFixedPeriod(true).check(RULE, 14);

        assertEquals(1, findings.size(), findings::toString);
        WorkingTimeFinding f = findings.get(0);
        // A: 16 weeks of 48 hours (the sick week excluded), B: the 7 days worked after the period, 12 hours each
        assertEquals((16 * 48 + 7 * 12) * 60, f.measuredMinutes());
        assertEquals(36 * 60, f.differenceMinutes());
        assertEquals(Scenario.instant("2026-07-06T00:00"), f.window().start());
    }

    @Test
    void givenASickWeekAndNoWorkAfterThePeriod_thenTheAverageIsUnder() {
        assertEquals(List.of(), sickWeekInAFixedPeriod(false).check(RULE, 14));
    }

    /** Employed from a Monday and six nights 22:00 - 06:00: 48 hours on the clock, the change night elapsed. */
    @ParameterizedTest(name = "employed from {0}: {1} minutes over")
    @CsvSource({
        // the Saturday night is 9 hours when the clocks go back: 49 hours in the first week
        "2026-10-19, 60",
        "2025-10-20, 60",
        // and 7 when they go forward: 47 hours
        "2026-03-23, 0",
        "2025-03-24, 0",
    })
    void givenAWorkerEmployedUnderSeventeenWeeks_thenAveragedOverTheWeeksElapsed(String monday, long over) {
        List<WorkingTimeFinding> findings = Scenario.from(monday)
                .pa("pa-1", b -> b.adultThroughout().employment(Scenario.employment(EMP_1, monday)))
                .daily("pkg-1", "pa-1", monday, 6, "22:00", "06:00")
                .check(RULE, 21);

        assertEquals(over == 0 ? 0 : 1, findings.size(), findings::toString);
        if (over > 0) {
            assertEquals(7, findings.get(0).referenceDays());
            assertEquals(49 * 60, findings.get(0).measuredMinutes());
            assertEquals(over, findings.get(0).differenceMinutes());
        }
    }

    @Test
    void givenHoursDeclaredWithAnotherEmployer_thenTheyCount() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-11-02").pa("pa-1")
                .workedOn("pa-1", HISTORY_FROM, 119, "08:00", "16:00", MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
                .declared("pa-1", EmployerId.of("agency"), 10 * 60, "2024-01-01")
                .shift("pkg-1", "pa-1", "2026-11-02T08:00", "2026-11-02T16:00")
                .check(RULE, 21);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(17 * 2 * 60, findings.get(0).differenceMinutes());
    }

    @Test
    void givenAYoungWorker_thenTheFortyHourWeekAppliesInstead() {
        assertEquals(List.of(), Scenario.from("2026-11-02")
                .pa("pa-17", b -> b.dateOfBirth(LocalDate.of(2009, 6, 1)).employment(Scenario.employment(EMP_1,
                        DomesticService.NOT_DOMESTIC_SERVICE)))
                .workedDaily("pa-17", HISTORY_FROM, 119, "08:00", "15:00")
                .shift("pkg-1", "pa-17", "2026-11-02T08:00", "2026-11-02T15:00", ShiftKind.DAY)
                .check(RULE, 21));
    }

    @Test
    void givenACandidateShiftThatTipsTheAverage_thenItDoesNotFitButAShortOneDoes() {
        Scenario s = fortyEightHourWeeks(Scenario.from("2026-11-02").pa("pa-1"), "pa-1");
        var rota = s.rota();
        WorkingTimeCheck.Session session = WorkingTimeCheck.of(List.of(RULE)).session(rota, s.history(rota), 21);
        int monday = (int) (Scenario.instant("2026-11-02T08:00").getEpochSecond() / 60);

        // the Monday's 8 hours would bring the period ending 2 November to exactly 816: fine; 9 hours breaks it
        assertTrue(session.fits(0, monday, monday + 8 * 60, 0));
        assertEquals(false, session.fits(0, monday, monday + 9 * 60, 0));
    }
}
