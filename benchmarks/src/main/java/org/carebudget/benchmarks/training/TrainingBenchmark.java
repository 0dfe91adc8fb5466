package org.carebudget.benchmarks.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.LondonTime;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.CompetentPeriod;
import org.carebudget.core.training.Expiry;
import org.carebudget.core.training.PackageRequirements;
import org.carebudget.core.training.PlanItem;
import org.carebudget.core.training.TaskCompetence;
import org.carebudget.core.training.TaskRequirement;
import org.carebudget.core.training.TrainingRegister;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Training register queries over 100k, 1M and 10M records (10 per PA, so up to a national caseload of 1M PAs):
 * <ul>
 *   <li>expiring within one day (about 670 rows per million records): a range read of the current-record index,
 *       no sort;</li>
 *   <li>the rostering question, "is PA p competent for task T for person x through a shift", three ways, a
 *       different PA (in no useful order) each call: the full per-date answer {@code competence} (the naive
 *       baseline: it builds a check per competency), the allocation-free per-shift {@code isCompetent} (cold, and
 *       for each of one PA's 84 shifts, reported per shift), and {@code competentUntil} once per PA;</li>
 *   <li>the recommended look-ahead: {@code competentUntil} once per PA then {@link CompetentPeriod#covers} for each
 *       of its 84 shifts in 21 days (four a day), reported per shift;</li>
 *   <li>a package's 90-day training plan (six PAs, two tasks).</li>
 * </ul>
 * The 10M dataset occupies under 1.5 GB once built; the fork starts with {@code -Xms4g -Xmx6g} so that building it
 * does not spend its time growing the heap.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx6g"})
public class TrainingBenchmark {

    /** Shifts per PA in a 21-day look-ahead at four a day. */
    static final int SHIFTS_PER_PA = 84;

    /** Records in the register. */
    @Param({"100000", "1000000", "10000000"})
    public int records;

    private TrainingRegister register;
    private PersonalAssistantId[] pas;
    private TaskRequirement task;
    private PackageRequirements requirements;
    private LocalDate shift;
    private Instant shiftStart;
    private Instant shiftEnd;
    private Instant[] starts;
    private Instant[] ends;
    private PersonId person;
    private int next;

    /** Builds the dataset once per parameter. */
    @Setup(Level.Trial)
    public void setUp() {
        TrainingDataset dataset = TrainingDataset.generate(records, 42L);
        register = dataset.register();
        pas = dataset.pas();
        task = TaskRequirement.of("personal care with medicines", 1, TrainingDataset.CURRENT[0],
                TrainingDataset.CURRENT[2], TrainingDataset.CURRENT[3]);
        List<PersonalAssistantId> team = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            team.add(pas[i * 7]);
        }
        person = PersonId.of("person-1");
        requirements = PackageRequirements.of(CarePackageId.of("pkg-1"), person, team,
                List.of(task, TaskRequirement.of("fire evacuation", 2, TrainingDataset.CURRENT[5],
                        CompetencyCode.INFECTION_PREVENTION_LEVEL_1)));
        shift = TrainingDataset.AS_OF.plusDays(14);
        shiftStart = LondonTime.toInstant(LocalDateTime.of(shift, java.time.LocalTime.of(20, 0)));
        shiftEnd = LondonTime.toInstant(LocalDateTime.of(shift.plusDays(1), java.time.LocalTime.of(8, 0)));
        starts = new Instant[SHIFTS_PER_PA];
        ends = new Instant[SHIFTS_PER_PA];
        for (int s = 0; s < SHIFTS_PER_PA; s++) {
            LocalDateTime start = TrainingDataset.AS_OF.atTime(7, 0).plusDays(s / 4).plusHours(6L * (s % 4));
            starts[s] = LondonTime.toInstant(start);
            ends[s] = LondonTime.toInstant(start.plusHours(6));
        }
    }

    private PersonalAssistantId nextPa() {
        next = next + 7919 < pas.length ? next + 7919 : (next + 7919) % pas.length;
        return pas[next];
    }

    /**
     * Current records lapsing within one day of the as-of date.
     *
     * @return the rows
     */
    @Benchmark
    public List<Expiry> expiringWithinOneDay() {
        return register.expiringWithin(TrainingDataset.AS_OF, 1);
    }

    /**
     * The naive baseline for a shift: the full answer for a three-competency task on a shift date 14 days ahead,
     * one check per competency.
     *
     * @return the answer
     */
    @Benchmark
    public TaskCompetence competentForTaskOnDate() {
        return register.competence(nextPa(), task, person, shift, TrainingDataset.AS_OF);
    }

    /**
     * Whether a PA is competent for a three-competency task through a night shift 14 days ahead, allocation-free.
     *
     * @return the answer
     */
    @Benchmark
    public boolean competentThroughShift() {
        return register.isCompetent(nextPa(), task, person, shiftStart, shiftEnd);
    }

    /**
     * The same per-shift question for each of one PA's 84 shifts in a 21-day look-ahead (a different PA each call),
     * reported per shift: what a rota asking per shift pays once the PA's records are in cache.
     *
     * @param sink consumes the answers
     */
    @Benchmark
    @OperationsPerInvocation(SHIFTS_PER_PA)
    public void competentThroughEachShiftOfOnePa(Blackhole sink) {
        PersonalAssistantId pa = nextPa();
        for (int s = 0; s < SHIFTS_PER_PA; s++) {
            sink.consume(register.isCompetent(pa, task, person, starts[s], ends[s]));
        }
    }

    /**
     * How long a PA stays competent for a three-competency task, from the as-of date: asked once per PA.
     *
     * @return the period
     */
    @Benchmark
    public CompetentPeriod competentUntilPerPa() {
        return register.competentUntil(nextPa(), task, person, TrainingDataset.AS_OF);
    }

    /**
     * The recommended look-ahead, per shift: one {@code competentUntil} per PA, then {@code covers} for each of its
     * 84 shifts.
     *
     * @param sink consumes the answers
     */
    @Benchmark
    @OperationsPerInvocation(SHIFTS_PER_PA)
    public void lookAheadPerShift(Blackhole sink) {
        CompetentPeriod period = register.competentUntil(nextPa(), task, person, TrainingDataset.AS_OF);
        for (int s = 0; s < SHIFTS_PER_PA; s++) {
            sink.consume(period.covers(starts[s], ends[s]));
        }
    }

    /**
     * A six-PA package's training plan over 90 days (cover per task per day included).
     *
     * @return the plan
     */
    @Benchmark
    public List<PlanItem> packageTrainingPlan() {
        return register.trainingPlan(requirements, TrainingDataset.AS_OF, 90);
    }
}
