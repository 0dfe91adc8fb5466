package org.carebudget.core.employment;

/**
 * A figure a compliance rule computed, carried on its finding as a typed value so a payroll vendor reads the
 * shortfall, the threshold applied or the hours accrued without parsing the message: for example
 * {@code org.carebudget.core.employment.rules.MinimumWageCheck}. Each rule that computes one has a public static
 * function returning the same type, so the question can be asked without a caseload. Implementations are immutable
 * and thread-safe values.
 */
public interface ComplianceFigures {
}
