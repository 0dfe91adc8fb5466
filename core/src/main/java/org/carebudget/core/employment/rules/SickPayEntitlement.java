package org.carebudget.core.employment.rules;

import org.carebudget.core.Checks;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * The Statutory Sick Pay one absence earns, as {@link StatutorySickPay#entitlement} computes it: the qualifying days
 * in it, those that were waiting days and those paid, the weekly rate applied (the lower of the flat rate and the
 * share of average weekly earnings, where a row caps it), the entitlement, what was paid and the shortfall. Made by
 * the library; immutable and thread-safe.
 *
 * @param days the days of the absence, not null
 * @param qualifyingDays the qualifying days in the absence
 * @param waitingDays the qualifying days that were waiting days
 * @param paidDays the qualifying days paid
 * @param weeklyRate the weekly rate applied to the last day paid (zero when none paid), not null
 * @param entitlement the SSP due, each SSP week (Sunday to Saturday) rounded up to the penny, not null
 * @param paid the SSP recorded as paid, not null
 * @param shortfall how far the payment falls short, zero when enough, not null
 * @param exclusion why nothing (more) was due, or null when every qualifying day was paid
 */
public record SickPayEntitlement(DateRange days, int qualifyingDays, int waitingDays, int paidDays, Gbp weeklyRate,
        Gbp entitlement, Gbp paid, Gbp shortfall, @Nullable SickPayExclusion exclusion) implements ComplianceFigures {

    /**
     * Checks the figures are present.
     *
     * @param days the days, not null
     * @param qualifyingDays the qualifying days
     * @param waitingDays the waiting days
     * @param paidDays the days paid
     * @param weeklyRate the weekly rate applied, not null
     * @param entitlement the SSP due, not null
     * @param paid the SSP paid, not null
     * @param shortfall the shortfall, not null
     * @param exclusion why nothing more was due, or null
     * @throws org.carebudget.core.InvalidValueException if a required figure is null
     */
    public SickPayEntitlement {
        Checks.CORE.notNull(days, "days");
        Checks.CORE.notNull(weeklyRate, "weeklyRate");
        Checks.CORE.notNull(entitlement, "entitlement");
        Checks.CORE.notNull(paid, "paid");
        Checks.CORE.notNull(shortfall, "shortfall");
    }
}
