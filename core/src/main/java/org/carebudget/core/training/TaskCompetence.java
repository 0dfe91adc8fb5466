package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.jspecify.annotations.Nullable;

/**
 * Whether a PA is competent to do a task for a person on a date, with the standing on each competency the task
 * needs. Immutable and thread-safe.
 */
public final class TaskCompetence {

    private final PersonalAssistantId personalAssistant;
    private final String task;
    private final PersonId person;
    private final LocalDate date;
    private final List<CompetencyCheck> checks;

    private TaskCompetence(PersonalAssistantId personalAssistant, String task, PersonId person, LocalDate date,
            List<CompetencyCheck> checks) {
        this.personalAssistant = personalAssistant;
        this.task = task;
        this.person = person;
        this.date = date;
        this.checks = checks;
    }

    /**
     * Returns an answer.
     *
     * @param personalAssistant the PA, not null
     * @param task the task, not blank, at most {@value TrainingRecord#MAX_TEXT} characters
     * @param person the person cared for, not null
     * @param date the date asked about (a shift date, say), not null, within the supported dates
     * @param checks one check per competency the task needs, not null, no null element
     * @return the answer, not null
     * @throws InvalidValueException if an argument or element is null, the task is blank or too long, or the date
     *     is outside the supported dates
     */
    public static TaskCompetence of(PersonalAssistantId personalAssistant, String task,
            PersonId person, LocalDate date, List<CompetencyCheck> checks) {
        return new TaskCompetence(Checks.CORE.notNull(personalAssistant, "personalAssistant"),
                Checks.CORE.text(task, TrainingRecord.MAX_TEXT, "task"), Checks.CORE.notNull(person, "person"),
                Checks.CORE.date(date, "date"), Checks.CORE.list(checks, TaskRequirement.MAX_COMPETENCIES, "checks"));
    }

    /**
     * Returns the PA.
     *
     * @return the PA, not null
     */
    public PersonalAssistantId personalAssistant() {
        return personalAssistant;
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
     * Returns the person cared for.
     *
     * @return the person, not null
     */
    public PersonId person() {
        return person;
    }

    /**
     * Returns the date asked about.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns one check per competency the task needs, in the task's order.
     *
     * @return the checks, not null, unmodifiable
     */
    public List<CompetencyCheck> checks() {
        return checks;
    }

    /**
     * Returns whether the PA is competent in every competency the task needs on the date.
     *
     * @return true if every check is valid
     */
    public boolean isCompetent() {
        for (CompetencyCheck check : checks) {
            if (!check.isValid()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the checks that are not valid: what stops the PA doing the task.
     *
     * @return the failing checks, not null, unmodifiable
     */
    public List<CompetencyCheck> findings() {
        return checks.stream().filter(c -> !c.isValid()).toList();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TaskCompetence that && that.personalAssistant.equals(personalAssistant)
                && that.task.equals(task) && that.person.equals(person) && that.date.equals(date)
                && that.checks.equals(checks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personalAssistant, task, person, date, checks);
    }

    @Override
    public String toString() {
        return "TaskCompetence[" + personalAssistant + ", " + task + ", " + person + ", " + date + ", " + checks + "]";
    }
}
