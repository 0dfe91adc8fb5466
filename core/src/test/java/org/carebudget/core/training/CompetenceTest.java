package org.carebudget.core.training;

import static org.carebudget.core.training.Fixtures.ANNA;
import static org.carebudget.core.training.Fixtures.BEN;
import static org.carebudget.core.training.Fixtures.CARE_CERTIFICATE;
import static org.carebudget.core.training.Fixtures.MOVING;
import static org.carebudget.core.training.Fixtures.SAM;
import static org.carebudget.core.training.Fixtures.TOM;
import static org.carebudget.core.training.Fixtures.TRACHY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Is PA X competent for task T for person P on date D. */
class CompetenceTest {

    private static final LocalDate DONE = LocalDate.of(2026, 1, 15);
    private static final TaskRequirement HOIST = Fixtures.task("hoist transfers", 1, MOVING);
    private static final TaskRequirement TRACHEOSTOMY = Fixtures.task("tracheostomy care", 1, TRACHY, MOVING);

    private static CompetencyStatus statusOn(TrainingRegister register, TaskRequirement task, LocalDate date) {
        return register.competence(ANNA, task, SAM, date).checks().get(0).status();
    }

    @ParameterizedTest
    @CsvSource({"2026-01-14, MISSING", "2026-01-15, VALID", "2027-01-14, VALID", "2027-01-15, EXPIRED",
            "2027-06-01, EXPIRED"})
    void givenTwelveMonthCompetency_thenValidFromCompletionThroughTheDayBeforeExpiry(LocalDate date,
            CompetencyStatus expected) {
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE).build();
        assertEquals(expected, statusOn(register, HOIST, date));
        assertEquals(expected == CompetencyStatus.VALID, register.competence(ANNA, HOIST, SAM, date).isCompetent());
    }

    @Test
    void givenValidTodayButLapsingBeforeShift_thenFindingIsLapsesBeforeDate() {
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE).build();
        TaskCompetence answer = register.competence(ANNA, HOIST, SAM, LocalDate.of(2027, 1, 20),
                LocalDate.of(2027, 1, 10));
        assertFalse(answer.isCompetent());
        CompetencyCheck finding = answer.findings().get(0);
        assertEquals(CompetencyStatus.LAPSES_BEFORE_DATE, finding.status());
        assertEquals(LocalDate.of(2027, 1, 15), finding.expiry().lapsesOn());
        assertEquals(LapseCause.REFRESH_DUE, finding.expiry().cause());
    }

    @Test
    void givenShiftBeforeLapse_whenAskedFromToday_thenValid() {
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE).build();
        assertTrue(register.competence(ANNA, HOIST, SAM, LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 1))
                .isCompetent());
    }

    @Test
    void givenDelegatedSignOffForSam_thenCompetentForSamOnlyNotForTom() {
        TrainingRegister register = Fixtures.builder()
                .record(Fixtures.moving(ANNA, DONE), DONE)
                .record(Fixtures.trachy(ANNA, SAM, DONE, 6), DONE).build();
        assertTrue(register.competence(ANNA, TRACHEOSTOMY, SAM, DONE.plusMonths(3)).isCompetent());
        TaskCompetence forTom = register.competence(ANNA, TRACHEOSTOMY, TOM, DONE.plusMonths(3));
        assertFalse(forTom.isCompetent());
        assertEquals(TRACHY, forTom.findings().get(0).competency());
        assertEquals(CompetencyStatus.MISSING, forTom.findings().get(0).status());
    }

    @ParameterizedTest
    @CsvSource({"2026-07-14, VALID", "2026-07-15, EXPIRED"})
    void givenClinicianSixMonthInterval_thenLapsesSixMonthsAfterSignOff(LocalDate date, CompetencyStatus expected) {
        TrainingRegister register = Fixtures.builder().record(Fixtures.trachy(ANNA, SAM, DONE, 6), DONE).build();
        assertEquals(expected, statusOn(register, Fixtures.task("trachy", 1, TRACHY), date));
    }

    @Test
    void givenSupportPlanChangeAfterSignOff_thenInvalidFromTheChangeDay() {
        LocalDate change = LocalDate.of(2026, 3, 1);
        TrainingRegister register = Fixtures.builder().record(Fixtures.trachy(ANNA, SAM, DONE, 12), DONE)
                .supportPlanChanged(SAM, TRACHY, change).build();
        TaskRequirement trachy = Fixtures.task("trachy", 1, TRACHY);
        assertEquals(CompetencyStatus.VALID, statusOn(register, trachy, change.minusDays(1)));
        CompetencyCheck onChange = register.competence(ANNA, trachy, SAM, change).checks().get(0);
        assertEquals(CompetencyStatus.EXPIRED, onChange.status());
        assertEquals(LapseCause.SUPPORT_PLAN_CHANGED, onChange.expiry().cause());
        assertEquals(change, onChange.expiry().lapsesOn());
    }

    @Test
    void givenSupportPlanChangeOnSignOffDayOrBefore_thenSignOffStands() {
        TrainingRegister register = Fixtures.builder().record(Fixtures.trachy(ANNA, SAM, DONE, 12), DONE)
                .supportPlanChanged(SAM, TRACHY, DONE).supportPlanChanged(SAM, TRACHY, DONE.minusDays(10)).build();
        assertEquals(CompetencyStatus.VALID, statusOn(register, Fixtures.task("trachy", 1, TRACHY), DONE.plusMonths(6)));
    }

    @Test
    void givenSupportPlanChangeForAnotherPerson_thenSignOffStands() {
        TrainingRegister register = Fixtures.builder().record(Fixtures.trachy(ANNA, SAM, DONE, 12), DONE)
                .supportPlanChanged(TOM, TRACHY, DONE.plusDays(5)).build();
        assertEquals(CompetencyStatus.VALID, statusOn(register, Fixtures.task("trachy", 1, TRACHY), DONE.plusMonths(6)));
    }

    @Test
    void givenReassessmentAfterPlanChange_thenCompetentAgainFromTheReassessment() {
        LocalDate change = LocalDate.of(2026, 3, 1);
        LocalDate again = LocalDate.of(2026, 3, 10);
        TrainingRegister register = Fixtures.builder().record(Fixtures.trachy(ANNA, SAM, DONE, 12), DONE)
                .supportPlanChanged(SAM, TRACHY, change).record(Fixtures.trachy(ANNA, SAM, again, 6), again).build();
        TaskRequirement trachy = Fixtures.task("trachy", 1, TRACHY);
        assertEquals(CompetencyStatus.EXPIRED, statusOn(register, trachy, again.minusDays(1)));
        assertEquals(CompetencyStatus.VALID, statusOn(register, trachy, again));
    }

    @Test
    void givenNewerRecord_thenItSupersedesFromItsCompletionDate() {
        LocalDate renewed = LocalDate.of(2027, 1, 10);
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE)
                .record(Fixtures.moving(ANNA, renewed), renewed).build();
        CompetencyCheck check = register.competence(ANNA, HOIST, SAM, LocalDate.of(2027, 6, 1)).checks().get(0);
        assertEquals(CompetencyStatus.VALID, check.status());
        assertEquals(renewed, check.expiry().record().completedOn());
        assertEquals(DONE, register.competence(ANNA, HOIST, SAM, renewed.minusDays(1)).checks().get(0).expiry()
                .record().completedOn());
    }

    @Test
    void givenReassessmentWithShorterInterval_thenTheClinicianLatestIntervalGoverns() {
        LocalDate reassessed = DONE.plusMonths(2);
        TrainingRegister register = Fixtures.builder().record(Fixtures.trachy(ANNA, SAM, DONE, 12), DONE)
                .record(Fixtures.trachy(ANNA, SAM, reassessed, 3), reassessed).build();
        TaskRequirement trachy = Fixtures.task("trachy", 1, TRACHY);
        assertEquals(CompetencyStatus.EXPIRED, statusOn(register, trachy, reassessed.plusMonths(3)));
    }

    @ParameterizedTest
    @CsvSource({"2026-04-14, VALID", "2026-04-15, EXPIRED", "2026-04-20, VALID"})
    void givenNewRiskAfterTraining_thenLapsesOnThatDayUntilRetrained(LocalDate date, CompetencyStatus expected) {
        LocalDate risk = LocalDate.of(2026, 4, 15);
        LocalDate retrained = LocalDate.of(2026, 4, 20);
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE)
                .newRisk(ANNA, MOVING, risk).newRisk(BEN, MOVING, LocalDate.of(2026, 2, 1))
                .record(Fixtures.moving(ANNA, retrained), retrained).build();
        CompetencyCheck check = register.competence(ANNA, HOIST, SAM, date).checks().get(0);
        assertEquals(expected, check.status());
        if (expected == CompetencyStatus.EXPIRED) {
            assertEquals(LapseCause.NEW_RISK, check.expiry().cause());
            assertEquals(risk, check.expiry().lapsesOn());
        }
    }

    @Test
    void givenNewRiskForOnceOnlyCompetency_thenRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Fixtures.builder().newRisk(ANNA, CARE_CERTIFICATE, DONE));
        assertEquals("Invalid value for competency (valid values a competency with a fixed refresh period): "
                + "care-certificate", e.getMessage());
    }

    @Test
    void givenCareCertificate_thenNeverLapses() {
        TrainingRecord record = TrainingRecord.completed(ANNA, CARE_CERTIFICATE, DONE, "Induction", "cc-1");
        TrainingRegister register = Fixtures.builder().record(record, DONE).build();
        CompetencyCheck check = register.competence(ANNA, Fixtures.task("induction", 1, CARE_CERTIFICATE), SAM,
                LocalDate.of(2060, 1, 1)).checks().get(0);
        assertEquals(CompetencyStatus.VALID, check.status());
        assertNull(check.expiry().lapsesOn());
    }

    @Test
    void givenUnknownPa_thenMissingNotAnError() {
        TrainingRegister register = Fixtures.builder().build();
        assertEquals(CompetencyStatus.MISSING, register.competence(BEN, HOIST, SAM, DONE).checks().get(0).status());
    }

    @Test
    void givenTaskWithCompetencyOutsideCatalogue_thenRejected() {
        TrainingRegister register = Fixtures.builder().build();
        TaskRequirement juggling = Fixtures.task("juggling", 1, CompetencyCode.of("juggling"));
        assertThrows(InvalidValueException.class, () -> register.competence(ANNA, juggling, SAM, DONE));
    }
}
