/**
 * The standard PA employment compliance rules ({@link org.carebudget.core.employment.rules.StandardRules}): right
 * to work, DBS, employers' liability insurance, written statement, paying family members, minimum wage, holiday,
 * workplace pension, PAYE and employer National Insurance, and the working-time opt-out. Each rule is a small
 * class with an id, a plain-English description, a severity, the law or policy it implements and the dates it is
 * in force; every figure comes from {@link org.carebudget.core.figures.UkFigures}. All types are immutable and
 * thread-safe.
 */
package org.carebudget.core.employment.rules;
