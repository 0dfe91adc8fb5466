package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/**
 * Rolled-up holiday pay is lawful only for irregular-hours and part-year workers, and only in leave years from
 * 1 April 2024: any rolled-up line for a regular-hours PA, or for a period starting before that date, is a
 * breach (holiday must be paid when taken). Blocking, one finding per period. Immutable and thread-safe.
 */
public final class RolledUpHolidayPayAllowed extends AbstractRule {

    /** The rule id. */
    public static final String ID = "holiday.rolled-up-eligibility";

    /** Creates the rule, in force from 1 April 2024. */
    public RolledUpHolidayPayAllowed() {
        super(ID, "Rolled-up holiday pay is used only for irregular-hours and part-year PAs, from 1 April 2024.",
                Severity.BLOCKING, Source.of("Working Time Regulations 1998 reg. 16A (Employment Rights (Amendment, "
                        + "Revocation and Transitional Provision) Regulations 2023)", Status.SECONDARY),
                DateRange.startingOn(LocalDate.of(2024, 4, 1)));
    }

    @Override
    public void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings) {
        boolean allowedPattern = employment.hoursPattern().accruesByHoursWorked();
        for (PayRecord record : employment.payRecords()) {
            LocalDate start = record.period().start();
            if (!record.rolledUpHolidayPay().isPositive() || start.isAfter(context.asOf())) {
                continue;
            }
            if (!allowedPattern) {
                findings.accept(breach("Rolled-up holiday pay of " + record.rolledUpHolidayPay() + " for "
                        + record.period().range() + ", but the PA works regular hours: holiday must be paid when "
                        + "taken.", List.of(record), start, record.rolledUpHolidayPay()));
            } else if (start.isBefore(inForce().start())) {
                findings.accept(breach("Rolled-up holiday pay of " + record.rolledUpHolidayPay() + " for "
                        + record.period().range() + ", before leave years from " + inForce().start()
                        + " allowed it.", List.of(record), start, record.rolledUpHolidayPay()));
            }
        }
    }
}
