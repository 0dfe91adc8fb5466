package org.carebudget.core.training;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A task in a person's support plan, the competencies a PA needs to do it, and how many PAs must be competent in
 * it so that sickness and holidays are covered. Built by {@link #of}. Immutable and thread-safe.
 */
public final class TaskRequirement {

    /** The most competencies one task may need. */
    public static final int MAX_COMPETENCIES = 64;

    /** The highest minimum of competent PAs a task may ask for. */
    public static final int MAX_MINIMUM = 50;

    private final String task;
    private final List<CompetencyCode> competencies;
    private final int minimumCompetentPas;

    private TaskRequirement(String task, int minimumCompetentPas, List<CompetencyCode> competencies) {
        this.task = task;
        this.competencies = competencies;
        this.minimumCompetentPas = minimumCompetentPas;
    }

    /**
     * Validates the requirement and sorts the competencies, as {@link #of(String, int, Collection)} does.
     *
     * @param task the task, not blank, at most {@value TrainingRecord#MAX_TEXT} characters
     * @param competencies the competencies, not empty, no null element, at most {@value #MAX_COMPETENCIES}
     * @param minimumCompetentPas the minimum, 1 to {@value #MAX_MINIMUM}
     * @throws InvalidValueException if an argument is null, blank, empty or out of range
     * @deprecated the record's positional constructor, kept so that callers written against it compile; use
     *     {@link #of(String, int, Collection)}, which names the minimum before the competencies.
     */
    @Deprecated(since = "0.1.0", forRemoval = true)
    public TaskRequirement(String task, List<CompetencyCode> competencies, int minimumCompetentPas) {
        this(Checks.CORE.text(task, TrainingRecord.MAX_TEXT, "task"),
                Checks.CORE.inRange(minimumCompetentPas, 1, MAX_MINIMUM, "minimumCompetentPas"), sorted(competencies));
    }

    private static List<CompetencyCode> sorted(Collection<CompetencyCode> competencies) {
        List<CompetencyCode> copy = Checks.CORE.list(competencies, MAX_COMPETENCIES, "competencies");
        if (copy.isEmpty()) {
            throw Checks.CORE.invalid("competencies", "at least one competency", "none");
        }
        return List.copyOf(new TreeSet<>(copy));
    }

    /**
     * Returns a requirement.
     *
     * @param task the task, in the support plan's words, not blank, at most {@value TrainingRecord#MAX_TEXT}
     *     characters
     * @param minimumCompetentPas how many PAs must be competent on each day, 1 to {@value #MAX_MINIMUM}
     * @param competencies the competencies needed, not null, at least one, at most {@value #MAX_COMPETENCIES}, no
     *     null element; kept sorted without duplicates
     * @return the requirement, not null
     * @throws InvalidValueException if an argument or element is null, a text is blank or too long, or a number is
     *     out of range
     */
    public static TaskRequirement of(String task, int minimumCompetentPas,
            Collection<CompetencyCode> competencies) {
        String name = Checks.CORE.text(task, TrainingRecord.MAX_TEXT, "task");
        return new TaskRequirement(name, Checks.CORE.inRange(minimumCompetentPas, 1, MAX_MINIMUM,
                "minimumCompetentPas"), sorted(competencies));
    }

    /**
     * Returns a requirement.
     *
     * @param task the task, not blank, at most {@value TrainingRecord#MAX_TEXT} characters
     * @param minimumCompetentPas the minimum, 1 to {@value #MAX_MINIMUM}
     * @param competencies the competencies, at least one, not null
     * @return the requirement, not null
     * @throws InvalidValueException as {@link #of(String, int, Collection)} does
     */
    public static TaskRequirement of(String task, int minimumCompetentPas,
            CompetencyCode... competencies) {
        return of(task, minimumCompetentPas, Arrays.asList(Checks.CORE.notNull(competencies, "competencies")));
    }

    /**
     * Returns the task, in the support plan's words.
     *
     * @return the task, not blank
     */
    public String task() {
        return task;
    }

    /**
     * Returns the competencies a PA needs to do the task.
     *
     * @return the competencies, sorted, without duplicates, not empty, unmodifiable
     */
    public List<CompetencyCode> competencies() {
        return competencies;
    }

    /**
     * Returns how many PAs must be competent in the task on each day.
     *
     * @return the minimum, 1 to {@value #MAX_MINIMUM}
     */
    public int minimumCompetentPas() {
        return minimumCompetentPas;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TaskRequirement that && that.task.equals(task)
                && that.competencies.equals(competencies) && that.minimumCompetentPas == minimumCompetentPas;
    }

    @Override
    public int hashCode() {
        return Objects.hash(task, competencies, minimumCompetentPas);
    }

    @Override
    public String toString() {
        return "TaskRequirement[" + task + ", " + competencies + ", minimum " + minimumCompetentPas + "]";
    }
}
