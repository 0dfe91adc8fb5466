package org.carebudget.core.employment;

/** Who employs the personal assistant. Thread-safe. */
public enum EmployerKind {
    /** The person holding the direct payment or personal health budget, employing for their own care. */
    BUDGET_HOLDER,
    /** A person nominated to manage the budget for the budget holder (a family member, a deputy), employing in their
     * own name. */
    NOMINATED_PERSON,
    /** An organisation (user-controlled trust, managed-account provider, registered care provider) employing on the
     * holder's behalf: a regulated activity provider under the Safeguarding Vulnerable Groups Act 2006. */
    THIRD_PARTY_SERVICE;

    /**
     * Returns whether the employer is an individual making private arrangements for their own or a family member's
     * care, rather than an organisation.
     *
     * @return true for {@link #BUDGET_HOLDER} and {@link #NOMINATED_PERSON}
     */
    public boolean isIndividual() {
        return this != THIRD_PARTY_SERVICE;
    }
}
