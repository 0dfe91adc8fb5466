package org.carebudget.rostering.workingtime;

import static org.carebudget.rostering.Scenario.EMP_1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.NightWorkerStatus;
import org.carebudget.rostering.Scenario;
import org.junit.jupiter.api.Test;

/** Regulation 6 alone: a night worker averages at most 8 hours per 24 over 17 weeks. */
class NightLimitRuleTest {

    private static final NightLimitRule RULE = new NightLimitRule();

    private static Scenario nights(NightWorkerStatus status, DomesticService service, String start, String end) {
        return Scenario.from("2026-11-02")
                .pa("pa-1", b -> b.adultThroughout().employment(Scenario.employment(EMP_1, service))
                        .nightWorker(status))
                .workedDaily("pa-1", "2026-07-06", 119, start, end)
                .shift("pkg-1", "pa-1", "2026-11-02T" + start, "2026-11-03T" + end);
    }

    @Test
    void givenAWorkerOfSevenHourNightsEveryNight_thenFiresForTheEmployer() {
        // seven nights of 7 hours a week: 833 hours in 17 weeks against 8 x 102 = 816 (the October night is 8)
        List<WorkingTimeFinding> findings = nights(NightWorkerStatus.FROM_HOURS, DomesticService.NOT_DOMESTIC_SERVICE,
                "23:00", "06:00").check(RULE, 21);

        assertEquals(1, findings.size(), findings::toString);
        WorkingTimeFinding f = findings.get(0);
        assertEquals(NightLimitRule.ID, f.ruleId());
        assertEquals(119, f.referenceDays());
        assertEquals(8 * 60 * 102, f.limitMinutes());
        assertEquals(List.of(EMP_1), f.employers());
        assertEquals(f.measuredMinutes() - f.limitMinutes(), f.differenceMinutes());
    }

    @Test
    void givenTheSameHoursByDay_thenNotANightWorkerAndNothing() {
        assertEquals(List.of(), Scenario.from("2026-11-02").pa("pa-1")
                .workedDaily("pa-1", "2026-07-06", 119, "08:00", "15:00")
                .shift("pkg-1", "pa-1", "2026-11-02T08:00", "2026-11-02T15:00")
                .check(RULE, 21));
    }

    @Test
    void givenDeclaredNotANightWorker_thenNothing() {
        assertEquals(List.of(), nights(NightWorkerStatus.NOT_NIGHT_WORKER, DomesticService.NOT_DOMESTIC_SERVICE,
                "23:00", "06:00").check(RULE, 21));
    }

    @Test
    void givenADomesticServant_thenRegulationNineteenTakesTheNightLimitAway() {
        assertEquals(List.of(), nights(NightWorkerStatus.NIGHT_WORKER,
                DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD, "23:00", "06:00").check(RULE, 21));
    }
}
