package org.carebudget.core.training;

/** Why a competency stops being valid. Thread-safe. */
public enum LapseCause {
    /** The refresh period (or the clinician's reassessment interval) ran out. Declared first: the default. */
    REFRESH_DUE,
    /**
     * The person's support plan changed after a delegated clinical task was signed off, so the sign-off no longer
     * matches their needs.
     */
    SUPPORT_PLAN_CHANGED,
    /**
     * A new risk was identified after the training, so the PA must redo it (moving and handling people: "12
     * months, and on a new risk", UK-RULES.md).
     */
    NEW_RISK
}
