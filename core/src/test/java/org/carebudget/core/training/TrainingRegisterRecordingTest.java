package org.carebudget.core.training;

import static org.carebudget.core.training.Fixtures.ANNA;
import static org.carebudget.core.training.Fixtures.EPILEPSY;
import static org.carebudget.core.training.Fixtures.MEDICATION;
import static org.carebudget.core.training.Fixtures.MOVING;
import static org.carebudget.core.training.Fixtures.NURSE;
import static org.carebudget.core.training.Fixtures.SAM;
import static org.carebudget.core.training.Fixtures.TODAY;
import static org.carebudget.core.training.Fixtures.TRACHY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Bad input to the register's builder: a specific error naming field, range and value, and nothing recorded. */
class TrainingRegisterRecordingTest {

    private final TrainingRegister.Builder builder = Fixtures.builder().record(Fixtures.moving(ANNA, TODAY), TODAY);

    private InvalidValueException rejected(TrainingRecord record) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> builder.record(record, TODAY));
        assertEquals(1, builder.build().size(), "nothing recorded");
        return e;
    }

    @Test
    void givenCompletionAfterRecordedOn_thenRejected() {
        InvalidValueException e = rejected(Fixtures.moving(ANNA, TODAY.plusDays(1)));
        assertEquals("Invalid value for completedOn (valid values on or before recordedOn 2026-11-23): 2026-11-24",
                e.getMessage());
    }

    @Test
    void givenCompletionOnRecordedOn_thenAccepted() {
        builder.record(Fixtures.moving(ANNA, TODAY), TODAY);
        assertEquals(2, builder.build().size());
    }

    @Test
    void givenClinicalAssessorWithoutRegistration_thenRejected() {
        TrainingRecord record = TrainingRecord.delegated(ANNA, TRACHY, TODAY, "Respiratory team", "doc-1",
                Assessor.unregistered("Team leader K. Shah"), Delegation.of(SAM, 6));
        InvalidValueException e = rejected(record);
        assertEquals("Invalid value for assessor.registration (valid values a registered professional (NMC, HCPC or "
                + "GMC) signing off delegated clinical task tracheostomy-care): no registration", e.getMessage());
    }

    @Test
    void givenDelegatedTaskWithoutDelegation_thenRejected() {
        TrainingRecord record = TrainingRecord.of(ANNA, TRACHY, TODAY, "Respiratory team", "doc-1", NURSE, null);
        assertEquals("delegation", rejected(record).field());
    }

    @Test
    void givenDelegationForOrdinaryCompetency_thenRejected() {
        TrainingRecord record = TrainingRecord.of(ANNA, MOVING, TODAY, "Moving Ltd", "doc-1", NURSE,
                Delegation.of(SAM, 12));
        assertEquals("delegation", rejected(record).field());
    }

    @Test
    void givenMedicationWithoutAssessor_thenRejected() {
        InvalidValueException e = rejected(TrainingRecord.completed(ANNA, MEDICATION, TODAY, "Pharmacy", "doc-1"));
        assertEquals("Invalid value for assessor (valid values a competent assessor for medication): null",
                e.getMessage());
    }

    @Test
    void givenEpilepsyIntervalAboveCatalogueCap_thenRejected() {
        TrainingRecord record = TrainingRecord.delegated(ANNA, EPILEPSY, TODAY, "Epilepsy nurse", "doc-1", NURSE,
                Delegation.of(SAM, 25));
        assertEquals("Invalid value for reassessEveryMonths (valid values 1 - 24): 25", rejected(record).getMessage());
    }

    @Test
    void givenZeroReassessmentInterval_thenRejectedAtConstruction() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Delegation.of(SAM, 0));
        assertEquals("Invalid value for reassessEveryMonths (valid values 1 - 120): 0", e.getMessage());
    }

    @Test
    void givenUnknownCompetency_thenRejected() {
        assertEquals("competency", rejected(TrainingRecord.completed(ANNA, CompetencyCode.of("juggling"), TODAY,
                "Circus", "doc-1")).field());
    }

    @Test
    void givenBatchWithOneBadRecord_thenNothingFromTheBatchIsRecorded() {
        List<TrainingRecord> batch = List.of(Fixtures.moving(ANNA, TODAY.minusDays(3)),
                Fixtures.moving(ANNA, TODAY.plusDays(3)));
        assertThrows(InvalidValueException.class, () -> builder.recordAll(batch, TODAY));
        assertEquals(1, builder.build().size());
    }

    @Test
    void givenBlankEvidence_thenRejectedAtConstruction() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> TrainingRecord.completed(ANNA, MOVING, TODAY, "Moving Ltd", " "));
        assertEquals("Invalid value for evidenceReference (valid values non-blank text of 1 - 200 characters): \" \"",
                e.getMessage());
    }

    @Test
    void givenPlanChangeForOrdinaryCompetency_thenRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> builder.supportPlanChanged(SAM, MOVING, TODAY));
        assertEquals("Invalid value for task (valid values a delegated clinical task): moving-and-handling-people",
                e.getMessage());
    }

    @Test
    void givenDateOutsideSupportedYears_thenRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> builder.record(Fixtures.moving(ANNA, LocalDate.of(1850, 1, 1)), TODAY));
        assertEquals("Invalid value for completedOn (valid values 1900-01-01 - 2200-12-31): 1850-01-01",
                e.getMessage());
    }
}
