package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PayeRegistration;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.TaxYear;

/**
 * PAYE must be run when the PA has another job or a pension, or earns at least the PAYE threshold in a pay period
 * (earnings: gross pay, rolled-up holiday pay and sick pay), with the threshold of the tax year of the pay date (the
 * weekly figure times the weeks in the period, or the monthly figure HMRC publishes). The employer must register with
 * HMRC before the first payday that needs it: {@code actBefore} is that pay date. Blocking while no registration is
 * recorded once that payday has come; a warning if the registration came on or after it. The rule reads recorded pay,
 * so it speaks from the first pay record; where a third-party service employs, its registration counts. Pay dates
 * without employer-cost figures are reported as not checked. In force from 6 April 2013. Immutable and thread-safe.
 */
public final class PayeRegistrationRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "paye.registration";

    /** Creates the rule. */
    public PayeRegistrationRule() {
        super(ID, "The employer registers for PAYE before the first payday that needs it.", ComplianceSeverity.BLOCKING,
                Source.of("HMRC, register as an employer (gov.uk/register-employer): before the first payday",
                        Status.SECONDARY), DateRange.startingOn(LocalDate.of(2013, 4, 6)));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        Missing missing = new Missing();
        PayeThresholdCheck due = null;
        PayRecord first = null;
        EmployerCosts row = null;
        for (PayRecord record : employment.payRecords()) {
            if (!inScope(record, context) || record.paidOn().isAfter(context.asOf())
                    || due != null && !record.paidOn().isBefore(due.paidOn())) {
                continue;
            }
            EmployerCosts costs = rowOrNote(context, EmployerCosts.class, record.paidOn(), record, missing);
            if (costs == null) {
                continue;
            }
            Gbp threshold = employment.personalAssistant().hasAnotherJobOrPension() ? Gbp.ZERO
                    : costs.payeThreshold(record.period().frequency());
            if (record.earnings().compareTo(threshold) >= 0 && record.earnings().isPositive()) {
                due = new PayeThresholdCheck(record.paidOn(), costs.taxYear(), record.earnings(), threshold);
                first = record;
                row = costs;
            }
        }
        missing.report(this, "PAYE registration", findings);
        if (due == null) {
            return;
        }
        PayeRegistration registration = null;
        for (PayeRegistration r : employment.payeRegistrations()) {
            if (!r.registeredOn().isAfter(context.asOf()) && registration == null) {
                registration = r;
            }
        }
        String employer = employment.employer().kind() == EmployerKind.THIRD_PARTY_SERVICE ? "the third-party employer"
                : "the employer";
        if (registration == null) {
            findings.accept(finding(severity(), "No PAYE registration is recorded for " + employer + " before the "
                    + "payday of " + due.paidOn() + ": " + why(due, first) + ".", citing(row.payeThresholdSource()))
                    .evidence(List.of(first)).actBefore(due.paidOn()).figures(due).build());
        } else if (!registration.registeredOn().isBefore(due.paidOn())) {
            findings.accept(finding(ComplianceSeverity.WARNING, "Late PAYE registration: registered on "
                    + registration.registeredOn() + ", not before the payday of " + due.paidOn() + ": "
                    + why(due, first) + ".", citing(row.payeThresholdSource()))
                    .evidence(List.of(first, registration)).figures(due).build());
        }
    }

    private static String why(PayeThresholdCheck due, PayRecord first) {
        return due.threshold().isZero() ? "the PA has another job or a pension, so PAYE runs from the first payday"
                : "pay of " + due.earnings() + " for " + first.period().range() + " reaches the PAYE threshold of "
                        + due.threshold() + " for " + TaxYear.containing(due.paidOn());
    }
}
