package org.carebudget.core.employment.rules;

/**
 * Which employer National Insurance relief applies to a payment: 0% up to the upper secondary threshold for an
 * employee under 21 (category M) or an apprentice under 25 (category H), the full rate above it. Thread-safe.
 */
public enum NiRelief {
    /** No relief: the secondary rate above the secondary threshold (category A). */
    NONE,
    /** Under 21 on the pay date (category M). */
    UNDER_21,
    /** An apprentice on a statutory apprenticeship, under 25 on the pay date (category H). */
    APPRENTICE_UNDER_25
}
