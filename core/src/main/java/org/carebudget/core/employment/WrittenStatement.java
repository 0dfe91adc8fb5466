package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/**
 * The written statement of employment particulars given to the PA. Immutable and thread-safe.
 *
 * @param givenOn the date it was given, not null
 */
public record WrittenStatement(LocalDate givenOn) implements Evidence {

    /**
     * Validates the statement.
     *
     * @param givenOn the date it was given, not null
     * @throws InvalidValueException if {@code givenOn} is null
     */
    public WrittenStatement {
        InvalidValueException.requireNonNull(givenOn, "writtenStatement.givenOn");
    }

    @Override
    public LocalDate evidenceDate() {
        return givenOn;
    }
}
