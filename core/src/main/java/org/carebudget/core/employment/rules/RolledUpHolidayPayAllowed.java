package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/**
 * Rolled-up holiday pay is lawful only for irregular-hours and part-year workers, and only in leave years beginning
 * on or after 1 April 2024 (the leave year decides, from {@link Employment#leaveYearContaining}): any rolled-up line
 * for a regular-hours PA, or in an earlier leave year is a
 * breach: holiday must be paid when taken. A period with rolled-up pay whose start has no holiday figures is reported as
 * not checked. Blocking, one finding per period, with the line as the amount.
 * Immutable and thread-safe.
 */
public final class RolledUpHolidayPayAllowed extends AbstractRule {

    /** The rule id. */
    public static final String ID = "holiday.rolled-up-eligibility";

    /** Creates the rule, in force from 1 October 1998 (holiday pay paid when leave is taken). */
    public RolledUpHolidayPayAllowed() {
        super(ID, "Rolled-up holiday pay is used only for irregular-hours and part-year PAs, in leave years from "
                + "1 April 2024.", ComplianceSeverity.BLOCKING, Source.of("Working Time Regulations 1998 regs 16 and "
                        + "16A (Employment Rights (Amendment, Revocation and Transitional Provision) Regulations 2023)",
                        Status.SECONDARY), DateRange.startingOn(LocalDate.of(1998, 10, 1)));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        boolean allowedPattern = employment.hoursPattern().accruesByHoursWorked();
        Missing missing = new Missing();
        for (PayRecord record : employment.payRecords()) {
            LocalDate start = record.period().start();
            if (!record.rolledUpHolidayPay().isPositive() || start.isAfter(context.asOf())) {
                continue;
            }
            if (!allowedPattern) {
                findings.accept(breach("Rolled-up holiday pay of " + record.rolledUpHolidayPay() + " for "
                        + record.period().range() + ", but the PA works regular hours: holiday must be paid when "
                        + "taken.", List.of(record), null, record.rolledUpHolidayPay(), null));
                continue;
            }
            HolidayFigures holiday = rowOrNote(context, HolidayFigures.class, start, record, missing);
            LocalDate leaveYear = employment.leaveYearContaining(start);
            if (holiday != null && leaveYear.isBefore(holiday.irregularHoursLeaveYearsFrom())) {
                findings.accept(breach("Rolled-up holiday pay of " + record.rolledUpHolidayPay() + " for "
                        + record.period().range() + ", in the leave year from " + leaveYear + ", before leave years "
                        + "from " + holiday.irregularHoursLeaveYearsFrom() + " allowed it.", List.of(record), null,
                        record.rolledUpHolidayPay(), null, holiday));
            }
        }
        missing.report(this, "rolled-up holiday pay", findings);
    }
}
