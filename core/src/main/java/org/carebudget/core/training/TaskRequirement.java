package org.carebudget.core.training;

import java.util.List;
import java.util.TreeSet;
import org.carebudget.core.InvalidValueException;

/**
 * A task in a person's support plan, the competencies a PA needs to do it, and how many PAs must be competent in
 * it so that sickness and holidays are covered. Immutable and thread-safe.
 *
 * @param task the task, in the support plan's words, not blank, at most 200 characters
 * @param competencies the competencies needed, not empty, no null element; kept sorted without duplicates
 * @param minimumCompetentPas how many PAs must be competent on each day, 1 to 50
 */
public record TaskRequirement(String task, List<CompetencyCode> competencies, int minimumCompetentPas) {

    /**
     * Validates the requirement and sorts the competencies.
     *
     * @param task the task, not blank, at most 200 characters
     * @param competencies the competencies, not empty, no null element
     * @param minimumCompetentPas the minimum, 1 to 50
     * @throws InvalidValueException if a component is null, blank, empty or out of range
     */
    public TaskRequirement {
        Texts.requireNotBlank(task, "task");
        InvalidValueException.requireNonNull(competencies, "competencies");
        if (competencies.isEmpty()) {
            throw new InvalidValueException("competencies", "at least one competency", competencies);
        }
        competencies.forEach(c -> InvalidValueException.requireNonNull(c, "competency"));
        competencies = List.copyOf(new TreeSet<>(competencies));
        InvalidValueException.requireInRange(minimumCompetentPas, 1, 50, "minimumCompetentPas");
    }

    /**
     * Returns a requirement.
     *
     * @param task the task, not blank
     * @param minimumCompetentPas the minimum, 1 to 50
     * @param competencies the competencies, at least one, not null
     * @return the requirement, not null
     * @throws InvalidValueException as the constructor does
     */
    public static TaskRequirement of(String task, int minimumCompetentPas, CompetencyCode... competencies) {
        InvalidValueException.requireNonNull(competencies, "competencies");
        return new TaskRequirement(task, java.util.Arrays.asList(competencies), minimumCompetentPas);
    }
}
