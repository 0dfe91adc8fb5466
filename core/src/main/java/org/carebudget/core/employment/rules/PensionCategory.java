package org.carebudget.core.employment.rules;

/** How automatic enrolment treats a worker in a pay reference period (Pensions Act 2008 ss. 1, 3, 7 and 9; TPR). */
public enum PensionCategory {
    /** Aged 22 to State Pension age at some point in the period and earning above the trigger: must be enrolled. */
    ELIGIBLE_JOBHOLDER,
    /** Aged 16 to 74 and earning above the lower qualifying limit, but not eligible: may opt in, and the employer
     * contributes. */
    NON_ELIGIBLE_JOBHOLDER,
    /** Aged 16 to 74 and earning at or below the lower qualifying limit: may join; the employer need not contribute. */
    ENTITLED_WORKER,
    /** Under 16 or 75 and over throughout the period: outside automatic enrolment. */
    OUTSIDE_AGE_RANGE
}
