package org.carebudget.core.training;

/**
 * What a record of a competency must show besides attendance. Thread-safe.
 */
public enum Assessment {
    /** Training attended or completed; no assessor needed. */
    TRAINING,
    /**
     * Training followed by an assessment of competence by a named competent assessor, as for handling medicines
     * (CQC; NICE). The assessor need not hold a professional registration.
     */
    ASSESSED_COMPETENCY,
    /**
     * A delegated clinical task: competence for one named person's care, signed off by a registered professional
     * (NMC, HCPC or GMC) and reassessed at the interval the delegating clinician sets.
     */
    DELEGATED_CLINICAL
}
