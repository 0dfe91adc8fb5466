package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;

/**
 * Cover by competency for a package over a look-ahead: for each task, how many PAs are competent on each day.
 * Immutable and thread-safe.
 *
 * @param carePackage the package, not null
 * @param from the first day of the look-ahead, not null
 * @param tasks the cover per task, in the package's task order, not null
 */
public record CoverReport(CarePackageId carePackage, LocalDate from, List<TaskCover> tasks) {

    /**
     * Validates the report.
     *
     * @param carePackage the package, not null
     * @param from the first day, not null
     * @param tasks the cover per task, not null, no null element
     * @throws InvalidValueException if a component is null
     */
    public CoverReport {
        InvalidValueException.requireNonNull(carePackage, "carePackage");
        InvalidValueException.requireNonNull(from, "from");
        tasks = List.copyOf(InvalidValueException.requireNonNull(tasks, "tasks"));
    }

    /**
     * Returns the tasks that fall below their minimum on at least one day: the single points of failure and
     * worse.
     *
     * @return the short tasks, not null, unmodifiable
     */
    public List<TaskCover> shortTasks() {
        return tasks.stream().filter(t -> !t.shortDays().isEmpty()).toList();
    }

    /**
     * Returns whether every task has at least its minimum on every day.
     *
     * @return true if no task is short on any day
     */
    public boolean isCovered() {
        return shortTasks().isEmpty();
    }
}
