package org.carebudget.core.employment.rules;

import org.carebudget.core.Checks;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * The minimum-wage figures for one pay reference period, as {@link MinimumWageRule#check} computes them: the rate
 * applied for the PA's age on the period's first day, the minutes counted, the pay required, the minimum-wage pay
 * counted (gross pay for work, plus the accommodation offset for free accommodation, less any charge for it above
 * the offset), and the shortfall. Made by the library; immutable and thread-safe.
 *
 * @param period the pay reference period, not null
 * @param age the PA's age on the period's first day
 * @param apprenticeRate whether the apprentice rate applied
 * @param hourlyMinimum the hourly rate applied, not null
 * @param countedMinutes the minutes that count (all but sleep-in time asleep)
 * @param requiredPay the pay required, {@code hourlyMinimum x countedMinutes / 60} rounded up to the penny, not null
 * @param grossPay the gross pay for work, not null
 * @param accommodationOffset the offset credited for free accommodation, zero when charged or none, not null
 * @param accommodationChargeExcess the part of a charge for accommodation above the offset, deducted, not null
 * @param minimumWagePay the pay that counts: gross pay plus offset less charge excess (may be negative), not null
 * @param shortfall how far the pay falls short, zero when paid at least the minimum, not null
 */
public record MinimumWageCheck(DateRange period, int age, boolean apprenticeRate, Gbp hourlyMinimum,
        long countedMinutes, Gbp requiredPay, Gbp grossPay, Gbp accommodationOffset, Gbp accommodationChargeExcess,
        Gbp minimumWagePay, Gbp shortfall) implements ComplianceFigures {

    /**
     * Checks the figures are present.
     *
     * @param period the pay reference period, not null
     * @param age the PA's age on the period's first day
     * @param apprenticeRate whether the apprentice rate applied
     * @param hourlyMinimum the hourly rate applied, not null
     * @param countedMinutes the minutes that count
     * @param requiredPay the pay required, not null
     * @param grossPay the gross pay for work, not null
     * @param accommodationOffset the offset credited, not null
     * @param accommodationChargeExcess the charge above the offset, not null
     * @param minimumWagePay the pay that counts, not null
     * @param shortfall the shortfall, not null
     * @throws org.carebudget.core.InvalidValueException if a figure is null
     */
    public MinimumWageCheck {
        Checks.CORE.notNull(period, "period");
        Checks.CORE.notNull(hourlyMinimum, "hourlyMinimum");
        Checks.CORE.notNull(requiredPay, "requiredPay");
        Checks.CORE.notNull(grossPay, "grossPay");
        Checks.CORE.notNull(accommodationOffset, "accommodationOffset");
        Checks.CORE.notNull(accommodationChargeExcess, "accommodationChargeExcess");
        Checks.CORE.notNull(minimumWagePay, "minimumWagePay");
        Checks.CORE.notNull(shortfall, "shortfall");
    }

    /**
     * Returns whether the period was paid at least the minimum wage.
     *
     * @return true when there is no shortfall
     */
    public boolean compliant() {
        return shortfall.isZero();
    }
}
