package org.carebudget.core.training;

import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.jspecify.annotations.Nullable;

/**
 * Whose policy a {@link RefreshOverride} belongs to: an employer's or a funder's. Implementations are immutable
 * and thread-safe.
 */
public sealed interface OverrideScope permits OverrideScope.Employer, OverrideScope.Funder {

    /**
     * Returns the scope of an employer's policy.
     *
     * @param employer the employer, not null
     * @return the scope, not null
     * @throws InvalidValueException if {@code employer} is null
     */
    static OverrideScope employer(EmployerId employer) {
        return new Employer(Checks.CORE.notNull(employer, "employer"));
    }

    /**
     * Returns the scope of a funder's policy.
     *
     * @param funder the funder, not null
     * @return the scope, not null
     * @throws InvalidValueException if {@code funder} is null
     */
    static OverrideScope funder(FunderId funder) {
        return new Funder(Checks.CORE.notNull(funder, "funder"));
    }

    /**
     * An employer's policy (the budget holder or their representative employing the PAs).
     *
     * @param employer the employer, not null
     */
    record Employer(EmployerId employer) implements OverrideScope {

        /**
         * Validates the scope.
         *
         * @param employer the employer, not null
         * @throws InvalidValueException if {@code employer} is null
         */
        public Employer {
            Checks.CORE.notNull(employer, "employer");
        }
    }

    /**
     * A funder's policy (an ICB or a council).
     *
     * @param funder the funder, not null
     */
    record Funder(FunderId funder) implements OverrideScope {

        /**
         * Validates the scope.
         *
         * @param funder the funder, not null
         * @throws InvalidValueException if {@code funder} is null
         */
        public Funder {
            Checks.CORE.notNull(funder, "funder");
        }
    }
}
