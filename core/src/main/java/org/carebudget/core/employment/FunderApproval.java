package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.FunderId;

/**
 * A funder's recorded approval to pay a family member living in the same household from the budget.
 * Immutable and thread-safe.
 *
 * @param funderKind the kind of funder that approved (council for a direct payment, ICB for a PHB), not null
 * @param funder the funder, not null
 * @param approvedOn the date of approval, not null
 */
public record FunderApproval(FunderKind funderKind, FunderId funder, LocalDate approvedOn) implements Evidence {

    /**
     * Validates the approval.
     *
     * @param funderKind the kind of funder that approved, not null
     * @param funder the funder, not null
     * @param approvedOn the date of approval, not null
     * @throws InvalidValueException if a component is null
     */
    public FunderApproval {
        InvalidValueException.requireNonNull(funderKind, "funderApproval.funderKind");
        InvalidValueException.requireNonNull(funder, "funderApproval.funder");
        InvalidValueException.requireNonNull(approvedOn, "funderApproval.approvedOn");
    }

    @Override
    public LocalDate evidenceDate() {
        return approvedOn;
    }
}
