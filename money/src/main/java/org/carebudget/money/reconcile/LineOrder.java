package org.carebudget.money.reconcile;

/**
 * The order of a statement's lines in its file. Most UK bank downloads put the newest line first. Within one date
 * it decides which line's running balance is the end-of-day balance when the balances alone do not tell.
 */
public enum LineOrder {
    /** The oldest line first. */
    OLDEST_FIRST,
    /** The newest line first. */
    NEWEST_FIRST
}
