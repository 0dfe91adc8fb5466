package org.carebudget.core.employment.rules;

import org.carebudget.core.Checks;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.TaxYear;

/**
 * One employer's Employment Allowance for a tax year across all their PAs, as
 * {@link EmploymentAllowance#forEmployer} computes it: the employer NICs that count towards it, those that do not,
 * the allowance and what can be claimed. Made by the library; immutable and thread-safe.
 *
 * @param employer the employer, not null
 * @param taxYear the tax year, not null
 * @param employments how many employments were counted
 * @param countedNics employer NICs on payments in the year that count towards the allowance, not null
 * @param uncountedNics employer NICs that do not count (excluded domestic work, duties not recorded), not null
 * @param allowance the allowance for the year, not null
 * @param claimable the least of the allowance and the counted NICs, not null
 */
public record EmploymentAllowanceClaim(EmployerId employer, TaxYear taxYear, int employments, Gbp countedNics,
        Gbp uncountedNics, Gbp allowance, Gbp claimable) {

    /**
     * Checks the figures are present.
     *
     * @param employer the employer, not null
     * @param taxYear the tax year, not null
     * @param employments how many employments were counted
     * @param countedNics the counted NICs, not null
     * @param uncountedNics the NICs not counted, not null
     * @param allowance the allowance, not null
     * @param claimable the claimable amount, not null
     * @throws org.carebudget.core.InvalidValueException if a figure is null
     */
    public EmploymentAllowanceClaim {
        Checks.CORE.notNull(employer, "employer");
        Checks.CORE.notNull(taxYear, "taxYear");
        Checks.CORE.notNull(countedNics, "countedNics");
        Checks.CORE.notNull(uncountedNics, "uncountedNics");
        Checks.CORE.notNull(allowance, "allowance");
        Checks.CORE.notNull(claimable, "claimable");
    }
}
