package org.carebudget.core.training;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * A PA's supervision setting and the date of their last supervision. The next supervision is due on
 * {@code lastSupervisedOn + everyWeeks} weeks; it is overdue from the day after. Immutable and thread-safe.
 *
 * @param personalAssistant the PA, not null
 * @param everyWeeks how often the PA is supervised, in weeks, 1 to 52 (a per-employer setting)
 * @param lastSupervisedOn the date of the last supervision (the start date for a new PA), not null
 */
public record Supervision(PersonalAssistantId personalAssistant, int everyWeeks, LocalDate lastSupervisedOn) {

    /**
     * Validates the setting.
     *
     * @param personalAssistant the PA, not null
     * @param everyWeeks the interval in weeks, 1 to 52
     * @param lastSupervisedOn the last supervision, not null
     * @throws InvalidValueException if a component is null or the interval is out of range (zero included)
     */
    public Supervision {
        InvalidValueException.requireNonNull(personalAssistant, "personalAssistant");
        InvalidValueException.requireInRange(everyWeeks, 1, 52, "everyWeeks");
        InvalidValueException.requireNonNull(lastSupervisedOn, "lastSupervisedOn");
    }

    /**
     * Returns the date the next supervision is due: on this day it is due, not yet overdue.
     *
     * @return the due date, not null
     */
    public LocalDate dueOn() {
        return lastSupervisedOn.plusWeeks(everyWeeks);
    }

    /**
     * Returns whether supervision is overdue on a date: the date is after {@link #dueOn()}.
     *
     * @param asOf the date, not null
     * @return true if overdue
     * @throws InvalidValueException if {@code asOf} is null
     */
    public boolean isOverdueOn(LocalDate asOf) {
        return InvalidValueException.requireNonNull(asOf, "asOf").isAfter(dueOn());
    }
}
