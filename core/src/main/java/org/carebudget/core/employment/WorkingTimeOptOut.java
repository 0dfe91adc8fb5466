package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The PA's written agreement to work more than the 48-hour weekly average (Working Time Regulations 1998 reg. 5).
 * Immutable and thread-safe.
 *
 * @param signedOn the date signed, a supported date, not null
 * @param withdrawnOn the first day it no longer applies after the PA withdrew it, after {@code signedOn}; null if not
 *     withdrawn
 */
public record WorkingTimeOptOut(LocalDate signedOn, @Nullable LocalDate withdrawnOn) implements Evidence {

    /**
     * Validates the opt-out.
     *
     * @param signedOn the date signed, a supported date, not null
     * @param withdrawnOn the first day it no longer applies, after {@code signedOn}, a supported date, or null
     * @throws InvalidValueException if {@code signedOn} is null, a date unsupported, or the withdrawal not after it
     */
    public WorkingTimeOptOut {
        Checks.CORE.date(signedOn, "workingTimeOptOut.signedOn");
        if (withdrawnOn != null) {
            Checks.CORE.date(withdrawnOn, "workingTimeOptOut.withdrawnOn");
            if (!withdrawnOn.isAfter(signedOn)) {
                throw new InvalidValueException("workingTimeOptOut.withdrawnOn", "after signedOn " + signedOn,
                        withdrawnOn);
            }
        }
    }

    /**
     * Returns an opt-out signed on a date and not withdrawn.
     *
     * @param signedOn the date signed, a supported date, not null
     * @return the opt-out, not null
     * @throws InvalidValueException if {@code signedOn} is null or unsupported
     */
    public static WorkingTimeOptOut signedOn(LocalDate signedOn) {
        return new WorkingTimeOptOut(signedOn, null);
    }

    /**
     * Returns whether the opt-out applies on a date.
     *
     * @param date the date, not null
     * @return true when signed on or before {@code date} and not withdrawn by then
     * @throws InvalidValueException if {@code date} is null
     */
    public boolean appliesOn(LocalDate date) {
        Checks.CORE.notNull(date, "date");
        return !signedOn.isAfter(date) && (withdrawnOn == null || date.isBefore(withdrawnOn));
    }

    @Override
    public LocalDate evidenceDate() {
        return signedOn;
    }
}
