package org.carebudget.core.training;

import org.carebudget.core.InvalidValueException;

/**
 * How a PA stands on one competency that a task needs, on one date. Immutable and thread-safe.
 *
 * @param competency the competency, not null
 * @param status the standing, not null
 * @param expiry the record in force on the date and when it lapses; null exactly when {@code status} is
 *     {@link CompetencyStatus#MISSING}
 */
public record CompetencyCheck(CompetencyCode competency, CompetencyStatus status, Expiry expiry) {

    /**
     * Validates the check.
     *
     * @param competency the competency, not null
     * @param status the standing, not null
     * @param expiry the record in force; null exactly when missing
     * @throws InvalidValueException if a required component is null, or {@code expiry} does not match the status
     */
    public CompetencyCheck {
        InvalidValueException.requireNonNull(competency, "competency");
        InvalidValueException.requireNonNull(status, "status");
        if ((status == CompetencyStatus.MISSING) != (expiry == null)) {
            throw new InvalidValueException("expiry", "null exactly when MISSING", expiry);
        }
    }

    /**
     * Returns whether the PA is competent in this on the date.
     *
     * @return true if {@link CompetencyStatus#VALID}
     */
    public boolean isValid() {
        return status == CompetencyStatus.VALID;
    }
}
