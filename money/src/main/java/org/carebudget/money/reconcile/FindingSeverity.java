package org.carebudget.money.reconcile;

/** How serious a reconciliation finding is. */
public enum FindingSeverity {
    /** Worth knowing; nothing is late. */
    NOTICE,
    /** Something is late or wrong and needs a person. */
    WARNING
}
