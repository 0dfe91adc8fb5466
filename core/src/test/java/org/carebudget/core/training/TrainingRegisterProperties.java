package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;

/** Invariants of the register: newer records never reduce competence, order independence, monotonic expiry. */
class TrainingRegisterProperties {

    private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
    private static final LocalDate RECORDED = LocalDate.of(2031, 1, 1);
    private static final List<CompetencyCode> CODES = List.of(Fixtures.MOVING, Fixtures.CARE_CERTIFICATE,
            CompetencyCode.of("infection-prevention-level-1"), Fixtures.MEDICATION);
    private static final List<PersonalAssistantId> PAS = List.of(Fixtures.ANNA, Fixtures.BEN, Fixtures.CARA);
    private static final List<PersonId> PEOPLE = List.of(Fixtures.SAM, Fixtures.TOM);
    private static final TaskRequirement[] TASKS = CODES.stream().map(c -> Fixtures.task(c.value(), 1, c))
            .toArray(TaskRequirement[]::new);

    @Provide
    Arbitrary<TrainingRecord> catalogueRecord() {
        return Combinators.combine(Arbitraries.of(PAS), Arbitraries.of(CODES), Arbitraries.integers().between(0, 1500),
                Arbitraries.of("cert-a", "cert-b")).as((pa, code, offset, evidence) -> TrainingRecord.of(pa, code,
                        BASE.plusDays(offset), "Provider", evidence, Assessor.unregistered("Assessor"), null));
    }

    @Provide
    Arbitrary<TrainingRecord> anyRecord() {
        Arbitrary<TrainingRecord> delegated = Combinators.combine(Arbitraries.of(PAS), Arbitraries.of(PEOPLE),
                Arbitraries.integers().between(0, 1500), Arbitraries.integers().between(1, 24))
                .as((pa, person, offset, months) -> Fixtures.trachy(pa, person, BASE.plusDays(offset), months));
        return Arbitraries.oneOf(catalogueRecord(), delegated);
    }

    private static TrainingRegister register(List<TrainingRecord> records) {
        return Fixtures.builder().recordAll(records, RECORDED)
                .supportPlanChanged(Fixtures.SAM, Fixtures.TRACHY, BASE.plusDays(700))
                .newRisk(Fixtures.ANNA, Fixtures.MOVING, BASE.plusDays(400)).build();
    }

    @Property
    void addingARecordWithAFixedPeriodNeverMakesAPaLessCompetent(
            @ForAll @Size(max = 12) List<@net.jqwik.api.From("catalogueRecord") TrainingRecord> records,
            @ForAll("catalogueRecord") TrainingRecord added) {
        TrainingRegister before = register(records);
        List<TrainingRecord> more = new ArrayList<>(records);
        more.add(added);
        TrainingRegister after = register(more);
        for (int offset = 0; offset <= 2700; offset += 15) {
            LocalDate date = BASE.plusDays(offset);
            for (PersonalAssistantId pa : PAS) {
                for (TaskRequirement task : TASKS) {
                    if (before.competence(pa, task, Fixtures.SAM, date).isCompetent()
                            && !after.competence(pa, task, Fixtures.SAM, date).isCompetent()) {
                        throw new AssertionError(pa + " lost " + task.task() + " on " + date + " after " + added);
                    }
                }
            }
        }
    }

    @Property
    void resultsAreIndependentOfRecordOrder(@ForAll @Size(max = 20) List<@net.jqwik.api.From("anyRecord")
            TrainingRecord> records, @ForAll long seed, @ForAll @IntRange(min = 0, max = 2700) int asOfOffset) {
        List<TrainingRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(seed));
        TrainingRegister inOrder = register(records);
        TrainingRegister reordered = register(shuffled);
        LocalDate asOf = BASE.plusDays(asOfOffset);
        check(inOrder.expired(asOf).equals(reordered.expired(asOf)), "expired");
        check(inOrder.expiringWithin(asOf, 400).equals(reordered.expiringWithin(asOf, 400)), "expiring");
        TaskRequirement trachy = Fixtures.task("trachy", 1, Fixtures.TRACHY, Fixtures.MOVING);
        for (PersonalAssistantId pa : PAS) {
            check(inOrder.currentRecords(pa).equals(reordered.currentRecords(pa)), "current records");
            for (PersonId person : PEOPLE) {
                check(inOrder.competence(pa, trachy, person, asOf.plusDays(30), asOf)
                        .equals(reordered.competence(pa, trachy, person, asOf.plusDays(30), asOf)), "competence");
            }
        }
    }

    @Property
    void expiryIsMonotonicInCompletionDate(@ForAll("anyRecord") TrainingRecord record,
            @ForAll @IntRange(min = 0, max = 800) int laterBy) {
        TrainingRecord later = TrainingRecord.of(record.personalAssistant(), record.competency(),
                record.completedOn().plusDays(laterBy), record.deliveredBy(), record.evidenceReference(),
                record.assessor(), record.delegation());
        LocalDate first = lapse(record);
        LocalDate second = lapse(later);
        check(first == null ? second == null : second == null || !second.isBefore(first), "monotonic expiry");
    }

    private static LocalDate lapse(TrainingRecord record) {
        return Fixtures.builder().record(record, RECORDED).build().currentRecords(record.personalAssistant()).get(0)
                .lapsesOn();
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what + " differs");
        }
    }
}
