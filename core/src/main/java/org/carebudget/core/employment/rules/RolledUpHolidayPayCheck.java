package org.carebudget.core.employment.rules;

import org.carebudget.core.Checks;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * Rolled-up holiday pay for one pay period against the accrual rate on gross pay for work, as
 * {@link IrregularHoursHoliday#rolledUpHolidayPay(Gbp, org.carebudget.core.figures.HolidayFigures)} computes the
 * required line (rounded up to the penny in the worker's favour). Made by the library; immutable and thread-safe.
 *
 * @param period the pay reference period, not null
 * @param grossPay the gross pay for work, not null
 * @param accrualBasisPoints the rate (1207 = 12.07%)
 * @param required the rolled-up holiday pay required, not null
 * @param paid the rolled-up holiday pay paid, not null
 * @param shortfall how far the line falls short, zero when enough, not null
 */
public record RolledUpHolidayPayCheck(DateRange period, Gbp grossPay, int accrualBasisPoints, Gbp required, Gbp paid,
        Gbp shortfall) implements ComplianceFigures {

    /**
     * Checks the figures are present.
     *
     * @param period the pay reference period, not null
     * @param grossPay the gross pay for work, not null
     * @param accrualBasisPoints the rate
     * @param required the line required, not null
     * @param paid the line paid, not null
     * @param shortfall the shortfall, not null
     * @throws org.carebudget.core.InvalidValueException if a figure is null
     */
    public RolledUpHolidayPayCheck {
        Checks.CORE.notNull(period, "period");
        Checks.CORE.notNull(grossPay, "grossPay");
        Checks.CORE.notNull(required, "required");
        Checks.CORE.notNull(paid, "paid");
        Checks.CORE.notNull(shortfall, "shortfall");
    }
}
