/**
 * Personal assistant employment and its compliance: the employment snapshot
 * ({@link org.carebudget.core.employment.Employment}) with its evidence and pay records, the
 * {@link org.carebudget.core.employment.ComplianceRule} contract, the vendor-editable
 * {@link org.carebudget.core.employment.RuleSet}, and {@link org.carebudget.core.employment.Finding} results.
 * A non-compliant PA is a finding, never an exception; only invalid input throws
 * {@link org.carebudget.core.InvalidValueException}. Values are immutable and thread-safe; builders are not.
 */
package org.carebudget.core.employment;
