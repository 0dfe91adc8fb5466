/**
 * The UK figures that change by date (minimum wage, employer NI, Employment Allowance and PAYE, workplace pension
 * thresholds, Statutory Sick Pay, holiday, employers' liability cover, working-time limits, written statement
 * content), kept in one effective-dated table, {@link org.carebudget.core.figures.UkFigures}, one series per kind of
 * row. Each row is built by a named factory or builder, names its source and how far it was confirmed
 * ({@link org.carebudget.core.figures.Status}); a lookup for a date with no figures fails with a clear error, or
 * answers null for a rule to report, never a silent fallback. Figures are from {@code shared/UK-RULES.md}. All types
 * are immutable and thread-safe; builders are not.
 */
package org.carebudget.core.figures;
