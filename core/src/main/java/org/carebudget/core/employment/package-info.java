/**
 * Personal assistant employment and its compliance: the employment snapshot
 * ({@link org.carebudget.core.employment.Employment}) with its evidence and pay records, the
 * {@link org.carebudget.core.employment.ComplianceRule} contract, the vendor-editable
 * {@link org.carebudget.core.employment.RuleSet}, and
 * {@link org.carebudget.core.employment.ComplianceFinding} results, each carrying its computed figures as a typed
 * {@link org.carebudget.core.employment.ComplianceFigures} value. A non-compliant PA is a finding, never an
 * exception; figures missing for a date are a {@link org.carebudget.core.employment.ComplianceSeverity#NOT_CHECKED}
 * finding; only invalid input throws {@link org.carebudget.core.InvalidValueException}, whose message never shows a
 * name, a date of birth or an NI number. Dates that end something are exclusive ({@code actBefore}, a policy's end,
 * permission to work's end). Values are immutable and thread-safe; builders are not.
 */
package org.carebudget.core.employment;
