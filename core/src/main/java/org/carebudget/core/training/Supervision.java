package org.carebudget.core.training;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * A PA's supervision setting and the date of their last supervision. Supervised every N weeks, the next
 * supervision is on time through the day N weeks after the last and overdue from the day after:
 * {@link #dueBefore()} is that first overdue day (exclusive, as every date that ends something in
 * {@code org.carebudget.core}). Immutable and thread-safe.
 */
public final class Supervision {

    /** The longest interval between supervisions, in weeks. */
    public static final int MAX_WEEKS = 52;

    private final PersonalAssistantId personalAssistant;
    private final int everyWeeks;
    private final LocalDate lastSupervisedOn;

    private Supervision(PersonalAssistantId personalAssistant, int everyWeeks, LocalDate lastSupervisedOn) {
        this.personalAssistant = personalAssistant;
        this.everyWeeks = everyWeeks;
        this.lastSupervisedOn = lastSupervisedOn;
    }

    /**
     * Returns a setting.
     *
     * @param personalAssistant the PA, not null
     * @param everyWeeks how often the PA is supervised, in weeks, 1 to {@value #MAX_WEEKS} (a per-employer setting)
     * @param lastSupervisedOn the date of the last supervision (the start date for a new PA), not null, within
     *     {@link SupportedDates}
     * @return the setting, not null
     * @throws InvalidValueException if an argument is null or out of range (an interval of zero included)
     */
    public static Supervision of(PersonalAssistantId personalAssistant, int everyWeeks,
            LocalDate lastSupervisedOn) {
        return new Supervision(Checks.CORE.notNull(personalAssistant, "personalAssistant"),
                Checks.CORE.inRange(everyWeeks, 1, MAX_WEEKS, "everyWeeks"),
                Checks.CORE.date(lastSupervisedOn, "lastSupervisedOn"));
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
     * Returns how often the PA is supervised.
     *
     * @return the weeks, 1 to {@value #MAX_WEEKS}
     */
    public int everyWeeks() {
        return everyWeeks;
    }

    /**
     * Returns the date of the last supervision.
     *
     * @return the date, not null
     */
    public LocalDate lastSupervisedOn() {
        return lastSupervisedOn;
    }

    /**
     * Returns the first day on which the next supervision is overdue: {@code everyWeeks} weeks and one day after the
     * last. Supervised every 4 weeks from Thursday 1 October, a supervision on Thursday 29 October is on time and
     * the 30th is this day.
     *
     * @return the day, not null (at most 53 weeks after {@link SupportedDates#LAST})
     */
    public LocalDate dueBefore() {
        return lastSupervisedOn.plusWeeks(everyWeeks).plusDays(1);
    }

    /**
     * Returns whether supervision is overdue on a date: on or after {@link #dueBefore()}.
     *
     * @param asOf the date, not null, within {@link SupportedDates}
     * @return true if overdue
     * @throws InvalidValueException if {@code asOf} is null or outside the supported dates
     */
    public boolean isOverdueOn(LocalDate asOf) {
        return !Checks.CORE.date(asOf, "asOf").isBefore(dueBefore());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Supervision that && that.personalAssistant.equals(personalAssistant)
                && that.everyWeeks == everyWeeks && that.lastSupervisedOn.equals(lastSupervisedOn);
    }

    @Override
    public int hashCode() {
        return (personalAssistant.hashCode() * 31 + everyWeeks) * 31 + lastSupervisedOn.hashCode();
    }

    @Override
    public String toString() {
        return "Supervision[" + personalAssistant + ", every " + everyWeeks + " weeks, last " + lastSupervisedOn
                + "]";
    }
}
