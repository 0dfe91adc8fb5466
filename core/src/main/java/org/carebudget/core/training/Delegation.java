package org.carebudget.core.training;

import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * The terms of a delegated clinical task's sign-off: the one person whose care the competence is for, and the
 * interval after which the delegating clinician wants the PA reassessed. Immutable and thread-safe.
 */
public final class Delegation {

    private final PersonId person;
    private final int reassessEveryMonths;

    private Delegation(PersonId person, int reassessEveryMonths) {
        this.person = person;
        this.reassessEveryMonths = reassessEveryMonths;
    }

    /**
     * Returns the terms.
     *
     * @param person the person whose care the competence is for, not null
     * @param reassessEveryMonths the clinician's reassessment interval in months, 1 to
     *     {@value RefreshPeriod#MAX_MONTHS} (further capped by the catalogue entry, checked when recorded)
     * @return the terms, not null
     * @throws InvalidValueException if {@code person} is null or the interval is out of range (zero included)
     */
    public static Delegation of(PersonId person, int reassessEveryMonths) {
        Checks.CORE.notNull(person, "person");
        Checks.CORE.inRange(reassessEveryMonths, 1, RefreshPeriod.MAX_MONTHS, "reassessEveryMonths");
        return new Delegation(person, reassessEveryMonths);
    }

    /**
     * Returns the person whose care the competence is for.
     *
     * @return the person, not null
     */
    public PersonId person() {
        return person;
    }

    /**
     * Returns the clinician's reassessment interval.
     *
     * @return the months, 1 to {@value RefreshPeriod#MAX_MONTHS}
     */
    public int reassessEveryMonths() {
        return reassessEveryMonths;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Delegation that && that.person.equals(person)
                && that.reassessEveryMonths == reassessEveryMonths;
    }

    @Override
    public int hashCode() {
        return person.hashCode() * 31 + reassessEveryMonths;
    }

    @Override
    public String toString() {
        return "Delegation[" + person + ", every " + reassessEveryMonths + " months]";
    }
}
