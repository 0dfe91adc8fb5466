package org.carebudget.core.employment.rules;

/** How automatic enrolment treats a worker in a pay period (The Pensions Regulator). Thread-safe. */
public enum PensionCategory {
    /** Aged 22 to State Pension age and earning above the trigger: must be enrolled. */
    ELIGIBLE_JOBHOLDER,
    /** Earning above the lower qualifying limit but not eligible: may opt in, and the employer contributes. */
    NON_ELIGIBLE_JOBHOLDER,
    /** Earning at or below the lower qualifying limit: may join; the employer need not contribute. */
    ENTITLED_WORKER
}
