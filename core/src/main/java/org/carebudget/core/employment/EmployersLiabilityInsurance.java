package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * An employers' liability insurance policy. Immutable and thread-safe.
 *
 * @param insurer the authorised insurer, 1 - 200 characters, not null
 * @param policyNumber the policy number, 1 - 100 characters, not null
 * @param cover the cover, positive
 * @param period the dates the policy is in force (half-open), with an end, not null
 */
public record EmployersLiabilityInsurance(String insurer, String policyNumber, Gbp cover, DateRange period)
        implements Evidence {

    /**
     * Validates the policy.
     *
     * @param insurer the authorised insurer, 1 - 200 characters, not null
     * @param policyNumber the policy number, 1 - 100 characters, not null
     * @param cover the cover, positive
     * @param period the dates the policy is in force (half-open), with an end, not null
     * @throws InvalidValueException if a component is null or out of range, or the period is open-ended or empty
     */
    public EmployersLiabilityInsurance {
        Texts.require(insurer, 200, "employersLiabilityInsurance.insurer");
        Texts.require(policyNumber, 100, "employersLiabilityInsurance.policyNumber");
        InvalidValueException.requireNonNull(cover, "employersLiabilityInsurance.cover");
        if (!cover.isPositive()) {
            throw new InvalidValueException("employersLiabilityInsurance.cover", "above £0.00", cover);
        }
        InvalidValueException.requireNonNull(period, "employersLiabilityInsurance.period");
        if (period.isOpenEnded() || period.days() == 0) {
            throw new InvalidValueException("employersLiabilityInsurance.period", "a range of at least one day with an end",
                    period);
        }
    }

    @Override
    public LocalDate evidenceDate() {
        return period.start();
    }
}
