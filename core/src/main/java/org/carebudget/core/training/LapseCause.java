package org.carebudget.core.training;

/** Why a competency stops being valid. Thread-safe. */
public enum LapseCause {
    /** The refresh period (or the clinician's reassessment interval) ran out. */
    REFRESH_DUE,
    /**
     * The person's support plan changed after a delegated clinical task was signed off, so the sign-off no longer
     * matches their needs.
     */
    SUPPORT_PLAN_CHANGED
}
