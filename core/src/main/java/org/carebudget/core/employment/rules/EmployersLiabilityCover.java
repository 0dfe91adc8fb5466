package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.EmployersLiabilityInsurance;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.EmployersLiabilityFigures;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * Employers' liability insurance must be in force from the first day as an employer, with cover of at least the
 * minimum in {@link EmployersLiabilityFigures} (£5 million), under the Employers' Liability (Compulsory Insurance)
 * Act 1969. An individual employer need not insure for an employee who is their close family (s. 2(2)(a): a relation
 * of the employee to the employer, {@link Employment#employeeRelationToEmployer()}, not to the person cared for);
 * direct payment and personal health budget agreements require the insurance anyway, so for such an employee the
 * finding cites the funder's condition at the funder's severity ({@link FunderConditions}) instead of the Act.
 *
 * <p>Blocking when not in force or under-insured, with the cover missing as the amount and {@code actBefore} the
 * first day without cover; a warning when cover ends within the lookahead window with no renewal recorded
 * ({@code actBefore} the first day without cover); a warning, where cover of the minimum began only after the first
 * day, that the days before it were uninsured (each is an offence, fined up to £2,500 a day). Immutable and
 * thread-safe.
 */
public final class EmployersLiabilityCover extends AbstractRule {

    /** The rule id. */
    public static final String ID = "insurance.employers-liability";

    private static final Source LAW = Source.of("Employers' Liability (Compulsory Insurance) Act 1969 ss. 1 and "
            + "2(2)(a); Employers' Liability (Compulsory Insurance) Regulations 1998 regs 3 and 5; "
            + "gov.uk/employers-liability-insurance", Status.CONFIRMED);
    private static final Source CONDITION = Source.of("Direct payment or personal health budget agreement condition: "
            + "employers' liability insurance for every PA, although ELCIA 1969 s. 2(2)(a) exempts an employee who is "
            + "close family of the employer", Status.SECONDARY);

    private final FunderConditions conditions;

    /** Creates the rule with the standard funder conditions (a breach blocks). */
    public EmployersLiabilityCover() {
        this(FunderConditions.STANDARD);
    }

    /**
     * Creates the rule with a funder's conditions.
     *
     * @param conditions how seriously the funder treats missing cover the Act does not require, not null
     * @throws InvalidValueException if {@code conditions} is null
     */
    public EmployersLiabilityCover(FunderConditions conditions) {
        super(ID, "Employers' liability insurance of at least the legal minimum cover is in force.",
                ComplianceSeverity.BLOCKING, LAW, DateRange.startingOn(LocalDate.of(1999, 1, 1)));
        this.conditions = Checks.CORE.notNull(conditions, "conditions");
    }

    /**
     * Returns whether the Act exempts the employer from insuring for this employee: an individual employer and an
     * employee who is close family of the employer.
     *
     * @param employment the employment, not null
     * @return true when exempt by law (the funder's condition may still require cover)
     * @throws InvalidValueException if {@code employment} is null
     */
    public static boolean exemptByLaw(Employment employment) {
        Checks.CORE.notNull(employment, "employment");
        return employment.employer().kind().isIndividual()
                && employment.employeeRelationToEmployer().isCloseFamilyForInsurance();
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        LocalDate asOf = context.asOf();
        if (!employment.continuesOn(asOf)) {
            return;
        }
        boolean exempt = exemptByLaw(employment);
        ComplianceSeverity severity = exempt ? conditions.severity() : severity();
        Source basis = exempt ? CONDITION : LAW;
        boolean beforeFirstDay = asOf.isBefore(employment.firstDay());
        LocalDate checkOn = beforeFirstDay ? employment.firstDay() : asOf;
        Missing missing = new Missing();
        EmployersLiabilityFigures figures = rowOrNote(context, EmployersLiabilityFigures.class, checkOn, null, missing);
        missing.report(this, "employers' liability cover", findings);
        if (figures == null) {
            return;
        }
        Gbp minimum = figures.minimumCover();
        List<EmployersLiabilityInsurance> policies = employment.insurancePolicies();
        EmployersLiabilityInsurance covering = covering(policies, checkOn, minimum);
        if (covering == null) {
            EmployersLiabilityInsurance under = inForce(policies, checkOn);
            String problem = under == null ? "No employers' liability insurance is in force on " + checkOn
                    : "Employers' liability cover of " + under.cover() + " (" + under.insurer() + ") is below the "
                    + minimum + " minimum";
            Gbp gap = minimum.minus(under == null ? Gbp.ZERO : under.cover());
            if (!beforeFirstDay) {
                findings.accept(finding(severity, problem + ".", citingOr(exempt, figures)).evidence(policies)
                        .actBefore(uncoveredSince(policies, employment.firstDay(), asOf, minimum)).amount(gap).build());
            } else if (context.dueWithinLookahead(checkOn)) {
                findings.accept(finding(ComplianceSeverity.WARNING, problem + ", the first day; at least " + minimum
                        + " is needed from then.", basis).evidence(policies).actBefore(checkOn).amount(gap).build());
            }
            return;
        }
        if (!beforeFirstDay && covering(policies, employment.firstDay(), minimum) == null) {
            LocalDate began = earliestStartAfter(policies, employment.firstDay(), asOf, minimum);
            findings.accept(finding(ComplianceSeverity.WARNING, "Late employers' liability insurance: cover began on "
                    + began + ", after the first day, " + employment.firstDay() + "; the days worked before it were not "
                    + "insured.", basis).evidence(policies).build());
        }
        LocalDate end = covering.coverEnds();
        EmployersLiabilityInsurance renewal = covering(policies, end, minimum);
        while (renewal != null) {
            covering = renewal;
            end = covering.coverEnds();
            renewal = covering(policies, end, minimum);
        }
        if (context.dueWithinLookahead(end)) {
            findings.accept(finding(ComplianceSeverity.WARNING, "Employers' liability insurance (" + covering.insurer()
                    + ", " + covering.cover() + ") ends after " + end.minusDays(1) + " with no renewal recorded; renew "
                    + "so cover continues from " + end + ".", basis).evidence(List.of(covering)).actBefore(end).build());
        }
    }

    private Source citingOr(boolean exempt, EmployersLiabilityFigures figures) {
        return exempt ? CONDITION : citing(figures.source());
    }

    private static EmployersLiabilityInsurance covering(List<EmployersLiabilityInsurance> policies, LocalDate date,
            Gbp minimum) {
        EmployersLiabilityInsurance best = null;
        for (EmployersLiabilityInsurance policy : policies) {
            if (policy.period().contains(date) && policy.cover().compareTo(minimum) >= 0
                    && (best == null || policy.coverEnds().isAfter(best.coverEnds()))) {
                best = policy;
            }
        }
        return best;
    }

    /** The first day without the minimum cover up to {@code asOf}: the latest end of such cover, or the first day. */
    private static LocalDate uncoveredSince(List<EmployersLiabilityInsurance> policies, LocalDate firstDay,
            LocalDate asOf, Gbp minimum) {
        LocalDate since = firstDay;
        for (EmployersLiabilityInsurance policy : policies) {
            LocalDate ends = policy.coverEnds();
            if (policy.cover().compareTo(minimum) >= 0 && !ends.isAfter(asOf) && ends.isAfter(since)) {
                since = ends;
            }
        }
        return since;
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
