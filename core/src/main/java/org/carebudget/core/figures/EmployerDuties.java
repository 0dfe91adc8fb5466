package org.carebudget.core.figures;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * Figures of an employer's legal duties that are not set each April: the minimum employers' liability
 * insurance cover (Employers' Liability (Compulsory Insurance) Regulations 1998, reg. 3: at least £5 million
 * from an authorised insurer) and the working-time limits (Working Time Regulations 1998: 48 hours a week
 * averaged over 17 weeks unless the worker opts out in writing; young workers 40 hours a week, no averaging and
 * no opt-out). Immutable and thread-safe.
 *
 * @param inForce the dates in force, not null
 * @param employersLiabilityMinimumCover the least cover an employers' liability policy must give, positive
 * @param averageWeeklyHoursLimit the most hours a week on average over the reference period, 1 - 168
 * @param referencePeriodWeeks the weeks over which the weekly average is taken, 1 - 52
 * @param youngWorkerWeeklyHoursLimit the most hours a week for a worker under 18, 1 - 168
 * @param source the source, not null
 */
public record EmployerDuties(DateRange inForce, Gbp employersLiabilityMinimumCover, int averageWeeklyHoursLimit,
        int referencePeriodWeeks, int youngWorkerWeeklyHoursLimit, Source source) implements DatedFigures {

    /**
     * Validates the row.
     *
     * @param inForce the dates in force, not null
     * @param employersLiabilityMinimumCover the least cover an employers' liability policy must give, positive
     * @param averageWeeklyHoursLimit the most hours a week on average over the reference period, 1 - 168
     * @param referencePeriodWeeks the weeks over which the weekly average is taken, 1 - 52
     * @param youngWorkerWeeklyHoursLimit the most hours a week for a worker under 18, 1 - 168
     * @param source the source, not null
     * @throws InvalidValueException if a component is null or out of range
     */
    public EmployerDuties {
        InvalidValueException.requireNonNull(inForce, "inForce");
        Figures.positive(employersLiabilityMinimumCover, "employersLiabilityMinimumCover");
        InvalidValueException.requireInRange(averageWeeklyHoursLimit, 1, 168, "averageWeeklyHoursLimit");
        InvalidValueException.requireInRange(referencePeriodWeeks, 1, 52, "referencePeriodWeeks");
        InvalidValueException.requireInRange(youngWorkerWeeklyHoursLimit, 1, 168, "youngWorkerWeeklyHoursLimit");
        InvalidValueException.requireNonNull(source, "source");
    }
}
