package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.EmployersLiabilityInsurance;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.EmployerDuties;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * Employers' liability insurance must be in force from the first day as an employer, with cover of at least the
 * minimum in {@link EmployerDuties} (£5 million), unless every employee is close family on GOV.UK's list; direct
 * payment schemes require it anyway, so the exemption is not applied where a council direct payment funds the
 * PA. Blocking when not in force or under-insured; a warning, due on the last day covered, when cover ends within
 * the lookahead window with no renewal recorded. Where cover of the minimum began only after the first day, a
 * warning dated the day it began says the days before it were uninsured (each uninsured day is an offence), as
 * for other first-day duties recorded late. Immutable and thread-safe.
 */
public final class EmployersLiabilityCover extends AbstractRule {

    /** The rule id. */
    public static final String ID = "insurance.employers-liability";

    /** Creates the rule, in force from 1 January 1999 (the 1998 Regulations). */
    public EmployersLiabilityCover() {
        super(ID, "Employers' liability insurance of at least the legal minimum cover is in force.", Severity.BLOCKING,
                Source.of("Employers' Liability (Compulsory Insurance) Act 1969; gov.uk/employers-liability-insurance; "
                        + "direct payment conditions", Status.CONFIRMED), DateRange.startingOn(LocalDate.of(1999, 1, 1)));
    }

    @Override
    public void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings) {
        LocalDate asOf = context.asOf();
        if (!employment.continuesOn(asOf) || exempt(employment)) {
            return;
        }
        boolean beforeFirstDay = asOf.isBefore(employment.firstDay());
        LocalDate checkOn = beforeFirstDay ? employment.firstDay() : asOf;
        EmployerDuties duties = context.employerDutiesOn(checkOn);
        Gbp minimum = duties.employersLiabilityMinimumCover();
        List<EmployersLiabilityInsurance> policies = employment.insurancePolicies();
        EmployersLiabilityInsurance covering = covering(policies, checkOn, minimum);
        if (covering == null) {
            EmployersLiabilityInsurance under = inForce(policies, checkOn);
            String problem = under == null ? "No employers' liability insurance is in force on " + checkOn
                    : "Employers' liability cover of " + under.cover() + " (" + under.insurer() + ") is below the "
                    + minimum + " minimum";
            if (!beforeFirstDay) {
                findings.accept(breach(problem + ".", policies, minimum.minus(under == null ? Gbp.ZERO : under.cover()),
                        duties.source()));
            } else if (checkOn.isBefore(context.horizon())) {
                findings.accept(lapse(problem + ", the first day; at least " + minimum + " is needed from then.",
                        policies, checkOn));
            }
            return;
        }
        if (!beforeFirstDay && covering(policies, employment.firstDay(), minimum) == null) {
            LocalDate began = earliestStartAfter(policies, employment.firstDay(), asOf, minimum);
            findings.accept(lapse("Late employers' liability insurance: cover began on " + began + ", after the first "
                    + "day, " + employment.firstDay() + "; the days worked before it were not insured.", policies,
                    began));
        }
        LocalDate end = covering.period().end().orElseThrow();
        EmployersLiabilityInsurance renewal = covering(policies, end, minimum);
        while (renewal != null) {
            covering = renewal;
            end = covering.period().end().orElseThrow();
            renewal = covering(policies, end, minimum);
        }
        LocalDate lastDay = end.minusDays(1);
        if (lastDay.isBefore(context.horizon())) {
            findings.accept(lapse("Employers' liability insurance (" + covering.insurer() + ", " + covering.cover()
                    + ") ends on " + lastDay + " with no renewal recorded; renew so cover continues from " + end + ".",
                    List.of(covering), lastDay));
        }
    }

    private static boolean exempt(Employment employment) {
        return employment.employer().everyEmployeeCloseFamily()
                && employment.relationship().relation().isCloseFamilyForInsurance()
                && !employment.fundingRegime().includesCouncil();
    }

    private static EmployersLiabilityInsurance covering(List<EmployersLiabilityInsurance> policies, LocalDate date,
            Gbp minimum) {
        EmployersLiabilityInsurance best = null;
        for (EmployersLiabilityInsurance policy : policies) {
            if (policy.period().contains(date) && policy.cover().compareTo(minimum) >= 0
                    && (best == null || policy.period().end().orElseThrow().isAfter(best.period().end().orElseThrow()))) {
                best = policy;
            }
        }
        return best;
    }

    /**
     * Returns the earliest start, after {@code firstDay} and on or before {@code asOf}, of a policy with at least the
     * minimum cover; there is one whenever such cover is in force on {@code asOf} but was not on {@code firstDay}.
     */
    private static LocalDate earliestStartAfter(List<EmployersLiabilityInsurance> policies, LocalDate firstDay,
            LocalDate asOf, Gbp minimum) {
        LocalDate earliest = asOf;
        for (EmployersLiabilityInsurance policy : policies) {
            LocalDate start = policy.period().start();
            if (start.isAfter(firstDay) && start.isBefore(earliest) && policy.cover().compareTo(minimum) >= 0) {
                earliest = start;
            }
        }
        return earliest;
    }

    private static EmployersLiabilityInsurance inForce(List<EmployersLiabilityInsurance> policies, LocalDate date) {
        for (EmployersLiabilityInsurance policy : policies) {
            if (policy.period().contains(date)) {
                return policy;
            }
        }
        return null;
    }
}
