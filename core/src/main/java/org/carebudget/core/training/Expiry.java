package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.Optional;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * A PA's current (newest) record of a competency with the date it stops being valid. A competency is valid on the
 * dates {@code [completedOn, lapsesOn)}: through the day before {@code lapsesOn}, and not on it. Immutable and
 * thread-safe.
 *
 * @param record the record, not null
 * @param lapsesOn the first date on which it is no longer valid; null when it never lapses (done once)
 * @param cause why it lapses on that date; null exactly when {@code lapsesOn} is null
 */
public record Expiry(TrainingRecord record, LocalDate lapsesOn, LapseCause cause) {

    /**
     * Validates the expiry.
     *
     * @param record the record, not null
     * @param lapsesOn the first invalid date, after the completion date; may be null
     * @param cause why; null exactly when {@code lapsesOn} is null
     * @throws InvalidValueException if {@code record} is null, {@code lapsesOn} is not after the completion date,
     *     or {@code cause} is null when {@code lapsesOn} is not (or the reverse)
     */
    public Expiry {
        InvalidValueException.requireNonNull(record, "record");
        if (lapsesOn != null && !lapsesOn.isAfter(record.completedOn())) {
            throw new InvalidValueException("lapsesOn", "after completedOn " + record.completedOn(), lapsesOn);
        }
        if ((lapsesOn == null) != (cause == null)) {
            throw new InvalidValueException("cause", lapsesOn == null ? "null when it never lapses"
                    : "not null when it lapses", cause);
        }
    }

    /**
     * Returns the PA the record is for.
     *
     * @return the PA, not null
     */
    public PersonalAssistantId personalAssistant() {
        return record.personalAssistant();
    }

    /**
     * Returns the competency the record is for.
     *
     * @return the competency, not null
     */
    public CompetencyCode competency() {
        return record.competency();
    }

    /**
     * Returns the last date on which the competency is valid.
     *
     * @return the day before {@code lapsesOn}, or empty when it never lapses
     */
    public Optional<LocalDate> lastValidDay() {
        return Optional.ofNullable(lapsesOn).map(d -> d.minusDays(1));
    }

    /**
     * Returns whether the competency is valid on a date: on or after completion and before {@code lapsesOn}.
     *
     * @param date the date, not null
     * @return true if valid on {@code date}
     * @throws InvalidValueException if {@code date} is null
     */
    public boolean isValidOn(LocalDate date) {
        InvalidValueException.requireNonNull(date, "date");
        return !date.isBefore(record.completedOn()) && (lapsesOn == null || date.isBefore(lapsesOn));
    }
}
