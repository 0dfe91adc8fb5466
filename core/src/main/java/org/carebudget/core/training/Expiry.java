package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * A record with the date it stops being valid. A competency is valid on the dates {@code [completedOn, lapsesOn)}:
 * through the day before {@code lapsesOn}, and not on it (the exclusive end of the convention of
 * {@code org.carebudget.core}). Immutable and thread-safe.
 */
public final class Expiry {

    private final TrainingRecord record;
    private final @Nullable LocalDate lapsesOn;
    private final @Nullable LapseCause cause;

    /** Creates an expiry the register has already checked. */
    Expiry(TrainingRecord record, @Nullable LocalDate lapsesOn, @Nullable LapseCause cause) {
        this.record = record;
        this.lapsesOn = lapsesOn;
        this.cause = cause;
    }

    /**
     * Returns an expiry.
     *
     * @param record the record, not null
     * @param lapsesOn the first date on which it is no longer valid, after the completion date; null when it never
     *     lapses (done once)
     * @param cause why it lapses on that date; null exactly when {@code lapsesOn} is null
     * @return the expiry, not null
     * @throws InvalidValueException if {@code record} is null, {@code lapsesOn} is not after the completion date,
     *     or {@code cause} is null when {@code lapsesOn} is not (or the reverse)
     */
    public static Expiry of(TrainingRecord record, @Nullable LocalDate lapsesOn,
            @Nullable LapseCause cause) {
        Checks.CORE.notNull(record, "record");
        if (lapsesOn != null && !lapsesOn.isAfter(record.completedOn())) {
            throw Checks.CORE.invalid("lapsesOn", "after completedOn " + record.completedOn(), lapsesOn);
        }
        if ((lapsesOn == null) != (cause == null)) {
            throw Checks.CORE.invalid("cause", lapsesOn == null ? "null when it never lapses"
                    : "not null when it lapses", cause);
        }
        return new Expiry(record, lapsesOn, cause);
    }

    /**
     * Returns the record.
     *
     * @return the record, not null
     */
    public TrainingRecord record() {
        return record;
    }

    /**
     * Returns the first date on which the record is no longer valid.
     *
     * @return the date (exclusive end of validity), or null when it never lapses
     */
    public @Nullable LocalDate lapsesOn() {
        return lapsesOn;
    }

    /**
     * Returns why the record lapses on {@link #lapsesOn()}.
     *
     * @return the cause, or null exactly when it never lapses
     */
    public @Nullable LapseCause cause() {
        return cause;
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
     * Returns the last date on which the competency is valid, for display.
     *
     * @return the day before {@code lapsesOn}, or empty when it never lapses
     */
    public Optional<LocalDate> lastValidDay() {
        return Optional.ofNullable(lapsesOn).map(d -> d.minusDays(1));
    }

    /**
     * Returns whether the competency is valid on a date: on or after completion and before {@code lapsesOn}.
     *
     * @param date the date, not null, within {@link SupportedDates}
     * @return true if valid on {@code date}
     * @throws InvalidValueException if {@code date} is null or outside the supported dates
     */
    public boolean isValidOn(LocalDate date) {
        Checks.CORE.date(date, "date");
        return !date.isBefore(record.completedOn()) && (lapsesOn == null || date.isBefore(lapsesOn));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Expiry that && that.record.equals(record) && Objects.equals(that.lapsesOn, lapsesOn)
                && that.cause == cause;
    }

    @Override
    public int hashCode() {
        return Objects.hash(record, lapsesOn, cause);
    }

    @Override
    public String toString() {
        return "Expiry[" + record + (lapsesOn == null ? ", never lapses" : ", lapses on " + lapsesOn + " (" + cause
                + ")") + "]";
    }
}
