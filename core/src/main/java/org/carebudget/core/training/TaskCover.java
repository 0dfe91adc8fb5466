package org.carebudget.core.training;

import java.util.List;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The cover for one task of a package over a look-ahead: how many PAs are competent on each day, against the
 * minimum. Immutable and thread-safe.
 */
public final class TaskCover {

    private final String task;
    private final int minimumCompetentPas;
    private final List<DayCover> days;

    private TaskCover(String task, int minimumCompetentPas, List<DayCover> days) {
        this.task = task;
        this.minimumCompetentPas = minimumCompetentPas;
        this.days = days;
    }

    /**
     * Returns the cover of a task.
     *
     * @param task the task, not blank, at most {@value TrainingRecord#MAX_TEXT} characters
     * @param minimumCompetentPas the minimum, 1 to {@value TaskRequirement#MAX_MINIMUM}
     * @param days the cover on each day of the look-ahead, in date order, not null, no null element, at most
     *     {@value TrainingRegister#MAX_COVER_DAYS}
     * @return the cover, not null
     * @throws InvalidValueException if an argument or element is null, or a value is out of range
     */
    public static TaskCover of(String task, int minimumCompetentPas, List<DayCover> days) {
        return new TaskCover(Checks.CORE.text(task, TrainingRecord.MAX_TEXT, "task"),
                Checks.CORE.inRange(minimumCompetentPas, 1, TaskRequirement.MAX_MINIMUM, "minimumCompetentPas"),
                Checks.CORE.list(days, TrainingRegister.MAX_COVER_DAYS, "days"));
    }

    /**
     * Returns the task.
     *
     * @return the task, not blank
     */
    public String task() {
        return task;
    }

    /**
     * Returns how many PAs must be competent on each day.
     *
     * @return the minimum, 1 or more
     */
    public int minimumCompetentPas() {
        return minimumCompetentPas;
    }

    /**
     * Returns the cover on each day of the look-ahead.
     *
     * @return the days, in date order, not null, unmodifiable
     */
    public List<DayCover> days() {
        return days;
    }

    /**
     * Returns the days on which fewer PAs than the minimum are competent.
     *
     * @return the short days, in date order, not null, unmodifiable
     */
    public List<DayCover> shortDays() {
        return days.stream().filter(d -> d.competentPas() < minimumCompetentPas).toList();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TaskCover that && that.task.equals(task)
                && that.minimumCompetentPas == minimumCompetentPas && that.days.equals(days);
    }

    @Override
    public int hashCode() {
        return Objects.hash(task, minimumCompetentPas, days);
    }

    @Override
    public String toString() {
        return "TaskCover[" + task + ", minimum " + minimumCompetentPas + ", " + days.size() + " days, "
                + shortDays().size() + " short]";
    }
}
