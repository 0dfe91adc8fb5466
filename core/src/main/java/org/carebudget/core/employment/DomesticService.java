package org.carebudget.core.employment;

/**
 * Whether the employer treats the PA as a domestic servant in a private household under Working Time Regulations
 * 1998 reg. 19. It is a legal judgement the employer makes, never assumed. Thread-safe.
 */
public enum DomesticService {
    /** Not a domestic servant in a private household: every working-time limit applies. */
    NOT_DOMESTIC_SERVICE,
    /** A domestic servant in a private household: outside the 48-hour average and the night-work limits (reg. 19),
     * still entitled to rest and breaks. */
    DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD
}
