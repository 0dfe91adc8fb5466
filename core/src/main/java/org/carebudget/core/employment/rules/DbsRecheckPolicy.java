package org.carebudget.core.employment.rules;

import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * When a DBS certificate should be rechecked. A DBS certificate has no expiry date in law; funders and employers set
 * a policy: a new certificate a number of months after issue, or, where the PA subscribes to the Update Service, a
 * status check every so many months. Built by {@link #newCertificateEveryMonths(int)}; immutable and thread-safe.
 */
public final class DbsRecheckPolicy {

    /** A common policy: a new certificate every 3 years, or an Update Service check every year. */
    public static final DbsRecheckPolicy THREE_YEARS_OR_ANNUAL_UPDATE_CHECK = new DbsRecheckPolicy(36, 12);

    private final int certificateMaxAgeMonths;
    private final int updateServiceCheckMonths;

    private DbsRecheckPolicy(int certificateMaxAgeMonths, int updateServiceCheckMonths) {
        this.certificateMaxAgeMonths = Checks.CORE.inRange(certificateMaxAgeMonths, 1, 120, "certificateMaxAgeMonths");
        this.updateServiceCheckMonths = Checks.CORE.inRange(updateServiceCheckMonths, 1, 120,
                "updateServiceCheckMonths");
    }

    /**
     * Starts a policy with how old a certificate may get when the PA does not subscribe to the Update Service.
     *
     * @param months months after issue that a new certificate is due, 1 - 120
     * @return the next step, not null
     * @throws InvalidValueException if {@code months} is out of range
     */
    public static UpdateService newCertificateEveryMonths(int months) {
        Checks.CORE.inRange(months, 1, 120, "certificateMaxAgeMonths");
        return checkMonths -> new DbsRecheckPolicy(months, checkMonths);
    }

    /** The second step of building a policy. */
    @FunctionalInterface
    public interface UpdateService {

        /**
         * Returns the policy with the interval between Update Service status checks.
         *
         * @param months months between status checks, 1 - 120
         * @return the policy, not null
         * @throws InvalidValueException if {@code months} is out of range
         */
        DbsRecheckPolicy orUpdateServiceCheckEveryMonths(int months);
    }

    /**
     * Returns how many months after issue a new certificate is due when the PA does not subscribe.
     *
     * @return 1 - 120
     */
    public int certificateMaxAgeMonths() {
        return certificateMaxAgeMonths;
    }

    /**
     * Returns how many months apart Update Service status checks are due.
     *
     * @return 1 - 120
     */
    public int updateServiceCheckMonths() {
        return updateServiceCheckMonths;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DbsRecheckPolicy p && p.certificateMaxAgeMonths == certificateMaxAgeMonths
                && p.updateServiceCheckMonths == updateServiceCheckMonths;
    }

    @Override
    public int hashCode() {
        return Objects.hash(certificateMaxAgeMonths, updateServiceCheckMonths);
    }

    @Override
    public String toString() {
        return "DbsRecheckPolicy[new certificate every " + certificateMaxAgeMonths + " months, or Update Service check "
                + "every " + updateServiceCheckMonths + " months]";
    }
}
