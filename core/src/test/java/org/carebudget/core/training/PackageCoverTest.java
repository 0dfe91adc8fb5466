package org.carebudget.core.training;

import static org.carebudget.core.training.Fixtures.ANNA;
import static org.carebudget.core.training.Fixtures.BEN;
import static org.carebudget.core.training.Fixtures.CARA;
import static org.carebudget.core.training.Fixtures.MOVING;
import static org.carebudget.core.training.Fixtures.SAM;
import static org.carebudget.core.training.Fixtures.TRACHY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cover per task per day, missing competencies and the training plan for a package. */
class PackageCoverTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final TaskRequirement TRACHEOSTOMY = Fixtures.task("tracheostomy care", 2, TRACHY);
    private static final TaskRequirement HOIST = Fixtures.task("hoist transfers", 1, MOVING);
    private static final PackageRequirements PACKAGE = PackageRequirements.of(CarePackageId.of("pkg-sam"), SAM,
            List.of(ANNA, BEN, CARA), List.of(TRACHEOSTOMY, HOIST));

    // Anna: trachy signed off 2026-05-10 for 6 months (lapses 2026-11-10); moving and handling until 2027-02-01.
    // Ben: trachy 2026-09-01 for 12 months; moving and handling lapsed 2026-10-01. Cara: nothing.
    private final TrainingRegister register = Fixtures.builder()
            .record(Fixtures.trachy(ANNA, SAM, LocalDate.of(2026, 5, 10), 6), AS_OF)
            .record(Fixtures.moving(ANNA, LocalDate.of(2026, 2, 1)), AS_OF)
            .record(Fixtures.trachy(BEN, SAM, LocalDate.of(2026, 9, 1), 12), AS_OF)
            .record(Fixtures.moving(BEN, LocalDate.of(2025, 10, 1)), AS_OF)
            .build();

    @Test
    void givenTeam_thenCoverCountsCompetentPasPerTaskPerDay() {
        CoverReport cover = register.cover(PACKAGE, AS_OF, 14);
        TaskCover trachy = cover.tasks().get(0);
        assertEquals(2, trachy.days().get(8).competentPas(), "2026-11-09: Anna and Ben");
        assertEquals(1, trachy.days().get(9).competentPas(), "2026-11-10: Anna has lapsed");
        assertEquals(LocalDate.of(2026, 11, 10), trachy.shortDays().get(0).date());
        assertEquals(5, trachy.shortDays().size());
        TaskCover hoist = cover.tasks().get(1);
        assertTrue(hoist.shortDays().isEmpty(), "Anna alone meets the minimum of 1");
        assertEquals(List.of(trachy), cover.shortTasks());
        assertFalse(cover.isCovered());
    }

    @Test
    void givenTeam_thenMissingListsWhatNoRecordExistsFor() {
        List<MissingCompetency> missing = register.missing(PACKAGE, AS_OF);
        assertEquals(List.of(MissingCompetency.of(CARA, MOVING, null), MissingCompetency.of(CARA, TRACHY, SAM)),
                missing);
    }

    @Test
    void givenTeam_thenPlanOrdersOverdueThenCoverAtRiskThenDue() {
        List<PlanItem> plan = register.trainingPlan(PACKAGE, AS_OF, 120);
        assertEquals(List.of("OVERDUE pa-ben moving-and-handling-people 2026-10-01",
                        "OVERDUE pa-cara moving-and-handling-people 2026-11-01",
                        "OVERDUE pa-cara tracheostomy-care 2026-11-01",
                        "COVER_AT_RISK pa-anna tracheostomy-care 2026-11-10",
                        "COVER_AT_RISK pa-anna moving-and-handling-people 2027-02-01"),
                plan.stream().map(i -> i.urgency() + " " + i.personalAssistant() + " " + i.competency() + " "
                        + i.bookBefore()).toList());
        assertEquals("lapses on 2026-11-10 (refresh due)", plan.get(3).message());
        assertEquals("lapsed on 2026-10-01 (refresh due)", plan.get(0).message());
        assertEquals(SAM, plan.get(2).person());
        assertNull(plan.get(0).person());
    }

    @Test
    void givenLapseWhileAnotherPaStillCovers_thenDueNotCoverAtRisk() {
        PackageRequirements hoistOnly = PackageRequirements.of(CarePackageId.of("pkg-sam"), SAM, List.of(ANNA, BEN),
                List.of(HOIST));
        TrainingRegister twoTrained = Fixtures.builder().record(Fixtures.moving(ANNA, LocalDate.of(2026, 2, 1)), AS_OF)
                .record(Fixtures.moving(BEN, LocalDate.of(2026, 10, 1)), AS_OF).build();
        List<PlanItem> plan = twoTrained.trainingPlan(hoistOnly, AS_OF, 120);
        assertEquals(1, plan.size());
        assertEquals(Urgency.DUE, plan.get(0).urgency());
        assertEquals(ANNA, plan.get(0).personalAssistant());
    }

    @Test
    void givenPlanItems_thenEachCarriesTheCatalogueSource() {
        List<PlanItem> plan = register.trainingPlan(PACKAGE, AS_OF, 120);
        plan.forEach(item -> assertEquals(CompetencyCatalogue.standard().require(item.competency()).source(),
                item.source()));
    }

    @Test
    void givenCaseloadWithPaInTwoPackages_thenOneItemPerPaAndCompetencyKeepingTheMostUrgent() {
        PackageRequirements tomsHoist = PackageRequirements.of(CarePackageId.of("pkg-tom"), Fixtures.TOM,
                List.of(ANNA, BEN), List.of(Fixtures.task("hoist transfers", 2, MOVING)));
        List<PlanItem> caseload = register.caseloadPlan(List.of(PACKAGE, tomsHoist), AS_OF, 120);
        List<PlanItem> annaMoving = caseload.stream()
                .filter(i -> i.personalAssistant().equals(ANNA) && i.competency().equals(MOVING)).toList();
        assertEquals(1, annaMoving.size());
        assertEquals(Urgency.COVER_AT_RISK, annaMoving.get(0).urgency());
        assertEquals(5, caseload.size(), "Tom's two items (Anna's and Ben's moving and handling) merge into Sam's five");
    }

    @Test
    void givenNewRisk_thenPlanSaysWhy() {
        TrainingRegister withRisk = Fixtures.builder().record(Fixtures.moving(ANNA, LocalDate.of(2026, 2, 1)), AS_OF)
                .newRisk(ANNA, MOVING, LocalDate.of(2026, 10, 20)).build();
        PackageRequirements hoistOnly = PackageRequirements.of(CarePackageId.of("pkg-sam"), SAM, List.of(ANNA),
                List.of(HOIST));
        PlanItem item = withRisk.trainingPlan(hoistOnly, AS_OF, 30).get(0);
        assertEquals(Urgency.OVERDUE, item.urgency());
        assertEquals("lapsed on 2026-10-20 (new risk identified since training)", item.message());
    }

    @Test
    void givenShortLookAhead_thenLaterLapsesAreNotInThePlan() {
        assertEquals(4, register.trainingPlan(PACKAGE, AS_OF, 30).size());
    }

    @Test
    void givenFullTeam_whenEveryoneCompetentAllPeriod_thenCoveredAndPlanEmpty() {
        TrainingRegister.Builder builder = Fixtures.builder();
        for (var pa : PACKAGE.team()) {
            builder.record(Fixtures.trachy(pa, SAM, AS_OF, 12), AS_OF).record(Fixtures.moving(pa, AS_OF), AS_OF);
        }
        TrainingRegister full = builder.build();
        assertTrue(full.cover(PACKAGE, AS_OF, 90).isCovered());
        assertEquals(List.of(), full.trainingPlan(PACKAGE, AS_OF, 90));
        assertEquals(List.of(), full.missing(PACKAGE, AS_OF));
    }

    @Test
    void givenLookAheadOutOfRange_thenRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> register.cover(PACKAGE, AS_OF, 0));
        assertEquals("Invalid value for days (valid values 1 - 366): 0", e.getMessage());
    }

    @Test
    void givenDuplicateTaskNames_thenPackageRejected() {
        assertThrows(InvalidValueException.class, () -> PackageRequirements.of(CarePackageId.of("p"), SAM,
                List.of(ANNA), List.of(HOIST, HOIST)));
    }
    @ParameterizedTest(name = "look-ahead of {0} days from 2026-11-01, lapse on 2026-11-10")
    @CsvSource({"8, false", "9, true", "10, true"})
    void givenALapseAtTheEdgeOfTheLookAhead_thenThePlanAndTheExpiryQueryAgree(int days, boolean listed) {
        // Anna's tracheostomy sign-off lapses on 2026-11-10: its last valid day, 11-09, is in a 9-day look-ahead
        // [11-01, 11-10) and not in an 8-day one.
        TrainingRegister anna = Fixtures.builder().record(Fixtures.trachy(ANNA, SAM, LocalDate.of(2026, 5, 10), 6),
                AS_OF).build();
        PackageRequirements trachyOnly = PackageRequirements.of(CarePackageId.of("pkg-sam"), SAM, List.of(ANNA),
                List.of(TRACHEOSTOMY));
        List<PlanItem> plan = anna.trainingPlan(trachyOnly, AS_OF, days);
        assertEquals(listed, !anna.expiringWithin(AS_OF, days).isEmpty());
        assertEquals(listed, !plan.isEmpty());
        if (listed) {
            PlanItem item = plan.get(0);
            assertEquals(LocalDate.of(2026, 11, 10), item.bookBefore(), "the first day without a valid record");
            assertEquals(item.bookBefore(), item.actBefore());
            assertEquals(CompetencyStatus.LAPSES_BEFORE_DATE, item.status());
            assertEquals(item.bookBefore(), item.expiry().lapsesOn());
        }
    }

    @Test
    void givenAPlanItem_thenItIsACitedFindingOfItsCatalogueEntry() {
        PlanItem item = register.trainingPlan(PACKAGE, AS_OF, 120).get(0);
        Competency entry = CompetencyCatalogue.standard().require(item.competency());
        assertEquals(entry.ruleId(), item.ruleId());
        assertEquals("training.moving-and-handling-people", item.ruleId());
        assertEquals(item.urgency(), item.severity());
        assertEquals(item.bookBefore(), item.actBefore());
        assertEquals(CompetencyStatus.EXPIRED, item.status());
        assertEquals(LocalDate.of(2026, 10, 1), item.expiry().lapsesOn());
        assertEquals(LapseCause.REFRESH_DUE, item.expiry().cause());
    }

    @Test
    void givenAMissingRecord_thenTheItemHasNoExpiryAndIsLateFromTheDayAsked() {
        PlanItem cara = register.trainingPlan(PACKAGE, AS_OF, 120).stream()
                .filter(i -> i.personalAssistant().equals(CARA)).findFirst().orElseThrow();
        assertEquals(CompetencyStatus.MISSING, cara.status());
        assertNull(cara.expiry());
        assertEquals(AS_OF, cara.bookBefore());
    }
}
