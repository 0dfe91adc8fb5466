package org.carebudget.core.employment.rules;

import org.carebudget.core.Checks;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.employment.PensionTaxRelief;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * Pension contributions for one pay reference period against the minimums, as
 * {@link PensionAutoEnrolment#contributions} computes them; a relief-at-source contribution counts at its gross
 * equivalent. Made by the library; immutable and thread-safe.
 *
 * @param period the pay reference period, not null
 * @param qualifyingEarnings the qualifying earnings, not null
 * @param employerMinimum the employer's minimum contribution, not null
 * @param totalMinimum the minimum total contribution, not null
 * @param employerPaid the employer's contribution, not null
 * @param employeeGrossEquivalent the PA's contribution, grossed up under relief at source, not null
 * @param taxRelief how the scheme gives tax relief, not null
 * @param shortfall the larger of the employer's shortfall and the total's, zero when both are met, not null
 */
public record PensionContributionCheck(DateRange period, Gbp qualifyingEarnings, Gbp employerMinimum,
        Gbp totalMinimum, Gbp employerPaid, Gbp employeeGrossEquivalent, PensionTaxRelief taxRelief, Gbp shortfall)
        implements ComplianceFigures {

    /**
     * Checks the figures are present.
     *
     * @param period the pay reference period, not null
     * @param qualifyingEarnings the qualifying earnings, not null
     * @param employerMinimum the employer's minimum, not null
     * @param totalMinimum the total minimum, not null
     * @param employerPaid the employer's contribution, not null
     * @param employeeGrossEquivalent the PA's contribution, gross, not null
     * @param taxRelief the tax relief, not null
     * @param shortfall the shortfall, not null
     * @throws org.carebudget.core.InvalidValueException if a figure is null
     */
    public PensionContributionCheck {
        Checks.CORE.notNull(period, "period");
        Checks.CORE.notNull(qualifyingEarnings, "qualifyingEarnings");
        Checks.CORE.notNull(employerMinimum, "employerMinimum");
        Checks.CORE.notNull(totalMinimum, "totalMinimum");
        Checks.CORE.notNull(employerPaid, "employerPaid");
        Checks.CORE.notNull(employeeGrossEquivalent, "employeeGrossEquivalent");
        Checks.CORE.notNull(taxRelief, "taxRelief");
        Checks.CORE.notNull(shortfall, "shortfall");
    }
}
