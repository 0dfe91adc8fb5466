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

    /**
     * Returns a pay period length in words for messages, with its article: "a weekly period", "a fortnightly
     * period", "a 4-weekly period" or "a monthly period".
     */
    static String periodName(PayFrequency frequency) {
        switch (frequency) {
            case WEEKLY:
                return "a weekly period";
            case FORTNIGHTLY:
                return "a fortnightly period";
            case FOUR_WEEKLY:
                return "a 4-weekly period";
            default:
                return "a monthly period";
        }
    }
}
