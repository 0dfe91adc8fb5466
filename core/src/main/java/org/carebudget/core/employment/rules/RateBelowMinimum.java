package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.employment.RateType;
import org.carebudget.core.money.Gbp;

/**
 * A contract rate below the minimum wage from a date, as {@link ContractRates} finds it. Made by the library;
 * immutable and thread-safe.
 *
 * @param rateType the kind of rate, not null
 * @param contractRate the contract's hourly rate, not null
 * @param minimumRate the hourly minimum wage from {@code from}, not null
 * @param age the PA's age on {@code from}
 * @param from the first day the contract rate is below the minimum, not null
 */
public record RateBelowMinimum(RateType rateType, Gbp contractRate, Gbp minimumRate, int age, LocalDate from)
        implements ComplianceFigures {

    /**
     * Checks the figures are present.
     *
     * @param rateType the kind of rate, not null
     * @param contractRate the contract's hourly rate, not null
     * @param minimumRate the hourly minimum wage, not null
     * @param age the PA's age on {@code from}
     * @param from the first day below the minimum, not null
     * @throws org.carebudget.core.InvalidValueException if a figure is null
     */
    public RateBelowMinimum {
        Checks.CORE.notNull(rateType, "rateType");
        Checks.CORE.notNull(contractRate, "contractRate");
        Checks.CORE.notNull(minimumRate, "minimumRate");
        Checks.CORE.notNull(from, "from");
    }

    /**
     * Returns how far the contract rate falls short, per hour.
     *
     * @return the gap, positive
     */
    public Gbp gapPerHour() {
        return minimumRate.minus(contractRate);
    }
}
