package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.jspecify.annotations.Nullable;

/**
 * Cover by competency for a package over a look-ahead: for each task, how many PAs are competent on each day.
 * Immutable and thread-safe.
 */
public final class CoverReport {

    private final CarePackageId carePackage;
    private final LocalDate from;
    private final List<TaskCover> tasks;

    private CoverReport(CarePackageId carePackage, LocalDate from, List<TaskCover> tasks) {
        this.carePackage = carePackage;
        this.from = from;
        this.tasks = tasks;
    }

    /**
     * Returns a report.
     *
     * @param carePackage the package, not null
     * @param from the first day of the look-ahead, not null, within the supported dates
     * @param tasks the cover per task, in the package's task order, not null, no null element, at most
     *     {@value PackageRequirements#MAX_TASKS}
     * @return the report, not null
     * @throws InvalidValueException if an argument or element is null, the date is unsupported or there are too
     *     many tasks
     */
    public static CoverReport of(CarePackageId carePackage, LocalDate from,
            List<TaskCover> tasks) {
        return new CoverReport(Checks.CORE.notNull(carePackage, "carePackage"), Checks.CORE.date(from, "from"),
                Checks.CORE.list(tasks, PackageRequirements.MAX_TASKS, "tasks"));
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
     * Returns the first day of the look-ahead.
     *
     * @return the day, not null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the cover per task, in the package's task order.
     *
     * @return the tasks, not null, unmodifiable
     */
    public List<TaskCover> tasks() {
        return tasks;
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

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CoverReport that && that.carePackage.equals(carePackage) && that.from.equals(from)
                && that.tasks.equals(tasks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(carePackage, from, tasks);
    }

    @Override
    public String toString() {
        return "CoverReport[" + carePackage + ", from " + from + ", " + tasks + "]";
    }
}
