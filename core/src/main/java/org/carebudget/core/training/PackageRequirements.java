package org.carebudget.core.training;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.jspecify.annotations.Nullable;

/**
 * What a care package needs its PAs to be competent in: the tasks in the person's support plan, the competencies
 * each needs, the team of PAs and, when known, who employs them (which decides the {@link TrainingBasis} the
 * training plan cites). Every PA in the team is expected to be competent in every task (PAs are trained in the needs
 * of the one person who chose them). Built by {@link #of}. Immutable and thread-safe.
 */
public final class PackageRequirements {

    /** The most PAs a package's team may have. */
    public static final int MAX_TEAM = 500;

    /** The most tasks a package may list. */
    public static final int MAX_TASKS = 500;

    private final CarePackageId carePackage;
    private final PersonId person;
    private final @Nullable EmployerKind employerKind;
    private final List<PersonalAssistantId> team;
    private final List<TaskRequirement> tasks;

    /**
     * Validates the requirements and sorts the team; the employer kind is not given.
     *
     * @param carePackage the package, not null
     * @param person the person, not null
     * @param team the PAs, not empty, no null element
     * @param tasks the tasks, not empty, no null element, no name twice
     * @throws InvalidValueException if an argument is null or empty, or a task name appears twice
     * @deprecated positional arguments, and no room for the employer kind; use {@link #of} and
     *     {@link #withEmployerKind}. Kept so that callers written against the record compile.
     */
    @Deprecated(since = "0.1.0", forRemoval = true)
    public PackageRequirements(CarePackageId carePackage, PersonId person,
            List<PersonalAssistantId> team, List<TaskRequirement> tasks) {
        this(Checks.CORE.notNull(carePackage, "carePackage"), Checks.CORE.notNull(person, "person"), null,
                sortedTeam(team), checkedTasks(tasks));
    }

    private PackageRequirements(CarePackageId carePackage, PersonId person, @Nullable EmployerKind employerKind,
            List<PersonalAssistantId> team, List<TaskRequirement> tasks) {
        this.carePackage = carePackage;
        this.person = person;
        this.employerKind = employerKind;
        this.team = team;
        this.tasks = tasks;
    }

    /**
     * Returns the requirements of a package, the employer kind not given ({@link #withEmployerKind} adds it).
     *
     * @param carePackage the package, not null
     * @param person the person the package is for, not null (delegated clinical tasks are signed off for them)
     * @param team the PAs working in the package, not null, 1 to {@value #MAX_TEAM}, no null element; kept sorted
     *     by id without duplicates
     * @param tasks the tasks, not null, 1 to {@value #MAX_TASKS}, no null element, no task name twice
     * @return the requirements, not null
     * @throws InvalidValueException if an argument or element is null, a list is empty or too long, or a task name
     *     appears twice
     */
    public static PackageRequirements of(CarePackageId carePackage, PersonId person,
            List<PersonalAssistantId> team, List<TaskRequirement> tasks) {
        return new PackageRequirements(Checks.CORE.notNull(carePackage, "carePackage"),
                Checks.CORE.notNull(person, "person"), null, sortedTeam(team), checkedTasks(tasks));
    }

    /**
     * Returns the requirements of a package whose PAs are employed by the given kind of employer.
     *
     * @param carePackage the package, not null
     * @param person the person the package is for, not null
     * @param employerKind who employs the PAs (it decides the basis each plan item cites); may be null when not
     *     known
     * @param team the PAs, not null, 1 to {@value #MAX_TEAM}, no null element; kept sorted by id without duplicates
     * @param tasks the tasks, not null, 1 to {@value #MAX_TASKS}, no null element, no task name twice
     * @return the requirements, not null
     * @throws InvalidValueException as {@link #of(CarePackageId, PersonId, List, List)} does
     */
    public static PackageRequirements of(CarePackageId carePackage, PersonId person,
            @Nullable EmployerKind employerKind, List<PersonalAssistantId> team,
            List<TaskRequirement> tasks) {
        return new PackageRequirements(Checks.CORE.notNull(carePackage, "carePackage"),
                Checks.CORE.notNull(person, "person"), employerKind, sortedTeam(team), checkedTasks(tasks));
    }

    private static List<PersonalAssistantId> sortedTeam(@Nullable List<PersonalAssistantId> team) {
        List<PersonalAssistantId> copy = Checks.CORE.list(team, MAX_TEAM, "team");
        if (copy.isEmpty()) {
            throw Checks.CORE.invalid("team", "1 - " + MAX_TEAM + " PAs", "none");
        }
        TreeSet<PersonalAssistantId> sorted = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        sorted.addAll(copy);
        return List.copyOf(sorted);
    }

    private static List<TaskRequirement> checkedTasks(@Nullable List<TaskRequirement> tasks) {
        List<TaskRequirement> copy = Checks.CORE.list(tasks, MAX_TASKS, "tasks");
        if (copy.isEmpty()) {
            throw Checks.CORE.invalid("tasks", "1 - " + MAX_TASKS + " tasks", "none");
        }
        Set<String> names = new HashSet<>();
        for (TaskRequirement task : copy) {
            if (!names.add(task.task())) {
                throw Checks.CORE.invalid("tasks", "each task name once", task.task());
            }
        }
        return copy;
    }

    /**
     * Returns these requirements with the kind of employer of the package's PAs, or this when unchanged.
     *
     * @param kind who employs the PAs, not null
     * @return the requirements, not null
     * @throws InvalidValueException if {@code kind} is null
     */
    public PackageRequirements withEmployerKind(EmployerKind kind) {
        Checks.CORE.notNull(kind, "employerKind");
        return kind == employerKind ? this : new PackageRequirements(carePackage, person, kind, team, tasks);
    }

    /**
     * Returns the package.
     *
     * @return the package, not null
     */
    public CarePackageId carePackage() {
        return carePackage;
    }

    /**
     * Returns the person the package is for.
     *
     * @return the person, not null
     */
    public PersonId person() {
        return person;
    }

    /**
     * Returns who employs the package's PAs.
     *
     * @return the kind of employer, or null when not given
     */
    public @Nullable EmployerKind employerKind() {
        return employerKind;
    }

    /**
     * Returns the PAs working in the package.
     *
     * @return the team, sorted by id, without duplicates, not empty, unmodifiable
     */
    public List<PersonalAssistantId> team() {
        return team;
    }

    /**
     * Returns the tasks, in the order given.
     *
     * @return the tasks, not empty, unmodifiable
     */
    public List<TaskRequirement> tasks() {
        return tasks;
    }

    /**
     * Returns every competency any task needs, sorted, without duplicates.
     *
     * @return the competencies, not null, unmodifiable
     */
    public List<CompetencyCode> requiredCompetencies() {
        TreeSet<CompetencyCode> all = new TreeSet<>();
        tasks.forEach(t -> all.addAll(t.competencies()));
        return List.copyOf(all);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PackageRequirements that && that.carePackage.equals(carePackage)
                && that.person.equals(person) && that.employerKind == employerKind && that.team.equals(team)
                && that.tasks.equals(tasks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(carePackage, person, employerKind, team, tasks);
    }

    @Override
    public String toString() {
        return "PackageRequirements[" + carePackage + ", " + person + (employerKind == null ? "" : ", " + employerKind)
                + ", team " + team + ", " + tasks.size() + " tasks]";
    }
}
