package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PayeRegistration;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/**
 * PAYE must be run when the PA has another job or a pension, or earns at least the PAYE threshold in a pay
 * period. Earnings are gross pay plus rolled-up holiday pay ({@link PayRecord#earningsPence()}: holiday pay is
 * earnings for PAYE). The threshold is the weekly figure times the weeks in the period or, for monthly pay, the
 * monthly figure HMRC publishes (£417, not £96 x 52 / 12 = £416); the message quotes the one applied.
 * The employer must then be registered with HMRC; blocking while no registration is recorded, due on the first
 * day of the first period that needed it. Where a third-party service employs, its registration counts.
 * In force from 6 April 2025, the first date of the standard employer-cost figures. Immutable and thread-safe.
 */
public final class PayeRegistrationRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "paye.registration";

    /** Creates the rule. */
    public PayeRegistrationRule() {
        super(ID, "The employer is registered for PAYE when a PA's pay or circumstances need it.", Severity.BLOCKING,
                Source.of("HMRC, register as an employer (gov.uk/register-employer); PAYE threshold", Status.SECONDARY),
                DateRange.startingOn(LocalDate.of(2025, 4, 6)));
    }

    @Override
    public void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings) {
        for (PayeRegistration registration : employment.payeRegistrations()) {
            if (!registration.registeredOn().isAfter(context.asOf())) {
                return;
            }
        }
        if (employment.personalAssistant().hasOtherJobOrPension() && !context.asOf().isBefore(employment.firstDay())) {
            findings.accept(breach("The PA has another job or a pension, so PAYE must be run from the first day, "
                    + employment.firstDay() + ", and no PAYE registration is recorded.", employment.payeRegistrations(),
                    employment.firstDay(), null));
            return;
        }
        for (PayRecord record : employment.payRecords()) {
            if (!inScope(record, context)) {
                continue;
            }
            EmployerCosts costs = context.employerCostsOn(record.period().start());
            long threshold = PeriodThresholds.forPeriod(record.period().frequency(),
                    costs.payeThresholdWeekly().pence(), costs.payeThresholdMonthly().pence());
            long earnings = record.earningsPence();
            if (earnings >= threshold) {
                findings.accept(breach("Pay of " + Format.money(earnings) + (record.rolledUpHolidayPay().isPositive()
                        ? " (including " + record.rolledUpHolidayPay() + " rolled-up holiday pay)" : "") + " for "
                        + record.period().range()
                        + " reaches the PAYE threshold for " + PeriodThresholds.periodName(record.period().frequency())
                        + ", " + Format.money(threshold) + ", and no PAYE "
                        + "registration is recorded" + (employment.employer().kind() == EmployerKind.THIRD_PARTY_SERVICE
                        ? " for the third-party employer." : "."), List.of(record), record.period().start(),
                        null));
                return;
            }
        }
    }
}
