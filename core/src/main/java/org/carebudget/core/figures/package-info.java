/**
 * The UK figures that change by date (minimum wage, employer NI and PAYE, workplace pension thresholds,
 * Statutory Sick Pay, holiday accrual), kept in one effective-dated table, {@link org.carebudget.core.figures.UkFigures}.
 * Each row names its source and how far it was confirmed ({@link org.carebudget.core.figures.Status}); a lookup
 * for a date with no figures fails with a clear error, never a silent fallback. Figures are from
 * {@code shared/UK-RULES.md}. All types are immutable and thread-safe.
 */
package org.carebudget.core.figures;
