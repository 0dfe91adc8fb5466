package org.carebudget.money.policy;

/**
 * What a rule's finding does to a spend. Thread-safe.
 */
public enum Severity {
    /** The spend is held for the funder's review: the funds are reserved, not spent, until posted or voided. */
    HOLD,
    /** The spend is refused and nothing is recorded. */
    REJECT
}
