package org.carebudget.core.training;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;

/**
 * The terms of a delegated clinical task's sign-off: the one person whose care the competence is for, and the
 * interval after which the delegating clinician wants the PA reassessed. Immutable and thread-safe.
 *
 * @param person the person whose care the competence is for, not null
 * @param reassessEveryMonths the clinician's reassessment interval in months, 1 to {@value RefreshPeriod#MAX_MONTHS}
 *     (further capped by the catalogue entry, checked when recorded)
 */
public record Delegation(PersonId person, int reassessEveryMonths) {

    /**
     * Validates the terms.
     *
     * @param person the person, not null
     * @param reassessEveryMonths the interval in months, 1 to {@value RefreshPeriod#MAX_MONTHS}
     * @throws InvalidValueException if {@code person} is null or the interval is out of range (zero included)
     */
    public Delegation {
        InvalidValueException.requireNonNull(person, "person");
        InvalidValueException.requireInRange(reassessEveryMonths, 1, RefreshPeriod.MAX_MONTHS, "reassessEveryMonths");
    }

    /**
     * Returns the terms.
     *
     * @param person the person, not null
     * @param reassessEveryMonths the interval in months, 1 to {@value RefreshPeriod#MAX_MONTHS}
     * @return the terms, not null
     * @throws InvalidValueException as the constructor does
     */
    public static Delegation of(PersonId person, int reassessEveryMonths) {
        return new Delegation(person, reassessEveryMonths);
    }
}
