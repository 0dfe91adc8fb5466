/**
 * The standard PA employment compliance rules ({@link org.carebudget.core.employment.rules.StandardRules}): right to
 * work, DBS, employers' liability insurance, written statement, paying family members, minimum wage, holiday and
 * holiday records, workplace pension, PAYE and employer National Insurance, Statutory Sick Pay, and the working-time
 * opt-out. Each rule is a small class with an id, a plain-English description, a severity, the law or policy it
 * implements and the dates it is in force; every figure comes from {@link org.carebudget.core.figures.UkFigures}.
 * Every rule that computes a figure has a public static function for it (minimum wage, employer NI with the
 * young-worker reliefs, the Employment Allowance, pension assessment and contributions, holiday accrual, Statutory
 * Sick Pay), returning the same typed value its findings carry. All types are immutable and thread-safe.
 */
package org.carebudget.core.employment.rules;
