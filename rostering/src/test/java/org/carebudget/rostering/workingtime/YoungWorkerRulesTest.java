package org.carebudget.rostering.workingtime;

import static org.carebudget.rostering.Scenario.EMP_1;
import static org.carebudget.rostering.Scenario.EMP_2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.id.EmployerId;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.Scenario;
import org.junit.jupiter.api.Test;

/** Regulations 5A and 6A alone, for a 17-year-old (born 1 June 2009): 8 hours a day, 40 a week, no night work. */
class YoungWorkerRulesTest {

    private static final LocalDate BORN = LocalDate.of(2009, 6, 1);

    private static Scenario seventeen(DomesticService first, DomesticService second) {
        return Scenario.from("2026-05-04")
                .pa("pa-17", b -> b.dateOfBirth(BORN).employment(Scenario.employment(EMP_1, first))
                        .employment(Scenario.employment(EMP_2, second)))
                .carePackage("pkg-1", EMP_1, "pa-17").carePackage("pkg-2", EMP_2, "pa-17");
    }

    @Test
    void givenNineHoursInADay_thenTheDailyLimitFiresAnHourOver() {
        List<WorkingTimeFinding> findings = seventeen(DomesticService.NOT_DOMESTIC_SERVICE,
                DomesticService.NOT_DOMESTIC_SERVICE)
                .shift("pkg-1", "pa-17", "2026-05-05T08:00", "2026-05-05T17:00")
                .check(new YoungDailyLimitRule(), 21);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(YoungDailyLimitRule.ID, findings.get(0).ruleId());
        assertEquals(9 * 60, findings.get(0).measuredMinutes());
        assertEquals(60, findings.get(0).differenceMinutes());
        assertEquals(List.of(EMP_1), findings.get(0).employers());
    }

    @Test
    void givenTwoEmployersOnOneDay_thenTheirHoursAddUpAndOnlyEmployersWithTheDutyAreNamed() {
        Scenario both = seventeen(DomesticService.NOT_DOMESTIC_SERVICE, DomesticService.NOT_DOMESTIC_SERVICE)
                .shift("pkg-1", "pa-17", "2026-05-05T08:00", "2026-05-05T13:00")
                .shift("pkg-2", "pa-17", "2026-05-05T14:00", "2026-05-05T18:00");
        List<WorkingTimeFinding> findings = both.check(new YoungDailyLimitRule(), 21);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(List.of(EMP_1, EMP_2), findings.get(0).employers());

        Scenario oneDomestic = seventeen(DomesticService.NOT_DOMESTIC_SERVICE,
                DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD)
                .shift("pkg-1", "pa-17", "2026-05-05T08:00", "2026-05-05T13:00")
                .shift("pkg-2", "pa-17", "2026-05-05T14:00", "2026-05-05T18:00");
        assertEquals(List.of(EMP_1), oneDomestic.check(new YoungDailyLimitRule(), 21).get(0).employers());
    }

    @Test
    void givenADomesticServantForEveryEmployer_thenTheYoungWorkerHourLimitsDoNotApply() {
        Scenario s = seventeen(DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD,
                DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD)
                .shift("pkg-1", "pa-17", "2026-05-05T08:00", "2026-05-05T18:00")
                .shift("pkg-2", "pa-17", "2026-05-06T18:00", "2026-05-06T23:00");

        assertEquals(List.of(), s.check(new YoungDailyLimitRule(), 21));
        assertEquals(List.of(), s.check(new YoungNightWorkRule(), 21));
        // but rest breaks still apply (reg. 19 leaves reg. 12 in place): 30 minutes in each of the two days
        assertEquals(2, s.check(new RestBreakRule(), 21).size());
    }

    @Test
    void givenFortyTwoHoursInAWeekWithDeclaredHours_thenTheWeeklyLimitFiresTwoHoursOver() {
        Scenario s = seventeen(DomesticService.NOT_DOMESTIC_SERVICE, DomesticService.NOT_DOMESTIC_SERVICE)
                .declared("pa-17", EmployerId.of("shop"), 120, "2026-01-01");
        for (int d = 4; d <= 8; d++) {
            s.shift("pkg-1", "pa-17", "2026-05-0" + d + "T09:00", "2026-05-0" + d + "T17:00");
        }
        List<WorkingTimeFinding> findings = s.check(new YoungWeeklyLimitRule(), 7);

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(42 * 60, findings.get(0).measuredMinutes());
        assertEquals(120, findings.get(0).differenceMinutes());
        assertEquals(Scenario.instant("2026-05-04T00:00"), findings.get(0).window().start());
    }

    @Test
    void givenWorkUntilHalfPastTen_thenTheRestrictedPeriodFiresUnlessTheContractMovesIt() {
        List<WorkingTimeFinding> findings = seventeen(DomesticService.NOT_DOMESTIC_SERVICE,
                DomesticService.NOT_DOMESTIC_SERVICE)
                .shift("pkg-1", "pa-17", "2026-05-05T17:00", "2026-05-05T22:30")
                .check(new YoungNightWorkRule(), 21);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(30, findings.get(0).measuredMinutes());

        assertEquals(List.of(), Scenario.from("2026-05-04")
                .pa("pa-17", b -> b.dateOfBirth(BORN).youngWorkerContractAfter10pm()
                        .employment(Scenario.employment(EMP_1, DomesticService.NOT_DOMESTIC_SERVICE)))
                .shift("pkg-1", "pa-17", "2026-05-05T17:00", "2026-05-05T22:30")
                .check(new YoungNightWorkRule(), 21));
    }

    @Test
    void givenTheEighteenthBirthday_thenTheAdultLimitsApplyFromThatDay() {
        Scenario s = Scenario.from("2026-05-04")
                .pa("pa-17", b -> b.dateOfBirth(LocalDate.of(2008, 5, 6))
                        .employment(Scenario.employment(EMP_1, DomesticService.NOT_DOMESTIC_SERVICE)))
                .shift("pkg-1", "pa-17", "2026-05-05T08:00", "2026-05-05T17:00")
                .shift("pkg-1", "pa-17", "2026-05-06T08:00", "2026-05-06T17:00");

        List<WorkingTimeFinding> findings = s.check(new YoungDailyLimitRule(), 21);
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(Scenario.instant("2026-05-05T00:00"), findings.get(0).window().start());
    }
}
