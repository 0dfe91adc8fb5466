package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/**
 * The PA's written agreement to work more than the 48-hour weekly average. Immutable and thread-safe.
 *
 * @param signedOn the date signed, not null
 * @param withdrawnOn the date it stops applying after the PA withdrew it, after {@code signedOn}; null if not
 *     withdrawn
 */
public record WorkingTimeOptOut(LocalDate signedOn, LocalDate withdrawnOn) implements Evidence {

    /**
     * Validates the opt-out.
     *
     * @param signedOn the date signed, not null
     * @param withdrawnOn the date it stops applying, after {@code signedOn}, or null
     * @throws InvalidValueException if {@code signedOn} is null or the withdrawal is not after it
     */
    public WorkingTimeOptOut {
        InvalidValueException.requireNonNull(signedOn, "workingTimeOptOut.signedOn");
        if (withdrawnOn != null && !withdrawnOn.isAfter(signedOn)) {
            throw new InvalidValueException("workingTimeOptOut.withdrawnOn", "after signedOn " + signedOn, withdrawnOn);
        }
    }

    /**
     * Returns whether the opt-out applies on a date.
     *
     * @param date the date, not null
     * @return true when signed on or before {@code date} and not withdrawn by then
     */
    public boolean appliesOn(LocalDate date) {
        return !signedOn.isAfter(date) && (withdrawnOn == null || date.isBefore(withdrawnOn));
    }

    @Override
    public LocalDate evidenceDate() {
        return signedOn;
    }
}
