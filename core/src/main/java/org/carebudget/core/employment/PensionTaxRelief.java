package org.carebudget.core.employment;

/** How a workplace pension scheme gives the worker tax relief on their contributions. Thread-safe. */
public enum PensionTaxRelief {
    /** Net pay arrangement: the worker's contribution is deducted gross, before tax. */
    NET_PAY_ARRANGEMENT,
    /** Relief at source: the worker's contribution is deducted net of basic-rate relief, which the scheme claims;
     * its gross equivalent is what counts towards the minimum contributions. */
    RELIEF_AT_SOURCE
}
