package org.carebudget.core.figures;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * Statutory Sick Pay figures for the dates in force. From 6 April 2026 SSP is the lower of the weekly rate
 * or a percentage of average weekly earnings, from the first day of sickness, with no earnings threshold;
 * before, the flat weekly rate after waiting days, only for those earning at least the lower earnings limit.
 * Immutable and thread-safe.
 *
 * @param inForce the dates in force, not null
 * @param weeklyRate the weekly rate, positive
 * @param averageEarningsPercent the cap as a percentage of average weekly earnings, 1 - 100, or 0 where none
 * @param waitingDays the unpaid waiting days at the start of a period of sickness, 0 - 7
 * @param lowerEarningsLimitApplies whether only those earning at least the lower earnings limit qualify
 * @param source the source, not null
 */
public record SickPay(DateRange inForce, Gbp weeklyRate, int averageEarningsPercent, int waitingDays,
        boolean lowerEarningsLimitApplies, Source source) implements DatedFigures {

    /**
     * Validates the row.
     *
     * @param inForce the dates in force, not null
     * @param weeklyRate the weekly rate, positive
     * @param averageEarningsPercent the cap as a percentage of average weekly earnings, 1 - 100, or 0 where none
     * @param waitingDays the unpaid waiting days at the start of a period of sickness, 0 - 7
     * @param lowerEarningsLimitApplies whether only those earning at least the lower earnings limit qualify
     * @param source the source, not null
     * @throws InvalidValueException if a component is null or out of range
     */
    public SickPay {
        InvalidValueException.requireNonNull(inForce, "inForce");
        Figures.positive(weeklyRate, "weeklyRate");
        InvalidValueException.requireInRange(averageEarningsPercent, 0, 100, "averageEarningsPercent");
        InvalidValueException.requireInRange(waitingDays, 0, 7, "waitingDays");
        InvalidValueException.requireNonNull(source, "source");
    }
}
