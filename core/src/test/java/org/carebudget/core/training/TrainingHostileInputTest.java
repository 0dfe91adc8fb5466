package org.carebudget.core.training;

import static org.carebudget.core.training.Fixtures.ANNA;
import static org.carebudget.core.training.Fixtures.MOVING;
import static org.carebudget.core.training.Fixtures.SAM;
import static org.carebudget.core.training.Fixtures.TODAY;
import static org.carebudget.core.training.Fixtures.TRACHY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.PersonalAssistantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9 for the training package: extreme dates and nulls refused with the module's exception (item 5), text
 * measured before it is parsed and never echoed whole (items 1 and 8), and the nested builders, which
 * {@code ApiWalk} does not reach, refusing bad input without recording any of it.
 */
class TrainingHostileInputTest {

    private static final String LONG = "x".repeat(100_000);

    private static InvalidValueException refused(Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call);
        assertTrue(e.getMessage().length() < 1000, e.getMessage());
        return e;
    }

    static Stream<LocalDate> unsupportedDates() {
        return Stream.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1899, 12, 31), LocalDate.of(2201, 1, 1));
    }

    @ParameterizedTest
    @MethodSource("unsupportedDates")
    void givenAnUnsupportedCompletionDate_whenExpiryAfter_thenRefusedNamingTheRange(LocalDate date) {
        InvalidValueException e = refused(() -> RefreshPeriod.everyMonths(12).expiryAfter(date));
        assertEquals("completedOn", e.field());
        assertEquals("1900-01-01 - 2200-12-31", e.validValues());
    }

    @Test
    void givenNoCompletionDate_whenExpiryAfter_thenRefusedNotANullPointer() {
        assertEquals("completedOn", refused(() -> RefreshPeriod.everyMonths(12).expiryAfter(null)).field());
    }

    @Test
    void givenTheLastSupportedDate_whenExpiryAfterTenYears_thenADateBeyondItNotAnException() {
        assertEquals(LocalDate.of(2210, 12, 31),
                RefreshPeriod.everyMonths(120).expiryAfter(LocalDate.of(2200, 12, 31)).orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("unsupportedDates")
    void givenAnUnsupportedLastSupervision_thenRefusedAtConstruction(LocalDate date) {
        assertEquals("lastSupervisedOn", refused(() -> Supervision.of(ANNA, 52, date)).field());
    }

    @Test
    void givenTheLastSupportedDate_whenSupervisedYearly_thenDueBeforeIsComputed() {
        assertEquals(LocalDate.of(2201, 12, 31), Supervision.of(ANNA, 52, LocalDate.of(2200, 12, 31)).dueBefore());
    }

    @ParameterizedTest
    @MethodSource("unsupportedDates")
    void givenAnUnsupportedCompletionDate_thenTheRecordIsRefused(LocalDate date) {
        assertEquals("completedOn", refused(() -> Fixtures.moving(ANNA, date)).field());
    }

    @Test
    void givenAPlanEndingAfterTheSupportedDates_thenRefused() {
        TrainingRegister register = Fixtures.builder().build();
        PackageRequirements requirements = PackageRequirements.of(org.carebudget.core.id.CarePackageId.of("p"), SAM,
                List.of(ANNA), List.of(Fixtures.task("hoist", 1, MOVING)));
        assertEquals("days", refused(() -> register.trainingPlan(requirements, LocalDate.of(2200, 12, 1), 90))
                .field());
    }

    @Test
    void givenAShiftEndingAtOrBeforeItsStart_thenRefused() {
        TrainingRegister register = Fixtures.builder().build();
        Instant start = Instant.parse("2026-05-01T08:00:00Z");
        InvalidValueException e = refused(() -> register.isCompetent(ANNA, Fixtures.task("hoist", 1, MOVING), SAM,
                start, start));
        assertEquals("end", e.field());
    }

    @ParameterizedTest
    @ValueSource(ints = {41, 100_000})
    void givenARegistrationTextLongerThanItsForm_thenRefusedBeforeParsing(int length) {
        InvalidValueException e = refused(() -> ProfessionalRegistration.parse("NMC " + "1".repeat(length)));
        assertEquals("professionalRegistration", e.field());
        assertEquals("text of at most 40 characters", e.validValues());
    }

    @Test
    void givenALongRegistrationNumber_thenRefusedBeforeNormalising() {
        InvalidValueException e = refused(() -> ProfessionalRegistration.of(Regulator.NMC, LONG));
        assertEquals("text of at most 32 characters", e.validValues());
    }

    @Test
    void givenLongTextForEveryParsedForm_thenRefusedWithTheBound() {
        assertEquals("text of at most 64 characters", refused(() -> RefreshPeriod.parse(LONG)).validValues());
        assertEquals(CompetencyCode.FORM, refused(() -> CompetencyCode.of(LONG)).validValues());
    }

    @Test
    void givenAnOverlongAssessorName_thenRefusedWithoutEchoingIt() {
        InvalidValueException e = refused(() -> Assessor.unregistered("Dr Jane Smith " + LONG));
        assertEquals("assessor", e.field());
        assertFalse(e.getMessage().contains("Jane"), e.getMessage());
        assertTrue(e.getMessage().contains("100014 characters, not shown"), e.getMessage());
    }

    @Test
    void givenAnOverlongTrainer_thenRefusedWithoutEchoingIt() {
        InvalidValueException e = refused(() -> TrainingRecord.completed(ANNA, MOVING, TODAY,
                "Trainer Jane Smith " + LONG, "cert-1"));
        assertEquals("deliveredBy", e.field());
        assertFalse(e.getMessage().contains("Jane"), e.getMessage());
    }

    @Test
    void givenAnUnregisteredClinicalAssessor_thenTheirNameIsNotInTheMessage() {
        TrainingRecord record = TrainingRecord.delegated(ANNA, TRACHY, TODAY, "Respiratory team", "doc-1",
                Assessor.unregistered("Team leader K. Shah"), Delegation.of(SAM, 6));
        InvalidValueException e = refused(() -> Fixtures.builder().record(record, TODAY));
        assertFalse(e.getMessage().contains("Shah"), e.getMessage());
    }

    @Test
    void givenRecordsInSetsThatRefuseContainsNull_thenCopiedSafely() {
        TrainingRecord one = Fixtures.moving(ANNA, TODAY);
        assertEquals(1, Fixtures.builder().recordAll(Set.of(one), TODAY).build().size());
        assertEquals(List.of(), CompetencyCatalogue.standard().effectiveFor(Set.of()).overrides());
        assertEquals(CompetencyCatalogue.standard(), CompetencyCatalogue.standard().effectiveFor(
                new TreeSet<OverrideScope>((a, b) -> a.toString().compareTo(b.toString()))));
    }

    /** A builder's bad input: refused, and the register built afterwards is the one built before. */
    static Stream<BuilderCall> badBuilderCalls() {
        TrainingRecord good = Fixtures.moving(ANNA, LocalDate.of(2026, 1, 15));
        List<TrainingRecord> withNull = new ArrayList<>(Arrays.asList(good, null));
        return Stream.of(
                new BuilderCall("record(null, date)", b -> b.record(null, TODAY)),
                new BuilderCall("record(r, null)", b -> b.record(good, null)),
                new BuilderCall("record(r, MAX)", b -> b.record(good, LocalDate.MAX)),
                new BuilderCall("record(r, MIN)", b -> b.record(good, LocalDate.MIN)),
                new BuilderCall("record(unknown code)", b -> b.record(TrainingRecord.completed(ANNA,
                        CompetencyCode.of("juggling"), TODAY, "Circus", "c-1"), TODAY)),
                new BuilderCall("recordAll(null)", b -> b.recordAll(null, TODAY)),
                new BuilderCall("recordAll([r, null])", b -> b.recordAll(withNull, TODAY)),
                new BuilderCall("recordAll([r], MAX)", b -> b.recordAll(List.of(good), LocalDate.MAX)),
                new BuilderCall("supportPlanChanged(null)", b -> b.supportPlanChanged(null, TRACHY, TODAY)),
                new BuilderCall("supportPlanChanged(MAX)", b -> b.supportPlanChanged(SAM, TRACHY, LocalDate.MAX)),
                new BuilderCall("supportPlanChanged(not delegated)", b -> b.supportPlanChanged(SAM, MOVING, TODAY)),
                new BuilderCall("supportPlanChanged(null code)", b -> b.supportPlanChanged(SAM, null, TODAY)),
                new BuilderCall("newRisk(null)", b -> b.newRisk(null, MOVING, TODAY)),
                new BuilderCall("newRisk(MIN)", b -> b.newRisk(ANNA, MOVING, LocalDate.MIN)),
                new BuilderCall("newRisk(once)", b -> b.newRisk(ANNA, CompetencyCode.CARE_CERTIFICATE, TODAY)),
                new BuilderCall("newRisk(null date)", b -> b.newRisk(PersonalAssistantId.of("pa-new"), MOVING,
                        null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBuilderCalls")
    void givenBadInputToTheBuilder_thenRefusedAndNothingRecorded(BuilderCall call) {
        TrainingRegister.Builder builder = Fixtures.builder()
                .record(Fixtures.moving(ANNA, LocalDate.of(2025, 1, 15)), TODAY)
                .record(Fixtures.trachy(ANNA, SAM, LocalDate.of(2026, 5, 1), 6), TODAY);
        String before = fingerprint(builder.build());

        refused(() -> call.action().accept(builder));

        assertEquals(before, fingerprint(builder.build()));
    }

    private static String fingerprint(TrainingRegister register) {
        return register.size() + " " + register.currentRecords(ANNA) + " " + register.expired(LocalDate.of(2200, 1, 1))
                + " " + register.currentRecords(PersonalAssistantId.of("pa-new"));
    }

    /** One call on a builder, named for the report. */
    record BuilderCall(String name, java.util.function.Consumer<TrainingRegister.Builder> action) {

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void givenAnEntryWithoutABasisForEveryEmployerKind_thenRefusedNamingTheKind() {
        Source source = Source.of("Employer policy", Status.CONFIRMED);
        Competency.Builder builder = Competency.builder(CompetencyCode.of("gym-supervision"), "Gym supervision")
                .refresh(RefreshPeriod.everyMonths(12), source)
                .basis(EmployerKind.BUDGET_HOLDER, TrainingBasis.of(source, Obligation.EMPLOYER_POLICY));
        InvalidValueException e = refused(builder::build);
        assertEquals("basis[NOMINATED_PERSON]", e.field());
    }

    @Test
    void givenAnEntryWithoutARefreshPeriod_thenRefused() {
        Source source = Source.of("Employer policy", Status.CONFIRMED);
        assertEquals("refresh", refused(() -> Competency.builder(CompetencyCode.of("gym"), "Gym")
                .basisForEveryEmployer(TrainingBasis.of(source, Obligation.EMPLOYER_POLICY)).build()).field());
    }

    @Test
    void givenABasisWithNoObligation_thenRefused() {
        assertEquals("obligations", refused(() -> TrainingBasis.of(List.of(),
                Source.of("s", Status.CONFIRMED))).field());
    }

    @Test
    void givenAPlanItemWhoseDateDisagreesWithItsRecord_thenRefused() {
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, LocalDate.of(2026, 1, 15)),
                TODAY).build();
        Expiry expiry = register.currentRecords(ANNA).get(0);
        PlanItem.Builder builder = PlanItem.builder(ANNA, MOVING)
                .status(CompetencyStatus.LAPSES_BEFORE_DATE, expiry).bookBefore(expiry.lapsesOn().minusDays(1))
                .urgency(Urgency.DUE).message("lapses soon").source(Source.of("s", Status.CONFIRMED), null);
        assertEquals("bookBefore", refused(builder::build).field());
        assertEquals("status", refused(() -> builder.status(CompetencyStatus.VALID, expiry)).field());
        assertEquals("expiry", refused(() -> builder.status(CompetencyStatus.MISSING, expiry)).field());
    }
}
