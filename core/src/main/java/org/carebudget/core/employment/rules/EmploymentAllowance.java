package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.CareDuties;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.TaxYear;

/**
 * The Employment Allowance: what an employer may set against its employer NICs in a tax year (National Insurance
 * Contributions Act 2014). An individual employing someone for their own or another's personal, family or household
 * affairs may count those NICs only where every duty is performed exclusively for a person who needs it because of
 * old age, disability, dependence on alcohol or drugs, illness or mental disorder (s. 2(3A); HMRC NIM06520);
 * ordinary domestic staff are excluded (s. 2(3); NIM06535). The allowance is one per employer, against the combined
 * NICs of all their employees, up to the year's amount. Stateless and thread-safe.
 */
public final class EmploymentAllowance {

    private EmploymentAllowance() {
    }

    /**
     * Returns whether an employment's employer NICs count towards the allowance.
     *
     * @param employment the employment, not null
     * @return the eligibility, not null
     * @throws InvalidValueException if {@code employment} is null
     */
    public static EmploymentAllowanceEligibility eligibility(Employment employment) {
        Checks.CORE.notNull(employment, "employment");
        return eligibility(employment.employer().kind(), employment.careDuties());
    }

    /**
     * Returns whether NICs on an employment of a kind of employer, with given duties, count towards the allowance.
     *
     * @param kind who employs, not null
     * @param duties the PA's duties, not null
     * @return the eligibility, not null
     * @throws InvalidValueException if an argument is null
     */
    public static EmploymentAllowanceEligibility eligibility(EmployerKind kind, CareDuties duties) {
        Checks.CORE.notNull(kind, "kind");
        Checks.CORE.notNull(duties, "duties");
        if (!kind.isIndividual()) {
            return EmploymentAllowanceEligibility.ORGANISATION;
        }
        switch (duties) {
            case CARE_AND_SUPPORT_ONLY:
                return EmploymentAllowanceEligibility.CARE_AND_SUPPORT;
            case INCLUDES_OTHER_HOUSEHOLD_DUTIES:
                return EmploymentAllowanceEligibility.EXCLUDED_DOMESTIC;
            default:
                return EmploymentAllowanceEligibility.DUTIES_NOT_RECORDED;
        }
    }

    /**
     * Returns what can be claimed against NICs that count: the least of the allowance and those NICs.
     *
     * @param countedNics the employer's counted NICs for the year, across all employees, zero or more, not null
     * @param costs the employer-cost row for the year, not null
     * @return the claimable amount, not null
     * @throws InvalidValueException if an argument is null or {@code countedNics} negative
     */
    public static Gbp claimable(Gbp countedNics, EmployerCosts costs) {
        Checks.CORE.notNull(countedNics, "countedNics");
        Checks.CORE.notNull(costs, "costs");
        if (countedNics.isNegative()) {
            throw new InvalidValueException("countedNics", "£0.00 or more", countedNics);
        }
        return countedNics.compareTo(costs.employmentAllowance()) < 0 ? countedNics : costs.employmentAllowance();
    }

    /**
     * Returns one employer's allowance for a tax year across all their PAs: employer NICs on every payment whose pay
     * date falls in the year, split by whether they count.
     *
     * @param employer the employer, not null
     * @param employments every employment of that employer, not null, none null, at most 100,000
     * @param taxYear the tax year, not null
     * @param figures the figures, not null
     * @return the claim, not null
     * @throws InvalidValueException if an argument is null or holds null, an employment is another employer's, or the
     *     figures hold no employer costs for the year
     */
    public static EmploymentAllowanceClaim forEmployer(EmployerId employer, Collection<Employment> employments,
            TaxYear taxYear, UkFigures figures) {
        Checks.CORE.notNull(employer, "employer");
        List<Employment> all = Checks.CORE.list(employments, 100_000, "employments");
        Checks.CORE.notNull(taxYear, "taxYear");
        Checks.CORE.notNull(figures, "figures");
        EmployerCosts costs = figures.on(EmployerCosts.class, taxYear.start());
        Gbp counted = Gbp.ZERO;
        Gbp uncounted = Gbp.ZERO;
        for (Employment employment : all) {
            if (!employment.employer().id().equals(employer)) {
                throw new InvalidValueException("employments", "employments of " + employer,
                        employment.employer().id());
            }
        }
        for (Employment employment : all) {
            boolean counts = eligibility(employment).counts();
            LocalDate born = employment.personalAssistant().dateOfBirth();
            for (PayRecord record : employment.payRecords()) {
                if (!taxYear.range().contains(record.paidOn())) {
                    continue;
                }
                Gbp ni = EmployerNationalInsurance.calculate(record, born, employment.apprenticeship(), costs)
                        .employerNi();
                if (counts) {
                    counted = counted.plus(ni);
                } else {
                    uncounted = uncounted.plus(ni);
                }
            }
        }
        return new EmploymentAllowanceClaim(employer, taxYear, all.size(), counted, uncounted,
                costs.employmentAllowance(), claimable(counted, costs));
    }
}
