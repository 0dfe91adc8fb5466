package org.carebudget.core.figures;

/** How far a figure was confirmed, as marked in UK-RULES.md. Thread-safe. */
public enum Status {
    /** C: read in an official source (GOV.UK, HMRC, legislation.gov.uk, TPR, Acas, CQC, Skills for Care, NHS England). */
    CONFIRMED,
    /** C2: read only in reputable secondary sources. */
    SECONDARY,
    /** U: not confirmed; a rule built on it says so and lets the caller override the figure. */
    UNCONFIRMED
}
