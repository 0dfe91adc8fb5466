package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * For an irregular-hours or part-year PA (leave years from 1 April 2024), each pay period must either accrue
 * holiday of at least 12.07% of the hours worked, or, where rolled-up holiday pay is used, pay it as its own
 * line at no less than 12.07% of the gross pay for work. Requirements are rounded down to the minute or penny.
 * Blocking, one finding per period short. Immutable and thread-safe.
 */
public final class IrregularHoursHoliday extends AbstractRule {

    /** The rule id. */
    public static final String ID = "holiday.irregular-hours";

    /** Creates the rule, in force from 1 April 2024. */
    public IrregularHoursHoliday() {
        super(ID, "Irregular-hours and part-year PAs accrue 12.07% of hours worked, or are paid rolled-up holiday "
                + "pay at 12.07% as its own line.", Severity.BLOCKING, Source.of("Working Time Regulations 1998 "
                + "regs 15B and 16A; gov.uk/holiday-entitlement-rights", Status.SECONDARY),
                DateRange.startingOn(LocalDate.of(2024, 4, 1)));
    }

    @Override
    public void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings) {
        if (!employment.hoursPattern().accruesByHoursWorked()) {
            return;
        }
        for (PayRecord record : employment.payRecords()) {
            if (inScope(record, context)) {
                check(record, context.holidayOn(record.period().start()), findings);
            }
        }
    }

    private void check(PayRecord record, HolidayFigures holiday, Consumer<Finding> findings) {
        int rate = holiday.accrualBasisPoints();
        if (record.rolledUpHolidayPay().isPositive()) {
            long required = Format.shareDown(record.grossPay().pence(), rate, 10_000);
            if (record.rolledUpHolidayPay().pence() < required) {
                Gbp gap = Gbp.ofPence(required - record.rolledUpHolidayPay().pence());
                findings.accept(breach("Rolled-up holiday pay for " + record.period().range() + " is "
                        + record.rolledUpHolidayPay() + "; " + Format.percent(rate) + " of " + record.grossPay()
                        + " is " + Format.money(required) + ": " + gap + " short.", List.of(record), gap,
                        holiday.source()));
            }
            return;
        }
        long worked = record.hours().countedMinutes();
        long required = Format.shareDown(worked, rate, 10_000);
        if (record.holidayAccruedMinutes() < required) {
            findings.accept(breach("Holiday accrued for " + record.period().range() + " is "
                    + Format.hours(record.holidayAccruedMinutes()) + " hours; " + Format.percent(rate) + " of "
                    + Format.hours(worked) + " hours worked is " + Format.hours(required) + " hours.", List.of(record),
                    null, holiday.source()));
        }
    }
}
