package org.carebudget.money.reconcile;

/** Why a statement line or a ledger entry is unmatched. */
public enum UnmatchedReason {
    /** Nothing on the other side has this amount and settlement. */
    NO_SAME_AMOUNT,
    /** The other side has this amount, but only outside the date window; the nearest is named. */
    OUTSIDE_DATE_WINDOW,
    /** Something on the other side carries the same reference but another amount; it and the difference are named. */
    REFERENCE_AMOUNT_DIFFERS,
    /** The other side has this amount and date but the other settlement (pending in the ledger, settled at the bank). */
    SETTLEMENT_DIFFERS,
    /** Every candidate was confirmed to a better-scoring partner; the best candidate is named. */
    CANDIDATES_TAKEN,
    /** A ledger entry dated after the statement's last line (plus the window): not on this statement yet. */
    AFTER_STATEMENT,
    /** A ledger entry dated before the statement's first line (less the window): outside this statement. */
    BEFORE_STATEMENT
}
