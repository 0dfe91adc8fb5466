package org.carebudget.core.employment.rules;

import org.carebudget.core.InvalidValueException;

/**
 * When a DBS certificate should be rechecked. A DBS certificate has no expiry date in law; funders and employers
 * set a policy: a new certificate after a number of months, or, where the PA subscribes to the Update Service,
 * a status check every so many months. Immutable and thread-safe.
 *
 * @param certificateMaxAgeMonths months after issue that a new certificate is due when the PA does not subscribe
 *     to the Update Service, 1 - 120
 * @param updateServiceCheckMonths months between Update Service status checks, 1 - 120
 */
public record DbsRecheckPolicy(int certificateMaxAgeMonths, int updateServiceCheckMonths) {

    /** A common policy: a new certificate every 3 years, or an Update Service check every year. */
    public static final DbsRecheckPolicy THREE_YEARS_OR_ANNUAL_UPDATE_CHECK = new DbsRecheckPolicy(36, 12);

    /**
     * Validates the policy.
     *
     * @param certificateMaxAgeMonths months after issue that a new certificate is due, 1 - 120
     * @param updateServiceCheckMonths months between Update Service status checks, 1 - 120
     * @throws InvalidValueException if a value is out of range
     */
    public DbsRecheckPolicy {
        InvalidValueException.requireInRange(certificateMaxAgeMonths, 1, 120, "certificateMaxAgeMonths");
        InvalidValueException.requireInRange(updateServiceCheckMonths, 1, 120, "updateServiceCheckMonths");
    }
}
