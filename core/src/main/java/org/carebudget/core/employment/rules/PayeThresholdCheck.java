package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.TaxYear;

/**
 * The first payment that needed PAYE, as {@link PayeRegistrationRule} finds it: its pay date (registration is due
 * before it), the earnings, and the threshold of the tax year of the pay date. Made by the library; immutable and
 * thread-safe.
 *
 * @param paidOn the pay date, the first day on which registering is late, not null
 * @param taxYear the tax year of the pay date, not null
 * @param earnings the earnings paid, not null
 * @param threshold the PAYE threshold for the period length, or zero when PAYE runs because of another job or a
 *     pension, not null
 */
public record PayeThresholdCheck(LocalDate paidOn, TaxYear taxYear, Gbp earnings, Gbp threshold)
        implements ComplianceFigures {

    /**
     * Checks the figures are present.
     *
     * @param paidOn the pay date, not null
     * @param taxYear the tax year, not null
     * @param earnings the earnings, not null
     * @param threshold the threshold, not null
     * @throws org.carebudget.core.InvalidValueException if a figure is null
     */
    public PayeThresholdCheck {
        Checks.CORE.notNull(paidOn, "paidOn");
        Checks.CORE.notNull(taxYear, "taxYear");
        Checks.CORE.notNull(earnings, "earnings");
        Checks.CORE.notNull(threshold, "threshold");
    }
}
