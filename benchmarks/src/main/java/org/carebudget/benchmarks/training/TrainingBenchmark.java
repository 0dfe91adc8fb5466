package org.carebudget.benchmarks.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.training.CompetencyCode;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Training register queries over 100k, 1M and 10M records (10 per PA): expiring within one day (a range scan of the
 * expiry index; about 670 rows per million records), competent-for-task-on-date for a future shift (hash lookup
 * and binary search in the PA's slice), and a package's 90-day training plan (six PAs, two tasks).
 * The 10M dataset occupies under 1 GB once built and fits the default heap of a 24 GiB machine, but building it in a
 * heap that starts small spends most of its time in GC as the heap grows (about 20 s on the shared 2-core machine
 * against about 5 s), so the fork starts with {@code -Xms4g -Xmx6g}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx6g"})
public class TrainingBenchmark {

    /** Records in the register. */
    @Param({"100000", "1000000", "10000000"})
    public int records;

    private TrainingRegister register;
    private PersonalAssistantId[] pas;
    private TaskRequirement task;
    private PackageRequirements requirements;
    private LocalDate shift;
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
                        CompetencyCode.of("infection-prevention-level-1"))));
        shift = TrainingDataset.AS_OF.plusDays(14);
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
     * Whether a PA (a different one each call) is competent for a three-competency task on a shift 14 days ahead.
     *
     * @return the answer
     */
    @Benchmark
    public TaskCompetence competentForTaskOnDate() {
        next = next + 7919 < pas.length ? next + 7919 : (next + 7919) % pas.length;
        return register.competence(pas[next], task, person, shift, TrainingDataset.AS_OF);
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
