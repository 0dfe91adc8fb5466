package org.carebudget.core.training;

import static org.carebudget.core.training.Fixtures.ANNA;
import static org.carebudget.core.training.Fixtures.NURSE;
import static org.carebudget.core.training.Fixtures.SAM;
import static org.carebudget.core.training.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.testing.ApiWalk;
import org.junit.jupiter.api.Test;

/**
 * The training packages' public API walked with hostile arguments (nulls, dates outside the supported range, the
 * extremes of {@code java.time}, 100,000-character text, collections holding null or refusing {@code contains(null)}):
 * only {@link InvalidValueException} may come out, with a short message. The nested builders are not walked by
 * {@link ApiWalk} (it skips nested classes); {@code TrainingHostileInputTest} covers them.
 */
class TrainingApiWalkTest {

    @Test
    void givenHostileArguments_thenOnlyTheModuleExceptionEscapes() {
        TrainingRegister register = Fixtures.builder()
                .record(Fixtures.moving(ANNA, LocalDate.of(2026, 1, 15)), TODAY)
                .record(Fixtures.trachy(ANNA, SAM, LocalDate.of(2026, 5, 1), 6), TODAY)
                .build();
        TaskRequirement task = Fixtures.task("hoist transfers", 1, Fixtures.MOVING);
        PackageRequirements requirements = PackageRequirements.of(CarePackageId.of("pkg-1"), SAM, List.of(ANNA),
                List.of(task));
        Expiry expiry = register.currentRecords(ANNA).get(0);
        Source source = Source.of("a source", Status.CONFIRMED);
        ApiWalk.Result result = ApiWalk.of(InvalidValueException.class, TrainingRegister.class,
                        "org.carebudget.core.training", "org.carebudget.core.training.jackson")
                .sample(CompetencyCode.class, Fixtures.MOVING)
                .sample(RefreshPeriod.class, RefreshPeriod.everyMonths(12))
                .sample(Source.class, source)
                .sample(TrainingBasis.class, TrainingBasis.of(source, Obligation.LAW))
                .sample(Competency.class, CompetencyCatalogue.standard().require(Fixtures.MOVING))
                .sample(CompetencyCatalogue.class, CompetencyCatalogue.standard())
                .sample(TrainingRecord.class, Fixtures.moving(ANNA, LocalDate.of(2026, 1, 15)))
                .sample(Assessor.class, NURSE)
                .sample(ProfessionalRegistration.class, Fixtures.NMC)
                .sample(Delegation.class, Delegation.of(SAM, 6))
                .sample(PersonId.class, SAM)
                .sample(PersonalAssistantId.class, ANNA)
                .sample(CarePackageId.class, CarePackageId.of("pkg-1"))
                .sample(EmployerId.class, EmployerId.of("emp-1"))
                .sample(FunderId.class, FunderId.of("icb-1"))
                .sample(TaskRequirement.class, task)
                .sample(PackageRequirements.class, requirements)
                .sample(Expiry.class, expiry)
                .sample(CompetencyCheck.class, CompetencyCheck.of(Fixtures.MOVING, CompetencyStatus.VALID, expiry))
                .sample(TaskCompetence.class, register.competence(ANNA, task, SAM, TODAY))
                .sample(CoverReport.class, register.cover(requirements, TODAY, 3))
                .sample(TaskCover.class, register.cover(requirements, TODAY, 3).tasks().get(0))
                .sample(DayCover.class, DayCover.of(TODAY, 1))
                .sample(PlanItem.class, register.trainingPlan(requirements, TODAY, 90).get(0))
                .sample(MissingCompetency.class, MissingCompetency.of(ANNA, Fixtures.MOVING, null))
                .sample(OverrideScope.class, OverrideScope.funder(FunderId.of("icb-1")))
                .sample(RefreshOverride.class, RefreshOverride.of(OverrideScope.funder(FunderId.of("icb-1")),
                        Fixtures.MOVING, RefreshPeriod.everyMonths(6), source))
                .sample(Supervision.class, Supervision.of(ANNA, 4, TODAY))
                .sample(SupervisionSchedule.class, SupervisionSchedule.of(List.of(Supervision.of(ANNA, 4, TODAY))))
                .sample(CompetentPeriod.class, register.competentUntil(ANNA, task, SAM, TODAY))
                .instance(TrainingRegister.class, () -> register, TrainingRegister::size)
                .skip("org.carebudget.core.jackson.CareBudgetModule.setupModule(",
                        "Jackson's own call, made by ObjectMapper.registerModule; walked with the kernel")
                .run();

        assertTrue(result.calls() > 1000, result::toString);
        assertEquals(List.of(), result.violations(), result::toString);
        assertEquals(List.of(), result.unwalked(), result::toString);
    }
}
