package org.carebudget.core.training;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/**
 * How many PAs of a package are competent in a task on one day. Immutable and thread-safe.
 *
 * @param date the day, not null
 * @param competentPas how many PAs are competent, zero or more
 */
public record DayCover(LocalDate date, int competentPas) {

    /**
     * Validates the cover.
     *
     * @param date the day, not null
     * @param competentPas the count, zero or more
     * @throws InvalidValueException if {@code date} is null or the count is negative
     */
    public DayCover {
        InvalidValueException.requireNonNull(date, "date");
        InvalidValueException.requireInRange(competentPas, 0, Integer.MAX_VALUE, "competentPas");
    }
}
