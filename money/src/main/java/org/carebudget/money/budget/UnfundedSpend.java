package org.carebudget.money.budget;

/**
 * What a funder's stream does with a spend on a category the funder does not fund: a per-funder setting. Seed 000
 * (a third-party managed account): "any concerns around potential inappropriate use of funds would be reported back
 * to the funder for evaluation prior to funds release", so holding for review is the default. Thread-safe.
 */
public enum UnfundedSpend {
    /** Hold it for the funder's review, the money reserved: the funder's approval pays it, a release refuses it. */
    HOLD_FOR_REVIEW,
    /** Reject it: nothing is recorded. */
    REJECT
}
