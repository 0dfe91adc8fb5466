package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;

/**
 * A reference received for the PA. Immutable and thread-safe.
 *
 * @param referee who gave it, 1 - 200 characters, not blank (personal data: an error shows its length only)
 * @param receivedOn the date it was received, a supported date, not null
 */
public record Reference(String referee, LocalDate receivedOn) implements Evidence {

    /**
     * Validates the reference.
     *
     * @param referee who gave it, 1 - 200 characters, not blank
     * @param receivedOn the date it was received, a supported date, not null
     * @throws InvalidValueException if a component is null, the referee blank or too long, or the date unsupported
     */
    public Reference {
        Personal.name(referee, 200, "reference.referee");
        Checks.CORE.date(receivedOn, "reference.receivedOn");
    }

    @Override
    public LocalDate evidenceDate() {
        return receivedOn;
    }

    @Override
    public String toString() {
        return "Reference[received " + receivedOn + "]";
    }
}
