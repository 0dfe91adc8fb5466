package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * How automatic enrolment treats a PA in one pay reference period, as {@link PensionAutoEnrolment#assess} computes
 * it: the category, the earnings against the trigger, the qualifying earnings and the minimum contributions on them,
 * and, for an eligible jobholder, the first day in the period they were eligible. Made by the library; immutable and
 * thread-safe.
 *
 * @param period the pay reference period, not null
 * @param category the category, not null
 * @param earnings the earnings in the period, not null
 * @param trigger the earnings trigger for the period length, not null
 * @param qualifyingEarnings earnings between the qualifying limits, not null
 * @param employerMinimum the employer's minimum contribution on qualifying earnings (zero for an entitled worker),
 *     rounded down to the penny, not null
 * @param totalMinimum the minimum total contribution (zero for an entitled worker), rounded down, not null
 * @param eligibleFrom the first day in the period the PA was an eligible jobholder (a 22nd birthday in the period),
 *     or null when not eligible
 */
public record PensionAssessment(DateRange period, PensionCategory category, Gbp earnings, Gbp trigger,
        Gbp qualifyingEarnings, Gbp employerMinimum, Gbp totalMinimum, @Nullable LocalDate eligibleFrom)
        implements ComplianceFigures {

    /**
     * Checks the figures are present.
     *
     * @param period the pay reference period, not null
     * @param category the category, not null
     * @param earnings the earnings, not null
     * @param trigger the trigger, not null
     * @param qualifyingEarnings the qualifying earnings, not null
     * @param employerMinimum the employer's minimum, not null
     * @param totalMinimum the total minimum, not null
     * @param eligibleFrom the first eligible day, or null
     * @throws org.carebudget.core.InvalidValueException if a required figure is null
     */
    public PensionAssessment {
        Checks.CORE.notNull(period, "period");
        Checks.CORE.notNull(category, "category");
        Checks.CORE.notNull(earnings, "earnings");
        Checks.CORE.notNull(trigger, "trigger");
        Checks.CORE.notNull(qualifyingEarnings, "qualifyingEarnings");
        Checks.CORE.notNull(employerMinimum, "employerMinimum");
        Checks.CORE.notNull(totalMinimum, "totalMinimum");
    }
}
