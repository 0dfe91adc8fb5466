package org.carebudget.core.employment;

/** Who employs the personal assistant. Thread-safe. */
public enum EmployerKind {
    /** The person holding the direct payment or personal health budget. */
    BUDGET_HOLDER,
    /** A person nominated to manage the budget for the budget holder (a family member, a deputy). */
    NOMINATED_PERSON,
    /** A third-party service (user-controlled trust, managed-account provider) employing on the holder's behalf. */
    THIRD_PARTY_SERVICE
}
