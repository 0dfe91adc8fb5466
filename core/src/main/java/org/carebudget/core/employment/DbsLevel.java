package org.carebudget.core.employment;

/** The level of a Disclosure and Barring Service certificate. Thread-safe. */
public enum DbsLevel {
    /** Basic: unspent convictions only. */
    BASIC,
    /** Standard: spent and unspent convictions, cautions. */
    STANDARD,
    /** Enhanced: as standard plus police information; may include the barred lists. */
    ENHANCED
}
