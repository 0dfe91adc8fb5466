package org.carebudget.core.figures;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * National Minimum Wage and National Living Wage hourly rates, and the daily accommodation offset, for the
 * dates they are in force. The rate that applies to a pay reference period is the one in force on its first
 * day, for the worker's age on that day (gov.uk/national-minimum-wage-rates). Immutable and thread-safe.
 *
 * @param inForce the dates in force, not null
 * @param age21AndOver the National Living Wage, per hour, positive
 * @param age18To20 the rate for ages 18 to 20, per hour, positive
 * @param under18 the rate for ages 16 and 17, per hour, positive
 * @param apprentice the apprentice rate (under 19, or in the first year of the apprenticeship), per hour, positive
 * @param accommodationOffsetPerDay the most that accommodation may count towards pay, per whole day, zero or more
 * @param source the source, not null
 */
public record MinimumWage(DateRange inForce, Gbp age21AndOver, Gbp age18To20, Gbp under18, Gbp apprentice,
        Gbp accommodationOffsetPerDay, Source source) implements DatedFigures {

    /**
     * Validates the row.
     *
     * @param inForce the dates in force, not null
     * @param age21AndOver the National Living Wage, per hour, positive
     * @param age18To20 the rate for ages 18 to 20, per hour, positive
     * @param under18 the rate for ages 16 and 17, per hour, positive
     * @param apprentice the apprentice rate (under 19, or in the first year of the apprenticeship), per hour, positive
     * @param accommodationOffsetPerDay the most that accommodation may count towards pay, per whole day, zero or more
     * @param source the source, not null
     * @throws InvalidValueException if a component is null, or a rate is not positive
     */
    public MinimumWage {
        InvalidValueException.requireNonNull(inForce, "inForce");
        Figures.positive(age21AndOver, "age21AndOver");
        Figures.positive(age18To20, "age18To20");
        Figures.positive(under18, "under18");
        Figures.positive(apprentice, "apprentice");
        Figures.notNegative(accommodationOffsetPerDay, "accommodationOffsetPerDay");
        InvalidValueException.requireNonNull(source, "source");
    }

    /**
     * Returns the hourly minimum for a worker of the given age.
     *
     * @param age the age in whole years on the first day of the pay reference period, 16 - 150
     *     (under 16 is below school-leaving age, where no minimum wage applies)
     * @param apprenticeRateApplies whether the worker is an apprentice under 19 or in the first year
     * @return the hourly rate, not null
     * @throws InvalidValueException if {@code age} is out of range
     */
    public Gbp hourlyRate(int age, boolean apprenticeRateApplies) {
        InvalidValueException.requireInRange(age, 16, 150, "age");
        if (apprenticeRateApplies) {
            return apprentice;
        }
        return age >= 21 ? age21AndOver : age >= 18 ? age18To20 : under18;
    }
}
