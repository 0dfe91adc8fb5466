package org.carebudget.money.reconcile;

/** What a match or a candidate rests on. */
public enum MatchBasis {
    /** The line carries the entry's reference, and the amounts agree. */
    REFERENCE,
    /** The amounts agree and the dates fall within the window; no reference agrees. */
    AMOUNT_AND_DATE
}
