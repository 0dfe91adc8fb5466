package org.carebudget.core.training;

import static org.carebudget.core.training.Fixtures.ANNA;
import static org.carebudget.core.training.Fixtures.SAM;
import static org.carebudget.core.training.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.CarePackageId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 10 item 12: every catalogue entry says, as data, which basis applies for each kind of employer: law for a
 * registered provider (a third-party service), funder condition and good practice for a person employing a PA
 * directly, with the health and safety regulations that do not bind a private household named as such.
 */
class TrainingBasisTest {

    private static final CompetencyCatalogue STANDARD = CompetencyCatalogue.standard();
    private static final Set<EmployerKind> PRIVATE = Set.of(EmployerKind.BUDGET_HOLDER, EmployerKind.NOMINATED_PERSON);

    @ParameterizedTest
    @EnumSource(EmployerKind.class)
    void givenEveryStandardEntry_thenItHasABasisForTheEmployerKindWithACitation(EmployerKind kind) {
        for (Competency entry : STANDARD.competencies()) {
            TrainingBasis basis = entry.basis(kind);
            assertFalse(basis.obligations().isEmpty(), entry.code() + " " + kind);
            assertFalse(basis.source().citation().isBlank(), entry.code() + " " + kind);
        }
    }

    @Test
    void givenARegisteredProvider_thenEveryStandardEntryIsLawUnderTheRegulatedActivitiesRegulations() {
        for (Competency entry : STANDARD.competencies()) {
            TrainingBasis basis = entry.basis(EmployerKind.THIRD_PARTY_SERVICE);
            assertTrue(basis.isLaw(), entry.code().value());
            assertTrue(basis.source().citation().contains("reg. 18(2)(a)"), basis.source().citation());
        }
    }

    @ParameterizedTest
    @EnumSource(value = EmployerKind.class, names = {"BUDGET_HOLDER", "NOMINATED_PERSON"})
    void givenAPrivateEmployer_thenNoStandardEntryIsLawButEachIsAFunderConditionAndGoodPractice(EmployerKind kind) {
        for (Competency entry : STANDARD.competencies()) {
            TrainingBasis basis = entry.basis(kind);
            assertFalse(basis.isLaw(), entry.code() + ": " + basis);
            assertTrue(basis.obligations().containsAll(Set.of(Obligation.FUNDER_CONDITION, Obligation.GOOD_PRACTICE)),
                    entry.code() + ": " + basis);
            assertTrue(basis.source().citation().contains("Sch. 1 para. 1(3)(c)"), basis.source().citation());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "moving-and-handling-people | The Manual Handling Operations Regulations 1992 does not apply to a domestic "
                + "servant in a private household (HSWA 1974 s.51)",
        "basic-life-support | not the person cared for, and do not apply to a domestic servant in a private household "
                + "(HSWA 1974 s.51)",
        "fire-safety | does not apply to domestic premises (art. 6(1)(a))",
        "infection-prevention-level-1 | infection code of practice applies to registered providers",
        "health-and-safety | HSWA 1974 s.2(2)(c) does not apply to a domestic servant in a private household"})
    void givenAPrivateEmployer_thenTheRegulationsThatDoNotBindThemAreCitedAsNotBinding(String code, String text) {
        String citation = STANDARD.require(CompetencyCode.of(code)).basis(EmployerKind.BUDGET_HOLDER).source()
                .citation();
        assertTrue(citation.contains(text), citation);
    }

    @Test
    void givenHealthAndSafetyLawThatReachesWorkBeyondDomesticService_thenThatIsItsOwnObligation() {
        List<CompetencyCode> caseByCase = new ArrayList<>();
        for (Competency entry : STANDARD.competencies()) {
            if (entry.basis(EmployerKind.BUDGET_HOLDER).obligations().contains(Obligation.LAW_UNLESS_DOMESTIC_SERVANT)) {
                caseByCase.add(entry.code());
            }
        }
        assertEquals(List.of(CompetencyCode.CATHETER_CARE, CompetencyCode.EPILEPSY_RESCUE_MEDICATION,
                CompetencyCode.HEALTH_AND_SAFETY, CompetencyCode.MOVING_AND_HANDLING_PEOPLE, CompetencyCode.PEG_FEEDING,
                CompetencyCode.SUCTION, CompetencyCode.TRACHEOSTOMY_CARE, CompetencyCode.VENTILATION), caseByCase);
    }

    @Test
    void givenTheProvidersLaw_thenManualHandlingAndFirstAidAreCitedAsTheEmployersDuties() {
        assertTrue(STANDARD.require(CompetencyCode.MOVING_AND_HANDLING_PEOPLE).basis(EmployerKind.THIRD_PARTY_SERVICE)
                .source().citation().contains("Manual Handling Operations Regulations 1992 reg. 4"));
        assertTrue(STANDARD.require(CompetencyCode.BASIC_LIFE_SUPPORT).basis(EmployerKind.THIRD_PARTY_SERVICE)
                .source().citation().contains("(First-Aid) Regulations 1981 reg. 3"));
        assertEquals(Status.CONFIRMED, STANDARD.require(CompetencyCode.MOVING_AND_HANDLING_PEOPLE)
                .basis(EmployerKind.THIRD_PARTY_SERVICE).source().status());
    }

    @Test
    void givenEveryCompetencyCodeConstant_thenTheStandardCatalogueHasExactlyThoseEntries() throws Exception {
        List<CompetencyCode> constants = new ArrayList<>();
        for (Field field : CompetencyCode.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == CompetencyCode.class) {
                constants.add((CompetencyCode) field.get(null));
            }
        }
        constants.sort(null);
        assertEquals(constants, STANDARD.codes());
        assertEquals(17, constants.size());
    }

    @Test
    void givenAPackageWithItsEmployerKind_thenEachPlanItemCitesThatKindsBasis() {
        TrainingRegister register = Fixtures.builder().build();
        TaskRequirement hoist = Fixtures.task("hoist transfers", 1, CompetencyCode.MOVING_AND_HANDLING_PEOPLE);
        PackageRequirements unnamed = PackageRequirements.of(CarePackageId.of("pkg-sam"), SAM, List.of(ANNA),
                List.of(hoist));
        Competency entry = STANDARD.require(CompetencyCode.MOVING_AND_HANDLING_PEOPLE);

        for (EmployerKind kind : EmployerKind.values()) {
            PlanItem item = register.trainingPlan(unnamed.withEmployerKind(kind), TODAY, 30).get(0);
            assertEquals(entry.basis(kind), item.basis());
            assertEquals(entry.basis(kind).source(), item.source());
        }
        PlanItem withoutKind = register.trainingPlan(unnamed, TODAY, 30).get(0);
        assertNull(withoutKind.basis());
        assertEquals(entry.source(), withoutKind.source());
    }

    @Test
    void givenATrustEmployingAsIndividuals_thenTheEntryTakesThePrivateBasisByOverride() {
        Competency entry = STANDARD.require(CompetencyCode.MEDICATION);
        TrainingBasis privately = entry.basis(EmployerKind.BUDGET_HOLDER);
        Competency forTrust = entry.withBasis(EmployerKind.THIRD_PARTY_SERVICE, privately);

        assertEquals(privately, forTrust.basis(EmployerKind.THIRD_PARTY_SERVICE));
        assertSame(forTrust, forTrust.withBasis(EmployerKind.THIRD_PARTY_SERVICE, privately));
        assertTrue(entry.basis(EmployerKind.THIRD_PARTY_SERVICE).isLaw(), "the standard entry is unchanged");
        assertEquals(forTrust, STANDARD.with(forTrust).require(CompetencyCode.MEDICATION));
    }

    @Test
    void givenAVendorsOwnCompetency_thenOneBasisForEveryEmployerIsEnough() {
        Source policy = Source.of("ICB North PHB agreement, schedule 3", Status.CONFIRMED);
        Competency gym = Competency.builder(CompetencyCode.of("gym-supervision"), "Gym supervision")
                .refresh(RefreshPeriod.everyMonths(24), policy)
                .basisForEveryEmployer(TrainingBasis.of(policy, Obligation.FUNDER_CONDITION))
                .build();
        for (EmployerKind kind : EmployerKind.values()) {
            assertEquals(Set.of(Obligation.FUNDER_CONDITION), gym.basis(kind).obligations());
        }
        assertEquals("training.gym-supervision", gym.ruleId());
    }
}
