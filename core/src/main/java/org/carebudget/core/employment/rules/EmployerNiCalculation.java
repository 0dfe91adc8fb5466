package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.TaxYear;

/**
 * Employer (secondary) Class 1 National Insurance on one payment, as {@link EmployerNationalInsurance#calculate}
 * computes it: the tax year from the pay date, the relief for the PA's age or apprenticeship, the threshold applied
 * (the secondary threshold, or the upper secondary threshold under a relief), the rate and the NICs. Made by the
 * library; immutable and thread-safe.
 *
 * @param paidOn the pay date, not null
 * @param taxYear the tax year of the pay date, not null
 * @param frequency the pay frequency, not null
 * @param earnings the earnings paid, not null
 * @param relief the relief applied, not null
 * @param thresholdApplied the threshold above which NICs are due, not null
 * @param rateBasisPoints the secondary rate (1500 = 15%)
 * @param employerNi the employer NICs, rounded to the nearest penny (half a penny down), not null
 */
public record EmployerNiCalculation(LocalDate paidOn, TaxYear taxYear, PayFrequency frequency, Gbp earnings,
        NiRelief relief, Gbp thresholdApplied, int rateBasisPoints, Gbp employerNi) implements ComplianceFigures {

    /**
     * Checks the figures are present.
     *
     * @param paidOn the pay date, not null
     * @param taxYear the tax year, not null
     * @param frequency the pay frequency, not null
     * @param earnings the earnings, not null
     * @param relief the relief, not null
     * @param thresholdApplied the threshold, not null
     * @param rateBasisPoints the rate
     * @param employerNi the NICs, not null
     * @throws org.carebudget.core.InvalidValueException if a figure is null
     */
    public EmployerNiCalculation {
        Checks.CORE.notNull(paidOn, "paidOn");
        Checks.CORE.notNull(taxYear, "taxYear");
        Checks.CORE.notNull(frequency, "frequency");
        Checks.CORE.notNull(earnings, "earnings");
        Checks.CORE.notNull(relief, "relief");
        Checks.CORE.notNull(thresholdApplied, "thresholdApplied");
        Checks.CORE.notNull(employerNi, "employerNi");
    }
}
