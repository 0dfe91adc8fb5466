package org.carebudget.core.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.LondonTime;

/**
 * Invariants of the register: newer records never reduce competence, order independence, monotonic expiry; the range
 * indexes answer as a per-key search does; the per-shift and per-period questions answer as the per-day one does; the
 * training plan and the expiry query agree on the look-ahead.
 */
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

    private static final List<CompetencyCode> ALL_CODES = List.of(Fixtures.MOVING, Fixtures.CARE_CERTIFICATE,
            CompetencyCode.of("infection-prevention-level-1"), Fixtures.MEDICATION, Fixtures.TRACHY);
    private static final Comparator<Expiry> REPORT_ORDER = Comparator.comparing(Expiry::lapsesOn)
            .thenComparing(e -> e.personalAssistant().value()).thenComparing(Expiry::competency)
            .thenComparing(e -> e.record().person().map(PersonId::value).orElse(""));

    /** The records in force on a day lapsing in (from, to], found key by key through the per-date search. */
    private static List<Expiry> naiveInForceLapsing(TrainingRegister register, LocalDate asOf, LocalDate from,
            LocalDate to) {
        List<Expiry> expected = new ArrayList<>();
        int day = (int) asOf.toEpochDay();
        for (PersonalAssistantId pa : PAS) {
            for (CompetencyCode code : ALL_CODES) {
                boolean delegated = register.catalogue().require(code).isDelegatedClinical();
                for (PersonId person : delegated ? PEOPLE : List.of(Fixtures.SAM)) {
                    Expiry inForce = register.check(pa, code, person, day, day).expiry();
                    if (inForce != null && inForce.lapsesOn() != null && inForce.lapsesOn().isAfter(from)
                            && !inForce.lapsesOn().isAfter(to)) {
                        expected.add(inForce);
                    }
                }
            }
        }
        expected.sort(REPORT_ORDER);
        return expected;
    }

    @Property
    void theExpiryIndexesAnswerAsTheSearchKeyByKeyDoes(@ForAll @Size(max = 25) List<@net.jqwik.api.From("anyRecord")
            TrainingRecord> records, @ForAll @IntRange(min = 0, max = 2700) int asOfOffset,
            @ForAll @IntRange(min = 1, max = 500) int days) {
        TrainingRegister register = register(records);
        LocalDate asOf = BASE.plusDays(asOfOffset);
        check(register.expiringWithin(asOf, days).equals(naiveInForceLapsing(register, asOf, asOf,
                asOf.plusDays(days))), "expiring within " + days + " days of " + asOf);
        check(register.expired(asOf).equals(naiveInForceLapsing(register, asOf, LocalDate.of(1900, 1, 1), asOf)),
                "expired on " + asOf);
    }

    @Provide
    Arbitrary<Instant[]> shift() {
        return Combinators.combine(Arbitraries.integers().between(0, 2700), Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(1, 60 * 40)).as((day, hour, minutes) -> {
                    LocalDateTime start = BASE.plusDays(day).atTime(hour, 0);
                    return new Instant[] {LondonTime.toInstant(start), LondonTime.toInstant(start).plusSeconds(
                            60L * minutes)};
                });
    }

    @Property
    void aShiftIsCoveredExactlyWhenThePaIsCompetentOnEveryUkDayItTouches(
            @ForAll @Size(max = 20) List<@net.jqwik.api.From("anyRecord") TrainingRecord> records,
            @ForAll("shift") Instant[] shift) {
        TrainingRegister register = register(records);
        TaskRequirement task = Fixtures.task("trachy", 1, Fixtures.TRACHY, Fixtures.MOVING);
        LocalDate first = LocalDate.ofInstant(shift[0], LondonTime.ZONE);
        LocalDate last = LocalDate.ofInstant(shift[1].minusNanos(1), LondonTime.ZONE);
        for (PersonalAssistantId pa : PAS) {
            for (PersonId person : PEOPLE) {
                boolean everyDay = true;
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    everyDay &= register.competence(pa, task, person, d).isCompetent();
                }
                check(register.isCompetent(pa, task, person, shift[0], shift[1]) == everyDay, "per-shift answer");
                CompetentPeriod period = register.competentUntil(pa, task, person, first);
                check(period.covers(shift[0], shift[1]) == everyDay, "period from the shift's first day");
            }
        }
    }

    @Property
    void aPeriodAnswersEachLaterShiftAsThePerShiftQuestionUntilItEnds(
            @ForAll @Size(max = 20) List<@net.jqwik.api.From("anyRecord") TrainingRecord> records,
            @ForAll @IntRange(min = 0, max = 2600) int fromOffset, @ForAll("shift") Instant[] shift) {
        TrainingRegister register = register(records);
        TaskRequirement task = Fixtures.task("trachy", 1, Fixtures.TRACHY, Fixtures.MOVING);
        LocalDate from = BASE.plusDays(fromOffset);
        LocalDate first = LocalDate.ofInstant(shift[0], LondonTime.ZONE);
        for (PersonalAssistantId pa : PAS) {
            for (PersonId person : PEOPLE) {
                CompetentPeriod period = register.competentUntil(pa, task, person, from);
                boolean startsWithin = !first.isBefore(from) && (period.until() == null
                        || first.isBefore(period.until()));
                boolean perShift = register.isCompetent(pa, task, person, shift[0], shift[1]);
                check(period.covers(shift[0], shift[1]) == (startsWithin && perShift), "period against per-shift");
            }
        }
    }

    @Property
    void thePlanListsALapsingRecordExactlyWhenTheExpiryQueryDoes(
            @ForAll @Size(max = 20) List<@net.jqwik.api.From("catalogueRecord") TrainingRecord> records,
            @ForAll @IntRange(min = 0, max = 2700) int asOfOffset, @ForAll @IntRange(min = 1, max = 366) int days) {
        TrainingRegister register = register(records);
        LocalDate asOf = BASE.plusDays(asOfOffset);
        PackageRequirements team = PackageRequirements.of(CarePackageId.of("pkg"), Fixtures.SAM, PAS, List.of(
                Fixtures.task("everything", 1, Fixtures.MOVING, Fixtures.MEDICATION,
                        CompetencyCode.of("infection-prevention-level-1"))));
        List<String> planned = register.trainingPlan(team, asOf, days).stream()
                .filter(i -> i.status() == CompetencyStatus.LAPSES_BEFORE_DATE)
                .map(i -> i.personalAssistant() + " " + i.competency() + " " + i.bookBefore()).sorted().toList();
        List<String> expiring = register.expiringWithin(asOf, days).stream()
                .filter(e -> !e.competency().equals(Fixtures.CARE_CERTIFICATE))
                .map(e -> e.personalAssistant() + " " + e.competency() + " " + e.lapsesOn()).sorted().toList();
        check(planned.equals(expiring), "plan " + planned + " against expiring " + expiring);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what + " differs");
        }
    }
}
