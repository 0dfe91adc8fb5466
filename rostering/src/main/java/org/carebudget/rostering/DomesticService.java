package org.carebudget.rostering;

/**
 * Whether a worker is employed as a domestic servant in a private household in one employment (Working Time
 * Regulations 1998 reg. 19; SR 2016/49 reg. 23). Whether a personal assistant counts is a legal judgement on the
 * facts of the job, so it is a per-employment setting the employer makes: never assumed either way.
 *
 * <p>For a domestic servant in a private household the 48-hour average (reg. 4(1),(2)), the night-work limits
 * (reg. 6(1),(2),(7)) and, as amended by SI 2002/3128, a young worker's 8-hour day and 40-hour week (reg. 5A(1),(4))
 * and night-work restriction (reg. 6A) do not apply; daily rest, weekly rest and rest breaks (regs. 10 - 12) still
 * do. Thread-safe.
 */
public enum DomesticService {
    /** Employed as a domestic servant in a private household: reg. 19 applies. */
    DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD,
    /** Not a domestic servant in a private household: every limit applies. */
    NOT_DOMESTIC_SERVICE
}
