package org.carebudget.money.policy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;

/**
 * The money side of a support plan: which spend categories it covers, the most each may cost per period, and the
 * most the whole plan may cost per period. Periods are {@code periodWeeks} long from {@code start} (4-weekly is
 * usual for direct payments). Immutable and thread-safe.
 *
 * @param start the first day of the first period, not null
 * @param periodWeeks the length of a period in weeks, 1 - 52
 * @param categoryLimits the categories in the plan with each one's limit per period, not null, not empty, each
 *     limit above zero; unmodifiable
 * @param periodLimit the limit per period across all categories, above zero, not null
 */
public record SupportPlanBudget(LocalDate start, int periodWeeks, Map<SpendCategory, Gbp> categoryLimits,
        Gbp periodLimit) {

    // periods lie within the supported dates, which DateRange requires (SupportedDates.END is an exclusive end)
    private static final long MIN_DAY = org.carebudget.core.time.SupportedDates.FIRST.toEpochDay();
    private static final long MAX_DAY = org.carebudget.core.time.SupportedDates.END.toEpochDay();

    /**
     * Validates the plan.
     *
     * @param start the first day, not null
     * @param periodWeeks the period length in weeks, 1 - 52
     * @param categoryLimits the limits per category, not null, not empty, each above zero
     * @param periodLimit the limit per period, above zero, not null
     * @throws LedgerException if a value is null or out of range
     */
    public SupportPlanBudget {
        LedgerException.notNull(start, "start");
        LedgerException.inRange(periodWeeks, 1, 52, "periodWeeks");
        LedgerException.notNull(categoryLimits, "categoryLimits");
        if (categoryLimits.isEmpty()) {
            throw new LedgerException("categoryLimits", "at least one category", "none");
        }
        Map<SpendCategory, Gbp> limits = new EnumMap<>(SpendCategory.class);
        categoryLimits.forEach((category, limit) -> {
            LedgerException.notNull(category, "categoryLimits key");
            LedgerException.notNull(limit, "categoryLimits[" + category + "]");
            LedgerException.positivePence(limit.pence(), "categoryLimits[" + category + "]");
            limits.put(category, limit);
        });
        categoryLimits = Map.copyOf(limits);
        LedgerException.notNull(periodLimit, "periodLimit");
        LedgerException.positivePence(periodLimit.pence(), "periodLimit");
    }

    /**
     * Returns whether the plan covers a category.
     *
     * @param category the category, not null
     * @return true if the plan has a limit for it
     */
    public boolean covers(SpendCategory category) {
        return categoryLimits.containsKey(category);
    }

    /**
     * Returns the period containing a date: periods are {@code [start + n * periodWeeks weeks, start + (n + 1) *
     * periodWeeks weeks)}, so the first day of a period maps to the period it starts and its last day to the same
     * period. Dates before {@code start} are not refused: periods count back from it (n is negative), so the day
     * before {@code start} is in the period ending on {@code start}.
     *
     * @param date the date, not null, in a period that starts on or after {@code SupportedDates.FIRST} and ends
     *     (exclusive) on or before {@code SupportedDates.END}
     * @return the period, half-open, {@code periodWeeks} weeks long, containing {@code date}; not null
     * @throws LedgerException if {@code date} is null, or so near or beyond the supported dates that its period
     *     lies outside them (the message gives the valid range)
     */
    public DateRange periodOf(LocalDate date) {
        LedgerException.notNull(date, "date");
        long days = periodWeeks * 7L;
        long startDay = start.toEpochDay();
        long first = startDay + Math.floorDiv(date.toEpochDay() - startDay, days) * days;
        if (first < MIN_DAY || first + days > MAX_DAY) {
            long lowest = startDay - Math.floorDiv(startDay - MIN_DAY, days) * days;
            long highestEnd = startDay + Math.floorDiv(MAX_DAY - startDay, days) * days;
            throw new LedgerException("date", LocalDate.ofEpochDay(lowest) + " - "
                    + LocalDate.ofEpochDay(highestEnd - 1), date);
        }
        return DateRange.of(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(first + days));
    }
}
