package org.carebudget.core.training;

import java.util.List;
import java.util.TreeSet;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * What a care package needs its PAs to be competent in: the tasks in the person's support plan, the
 * competencies each needs, and the team of PAs. Every PA in the team is expected to be competent in every task
 * (PAs are trained in the needs of the one person who chose them). Immutable and thread-safe.
 *
 * @param carePackage the package, not null
 * @param person the person the package is for, not null (delegated clinical tasks are signed off for them)
 * @param team the PAs working in the package, not empty, no null element; kept sorted without duplicates
 * @param tasks the tasks, not empty, no null element, no task name twice
 */
public record PackageRequirements(CarePackageId carePackage, PersonId person, List<PersonalAssistantId> team,
        List<TaskRequirement> tasks) {

    /**
     * Validates the requirements and sorts the team.
     *
     * @param carePackage the package, not null
     * @param person the person, not null
     * @param team the PAs, not empty, no null element
     * @param tasks the tasks, not empty, no null element, no name twice
     * @throws InvalidValueException if a component is null or empty, or a task name appears twice
     */
    public PackageRequirements {
        InvalidValueException.requireNonNull(carePackage, "carePackage");
        InvalidValueException.requireNonNull(person, "person");
        InvalidValueException.requireNonNull(team, "team");
        team.forEach(pa -> InvalidValueException.requireNonNull(pa, "personalAssistant"));
        if (team.isEmpty()) {
            throw new InvalidValueException("team", "at least one PA", team);
        }
        TreeSet<PersonalAssistantId> sorted = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        sorted.addAll(team);
        team = List.copyOf(sorted);
        InvalidValueException.requireNonNull(tasks, "tasks");
        tasks.forEach(t -> InvalidValueException.requireNonNull(t, "task"));
        if (tasks.isEmpty()) {
            throw new InvalidValueException("tasks", "at least one task", tasks);
        }
        if (tasks.stream().map(TaskRequirement::task).distinct().count() != tasks.size()) {
            throw new InvalidValueException("tasks", "each task name once", tasks);
        }
        tasks = List.copyOf(tasks);
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
}
