package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.FunderId;

/**
 * A funder's recorded approval to pay a family member living in the same household from the budget.
 * Immutable and thread-safe.
 *
 * @param funderKind the kind of funder that approved (council for a direct payment, ICB for a PHB), not null
 * @param funder the funder, not null
 * @param approvedOn the date of approval, a supported date, not null
 */
public record FunderApproval(FunderKind funderKind, FunderId funder, LocalDate approvedOn) implements Evidence {

    /**
     * Validates the approval.
     *
     * @param funderKind the kind of funder that approved, not null
     * @param funder the funder, not null
     * @param approvedOn the date of approval, a supported date, not null
     * @throws InvalidValueException if a component is null or the date unsupported
     */
    public FunderApproval {
        Checks.CORE.notNull(funderKind, "funderApproval.funderKind");
        Checks.CORE.notNull(funder, "funderApproval.funder");
        Checks.CORE.date(approvedOn, "funderApproval.approvedOn");
    }

    @Override
    public LocalDate evidenceDate() {
        return approvedOn;
    }
}
