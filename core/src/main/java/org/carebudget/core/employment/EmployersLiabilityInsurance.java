package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * An employers' liability insurance policy. Its period is half-open: cover ends on the first day without cover.
 * Immutable and thread-safe.
 *
 * @param insurer the authorised insurer, 1 - 200 characters, not blank
 * @param policyNumber the policy number, 1 - 100 characters, not blank
 * @param cover the cover, positive
 * @param period the dates the policy is in force (half-open), with an end, of supported dates, not null
 */
public record EmployersLiabilityInsurance(String insurer, String policyNumber, Gbp cover, DateRange period)
        implements Evidence {

    /**
     * Validates the policy.
     *
     * @param insurer the authorised insurer, 1 - 200 characters, not blank
     * @param policyNumber the policy number, 1 - 100 characters, not blank
     * @param cover the cover, positive
     * @param period the dates the policy is in force (half-open), with an end, of supported dates, not null
     * @throws InvalidValueException if a component is null or out of range, or the period is open-ended or empty
     */
    public EmployersLiabilityInsurance {
        Checks.CORE.text(insurer, 200, "employersLiabilityInsurance.insurer");
        Checks.CORE.text(policyNumber, 100, "employersLiabilityInsurance.policyNumber");
        Checks.CORE.notNull(cover, "employersLiabilityInsurance.cover");
        if (!cover.isPositive()) {
            throw new InvalidValueException("employersLiabilityInsurance.cover", "above £0.00", cover);
        }
        Checks.CORE.notNull(period, "employersLiabilityInsurance.period");
        if (period.isOpenEnded() || period.days() == 0) {
            throw new InvalidValueException("employersLiabilityInsurance.period",
                    "a range of at least one day with an end", period);
        }
        Checks.CORE.date(period.start(), "employersLiabilityInsurance.period");
        Checks.CORE.date(period.end().orElseThrow(), "employersLiabilityInsurance.period");
    }

    /**
     * Returns the first day without cover.
     *
     * @return the exclusive end of the period, not null
     */
    public LocalDate coverEnds() {
        return period.end().orElseThrow();
    }

    @Override
    public LocalDate evidenceDate() {
        return period.start();
    }
}
