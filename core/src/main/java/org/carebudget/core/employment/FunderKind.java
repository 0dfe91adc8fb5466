package org.carebudget.core.employment;

/** The kind of body that funds a budget and approves what it pays for. Thread-safe. */
public enum FunderKind {
    /** A local authority (for a direct payment). */
    COUNCIL,
    /** An NHS integrated care board (for a personal health budget). */
    INTEGRATED_CARE_BOARD
}
