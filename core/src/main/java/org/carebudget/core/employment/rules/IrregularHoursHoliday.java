package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * For an irregular-hours or part-year PA, in a leave year that begins on or after the regime's start (1 April 2024:
 * the leave year, from {@link Employment#leaveYearContaining}, decides, not the pay period), each pay period must
 * either accrue holiday of at least 12.07% of the hours worked, or, where rolled-up holiday pay is used, pay it as
 * its own line at no less than 12.07% of the gross pay for work. Both requirements are rounded up in the worker's
 * favour (724.2 minutes becomes 725). Blocking, one finding per period short, with a {@link HolidayAccrual} or a
 * {@link RolledUpHolidayPayCheck}. Immutable and thread-safe.
 */
public final class IrregularHoursHoliday extends AbstractRule {

    /** The rule id. */
    public static final String ID = "holiday.irregular-hours";

    /** Creates the rule, in force from 1 April 2024. */
    public IrregularHoursHoliday() {
        super(ID, "Irregular-hours and part-year PAs accrue 12.07% of hours worked, or are paid rolled-up holiday "
                + "pay at 12.07% as its own line.", ComplianceSeverity.BLOCKING, Source.of("Working Time Regulations "
                + "1998 regs 15B and 16A (Employment Rights (Amendment, Revocation and Transitional Provision) "
                + "Regulations 2023: leave years beginning on or after 1 April 2024); gov.uk/holiday-entitlement-rights",
                Status.CONFIRMED), DateRange.startingOn(LocalDate.of(2024, 4, 1)));
    }

    /**
     * Returns the holiday that must accrue for minutes worked: {@code minutes x rate}, rounded up to the minute.
     *
     * @param minutesWorked the minutes that count, 0 - 527040
     * @param holiday the holiday figures, not null
     * @return the minutes of holiday, zero or more
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static long accruedMinutes(long minutesWorked, HolidayFigures holiday) {
        Checks.CORE.inRange(minutesWorked, 0, HoursWorked.MAX_MINUTES, "minutesWorked");
        Checks.CORE.notNull(holiday, "holiday");
        return Shares.up(minutesWorked, holiday.accrualBasisPoints(), 10_000);
    }

    /**
     * Returns the accrual for one pay record against the holiday it shows accrued.
     *
     * @param record the pay record, not null
     * @param holiday the holiday figures for the period, not null
     * @return the accrual, with any shortfall, not null
     * @throws InvalidValueException if an argument is null
     */
    public static HolidayAccrual accrual(PayRecord record, HolidayFigures holiday) {
        Checks.CORE.notNull(record, "record");
        long worked = record.hours().countedMinutes();
        long required = accruedMinutes(worked, holiday);
        return new HolidayAccrual(record.period().range(), worked, holiday.accrualBasisPoints(), required,
                record.holidayAccruedMinutes(), Math.max(0, required - record.holidayAccruedMinutes()));
    }

    /**
     * Returns the rolled-up holiday pay required on gross pay for work: {@code pay x rate}, rounded up to the penny.
     *
     * @param grossPay the gross pay for work, £0 - £10m, not null
     * @param holiday the holiday figures, not null
     * @return the rolled-up holiday pay, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static Gbp rolledUpHolidayPay(Gbp grossPay, HolidayFigures holiday) {
        Checks.CORE.notNull(grossPay, "grossPay");
        Checks.CORE.inRange(grossPay.pence(), 0, PayRecord.MAX_LINE.pence(), "grossPay (pence)");
        Checks.CORE.notNull(holiday, "holiday");
        return Gbp.ofPence(Shares.up(grossPay.pence(), holiday.accrualBasisPoints(), 10_000));
    }

    /**
     * Returns whether the regime applies to a pay period of an employment: an irregular-hours or part-year PA in a
     * leave year beginning on or after the regime's start.
     *
     * @param employment the employment, not null
     * @param periodStart the first day of the pay period, a supported date, not null
     * @param holiday the holiday figures for the period, not null
     * @return true when the 12.07% regime applies
     * @throws InvalidValueException if an argument is null or the date unsupported
     */
    public static boolean regimeApplies(Employment employment, LocalDate periodStart, HolidayFigures holiday) {
        Checks.CORE.notNull(employment, "employment");
        Checks.CORE.notNull(holiday, "holiday");
        return employment.hoursPattern().accruesByHoursWorked()
                && !employment.leaveYearContaining(periodStart).isBefore(holiday.irregularHoursLeaveYearsFrom());
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        if (!employment.hoursPattern().accruesByHoursWorked()) {
            return;
        }
        Missing missing = new Missing();
        for (PayRecord record : employment.payRecords()) {
            if (!inScope(record, context)) {
                continue;
            }
            HolidayFigures holiday = rowOrNote(context, HolidayFigures.class, record.period().start(), record, missing);
            if (holiday != null && regimeApplies(employment, record.period().start(), holiday)) {
                check(record, holiday, findings);
            }
        }
        missing.report(this, "holiday accrual", findings);
    }

    private void check(PayRecord record, HolidayFigures holiday, Consumer<ComplianceFinding> findings) {
        int rate = holiday.accrualBasisPoints();
        if (record.rolledUpHolidayPay().isPositive()) {
            Gbp required = rolledUpHolidayPay(record.grossPay(), holiday);
            if (record.rolledUpHolidayPay().compareTo(required) < 0) {
                Gbp gap = required.minus(record.rolledUpHolidayPay());
                RolledUpHolidayPayCheck check = new RolledUpHolidayPayCheck(record.period().range(), record.grossPay(),
                        rate, required, record.rolledUpHolidayPay(), gap);
                findings.accept(breach("Rolled-up holiday pay for " + record.period().range() + " is "
                        + String.valueOf(record.rolledUpHolidayPay()) + "; " + Format.percent(rate) + " of "
                        + String.valueOf(record.grossPay()) + " is " + String.valueOf(required) + ": " + String.valueOf(gap)
                        + " short.", List.of(record), null, gap, check, holiday));
            }
            return;
        }
        HolidayAccrual accrual = accrual(record, holiday);
        if (accrual.shortfallMinutes() > 0) {
            findings.accept(breach("Holiday accrued for " + record.period().range() + " is "
                    + Format.hours(accrual.recordedMinutes()) + " hours; " + Format.percent(rate) + " of "
                    + Format.hours(accrual.minutesWorked()) + " hours worked is " + accrual.requiredMinutes()
                    + " minutes (" + Format.hours(accrual.requiredMinutes()) + " hours): "
                    + accrual.shortfallMinutes() + " minutes short.", List.of(record), null, null, accrual, holiday));
        }
    }
}
