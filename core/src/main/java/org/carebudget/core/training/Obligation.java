package org.carebudget.core.training;

/**
 * Why an employer must (or should) see that a PA holds a competency: the kind of rule behind a catalogue entry, for
 * one kind of employer ({@link TrainingBasis}). Thread-safe.
 */
public enum Obligation {
    /** Statute or regulations that bind this kind of employer, such as a registered provider's duty to train staff. */
    LAW,
    /**
     * Health and safety law that binds this employer unless the PA is a domestic servant in a private household:
     * Part I of the Health and Safety at Work etc. Act 1974, and the regulations made under it, do not apply to that
     * employment (s.51). Whether a PA is one is a question of fact for each employment, never assumed: HSE considers
     * a carer employed and paid directly by the householder (even with council money) a domestic servant, but work
     * beyond domestic service, such as specialist manual handling with a hoist or complex healthcare tasks, likely
     * covered by the Act (hse.gov.uk/domestic-work; hse.gov.uk/healthservices/domiciliary-care.htm).
     */
    LAW_UNLESS_DOMESTIC_SERVANT,
    /**
     * A condition of the funder's direct payment or personal health budget agreement: binding on the employer through
     * the agreement, where the funder's agreement sets it (a per-funder setting).
     */
    FUNDER_CONDITION,
    /** The employer's own policy: required of its PAs by the employer, not by law or funder. */
    EMPLOYER_POLICY,
    /** Recommended practice (Skills for Care, a professional or clinical body): neither law nor a condition. */
    GOOD_PRACTICE
}
