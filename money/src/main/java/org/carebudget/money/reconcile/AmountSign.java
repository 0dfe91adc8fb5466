package org.carebudget.money.reconcile;

/**
 * How a statement profile reads a signed amount from its columns.
 */
public enum AmountSign {
    /** One amount column, positive for money paid in and negative for money paid out (Monzo, Starling, HSBC). */
    PAID_IN_POSITIVE,
    /** One amount column, positive for money paid out (card statements that print spending as positive). */
    PAID_OUT_POSITIVE,
    /** Two columns, one for money paid out and one for money paid in (Lloyds, Nationwide); the amount is in - out. */
    SEPARATE_COLUMNS
}
