package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.HoursPattern;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/**
 * A regular-hours PA's contract must give at least the statutory annual leave: 5.6 weeks of their working week,
 * capped at 28 days (a 5-day week: 28 days; a 3-day week: 16.8 days). Blocking, with a
 * {@link LeaveEntitlementCheck}. Evaluation dates without holiday figures are reported as not checked. In force from
 * 1 October 1998. Immutable and thread-safe.
 */
public final class RegularHoursHoliday extends AbstractRule {

    /** The rule id. */
    public static final String ID = "holiday.regular-hours";

    /** Creates the rule. */
    public RegularHoursHoliday() {
        super(ID, "A regular-hours PA's contract gives at least 5.6 weeks' leave a year, capped at 28 days.",
                ComplianceSeverity.BLOCKING, Source.of("Working Time Regulations 1998 regs 13 and 13A; "
                        + "gov.uk/holiday-entitlement-rights", Status.CONFIRMED),
                DateRange.startingOn(LocalDate.of(1998, 10, 1)));
    }

    /**
     * Returns the statutory minimum leave a year for a regular-hours working week.
     *
     * @param holiday the holiday figures, not null
     * @param daysPerWeek days worked a week, 1 - 7
     * @return the minimum, in tenths of a day
     * @throws InvalidValueException if {@code holiday} is null or {@code daysPerWeek} out of range
     */
    public static long statutoryTenthDays(HolidayFigures holiday, int daysPerWeek) {
        Checks.CORE.notNull(holiday, "holiday");
        Checks.CORE.inRange(daysPerWeek, 1, 7, "daysPerWeek");
        return Math.min((long) holiday.weeksPerYearTenths() * daysPerWeek, holiday.capDays() * 10L);
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        if (employment.hoursPattern() != HoursPattern.REGULAR || !employment.continuesOn(context.asOf())) {
            return;
        }
        Missing missing = new Missing();
        HolidayFigures holiday = rowOrNote(context, HolidayFigures.class, context.asOf(), null, missing);
        missing.report(this, "the contract's annual leave", findings);
        if (holiday == null) {
            return;
        }
        long minimum = statutoryTenthDays(holiday, employment.daysPerWeek());
        if (employment.holidayEntitlementTenthDays() < minimum) {
            LeaveEntitlementCheck check = new LeaveEntitlementCheck(employment.daysPerWeek(), minimum,
                    employment.holidayEntitlementTenthDays());
            findings.accept(breach("The contract gives " + Format.tenths(employment.holidayEntitlementTenthDays())
                    + " days' leave a year; the statutory minimum for a " + employment.daysPerWeek() + "-day week is "
                    + Format.tenths(minimum) + " days (" + Format.tenths(holiday.weeksPerYearTenths())
                    + " weeks, capped at " + holiday.capDays() + " days).", List.of(), null, null, check, holiday));
        }
    }
}
