package org.carebudget.core.employment.rules;

import org.carebudget.core.time.PayFrequency;

/** Scales weekly figures to a pay period length. Stateless and thread-safe. */
final class PeriodThresholds {

    private PeriodThresholds() {
    }

    /**
     * Returns a threshold for a pay period: the weekly figure times 1, 2 or 4 weeks, or the monthly figure.
     */
    static long forPeriod(PayFrequency frequency, long weeklyPence, long monthlyPence) {
        switch (frequency) {
            case WEEKLY:
                return weeklyPence;
            case FORTNIGHTLY:
                return weeklyPence * 2;
            case FOUR_WEEKLY:
                return weeklyPence * 4;
            default:
                return monthlyPence;
        }
    }
}
