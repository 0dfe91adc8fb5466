package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/**
 * A reference received for the PA. Immutable and thread-safe.
 *
 * @param referee who gave it, 1 - 200 characters, not null
 * @param receivedOn the date it was received, not null
 */
public record Reference(String referee, LocalDate receivedOn) implements Evidence {

    /**
     * Validates the reference.
     *
     * @param referee who gave it, 1 - 200 characters, not null
     * @param receivedOn the date it was received, not null
     * @throws InvalidValueException if a component is null or the referee is blank or too long
     */
    public Reference {
        Texts.require(referee, 200, "reference.referee");
        InvalidValueException.requireNonNull(receivedOn, "reference.receivedOn");
    }

    @Override
    public LocalDate evidenceDate() {
        return receivedOn;
    }
}
