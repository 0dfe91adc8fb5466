package org.carebudget.money.policy;

/**
 * What a spend rule's finding does to a spend. Thread-safe.
 */
public enum SpendSeverity {
    /** The spend is held for the funder's review: the funds are reserved, not spent, until approved or released. */
    HOLD,
    /** The spend is refused and nothing is recorded. */
    REJECT
}
