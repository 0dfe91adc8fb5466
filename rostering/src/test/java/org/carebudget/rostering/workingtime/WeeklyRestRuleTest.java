package org.carebudget.rostering.workingtime;

import static org.carebudget.rostering.Scenario.EMP_1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.Scenario;
import org.carebudget.rostering.WeeklyRestBasis;
import org.junit.jupiter.api.Test;

/** Regulation 11 alone, for the week Monday 4 to Sunday 10 May 2026. */
class WeeklyRestRuleTest {

    private static final WeeklyRestRule RULE = new WeeklyRestRule();

    @Test
    void givenSevenDaysOfTwelveHours_thenFiresWithEighteenCountedHoursAgainstThirtyFive() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-05-04").pa("pa-1")
                .daily("pkg-1", "pa-1", "2026-05-04", 7, "07:00", "19:00")
                .check(RULE, 7);

        assertEquals(1, findings.size(), findings::toString);
        WorkingTimeFinding f = findings.get(0);
        assertEquals(WeeklyRestRule.ID, f.ruleId());
        // the best rest: the 7 hours before Monday 07:00 inside the week, with the 11-hour daily rest beside it
        // allowed outside (the 12 hours between shifts count no more than 12)
        assertEquals(18 * 60, f.measuredMinutes());
        assertEquals(35 * 60, f.limitMinutes());
        assertEquals(17 * 60, f.differenceMinutes());
    }

    @Test
    void givenSaturdayEveningToMondayMorningOff_thenThirtySixHoursGiveTheWeekItsRest() {
        assertEquals(List.of(), Scenario.from("2026-05-04").pa("pa-1")
                .daily("pkg-1", "pa-1", "2026-05-04", 6, "07:00", "19:00")
                .shift("pkg-1", "pa-1", "2026-05-11T07:00", "2026-05-11T19:00")
                .check(RULE, 14));
    }

    @Test
    void givenThirtyHoursOff_thenShortOfTheThirtyFiveUnlessObjectiveReasonsLetTheDailyRestCount() {
        Scenario s = Scenario.from("2026-05-04").pa("pa-1")
                .daily("pkg-1", "pa-1", "2026-05-04", 5, "07:00", "19:00")
                .shift("pkg-1", "pa-1", "2026-05-10T01:00", "2026-05-10T19:00");
        List<WorkingTimeFinding> findings = s.check(RULE, 7);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(30 * 60, findings.get(0).measuredMinutes());
        assertEquals(5 * 60, findings.get(0).differenceMinutes());

        assertEquals(List.of(), Scenario.from("2026-05-04")
                .pa("pa-1", b -> b.adultThroughout().weeklyRestMayIncludeDailyRest()
                        .employment(Scenario.employment(EMP_1, DomesticService.NOT_DOMESTIC_SERVICE)))
                .daily("pkg-1", "pa-1", "2026-05-04", 5, "07:00", "19:00")
                .shift("pkg-1", "pa-1", "2026-05-10T01:00", "2026-05-10T19:00")
                .check(RULE, 7));
    }

    @Test
    void givenAYoungWorkerWithOneDayOff_thenFortyEightHoursAreRequired() {
        List<WorkingTimeFinding> findings = Scenario.from("2026-05-04")
                .pa("pa-17", b -> b.dateOfBirth(LocalDate.of(2009, 6, 1))
                        .employment(Scenario.employment(EMP_1, DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD)))
                .daily("pkg-1", "pa-17", "2026-05-04", 6, "09:00", "15:00")
                .check(RULE, 7);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(48 * 60, findings.get(0).limitMinutes());
        assertEquals((24 + 9) * 60, findings.get(0).measuredMinutes());
    }

    @Test
    void givenFortnightlyRestOf48Hours_thenOneRestInTheFourteenDaysIsEnough() {
        Scenario s = Scenario.from("2026-05-04")
                .pa("pa-1", b -> b.adultThroughout().weeklyRest(WeeklyRestBasis.ONE_48_HOURS_EACH_FORTNIGHT)
                        .employment(Scenario.employment(EMP_1, DomesticService.NOT_DOMESTIC_SERVICE)))
                .daily("pkg-1", "pa-1", "2026-05-04", 7, "07:00", "19:00")
                .daily("pkg-1", "pa-1", "2026-05-14", 4, "07:00", "19:00");
        // employment from Monday 1 January 2024: fortnights start on 4 May 2026 (week 124 of employment, even)
        assertEquals(List.of(), s.check(RULE, 14));
    }
}
