package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * Whether a PA is competent to do a task for a person on a date, with the standing on each competency the task
 * needs. Immutable and thread-safe.
 *
 * @param personalAssistant the PA, not null
 * @param task the task, not null
 * @param person the person cared for, not null
 * @param date the date asked about (a shift date, say), not null
 * @param checks one check per competency the task needs, in the task's order, not null
 */
public record TaskCompetence(PersonalAssistantId personalAssistant, String task, PersonId person, LocalDate date,
        List<CompetencyCheck> checks) {

    /**
     * Validates the answer.
     *
     * @param personalAssistant the PA, not null
     * @param task the task, not null
     * @param person the person, not null
     * @param date the date, not null
     * @param checks the checks, not null, no null element
     * @throws InvalidValueException if a component is null
     */
    public TaskCompetence {
        InvalidValueException.requireNonNull(personalAssistant, "personalAssistant");
        InvalidValueException.requireNonNull(task, "task");
        InvalidValueException.requireNonNull(person, "person");
        InvalidValueException.requireNonNull(date, "date");
        checks = List.copyOf(InvalidValueException.requireNonNull(checks, "checks"));
    }

    /**
     * Returns whether the PA is competent in every competency the task needs on the date.
     *
     * @return true if every check is valid
     */
    public boolean isCompetent() {
        return checks.stream().allMatch(CompetencyCheck::isValid);
    }

    /**
     * Returns the checks that are not valid: the findings.
     *
     * @return the failing checks, not null, unmodifiable
     */
    public List<CompetencyCheck> findings() {
        return checks.stream().filter(c -> !c.isValid()).toList();
    }
}
