package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;

/**
 * A postponement notice for automatic enrolment: given to the PA on a date, deferring assessment to a deferral date
 * up to three months after the date the duties began (TPR detailed guidance 3a). Immutable and thread-safe.
 *
 * @param noticeGivenOn the date the notice was given, a supported date, not null
 * @param deferralDate the date to which enrolment is postponed, after the notice, a supported date, not null
 */
public record PensionPostponement(LocalDate noticeGivenOn, LocalDate deferralDate) implements Evidence {

    /**
     * Validates the notice.
     *
     * @param noticeGivenOn the date the notice was given, a supported date, not null
     * @param deferralDate the deferral date, after the notice, a supported date, not null
     * @throws InvalidValueException if a date is null, unsupported, or the deferral date is not after the notice
     */
    public PensionPostponement {
        Checks.CORE.date(noticeGivenOn, "pensionPostponement.noticeGivenOn");
        Checks.CORE.date(deferralDate, "pensionPostponement.deferralDate");
        if (!deferralDate.isAfter(noticeGivenOn)) {
            throw new InvalidValueException("pensionPostponement.deferralDate", "after noticeGivenOn " + noticeGivenOn,
                    deferralDate);
        }
    }

    @Override
    public LocalDate evidenceDate() {
        return noticeGivenOn;
    }
}
