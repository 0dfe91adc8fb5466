package org.carebudget.money.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.ledger.Ledger;
import org.jspecify.annotations.Nullable;

/**
 * The money side of a support plan, entered once: the periods it is planned in ({@code everyWeeks} weeks from
 * {@code start}; 4-weekly is usual for direct payments), which spend categories it covers (standard ones and the
 * items it agrees) with the most each may cost per period, the most the whole plan may cost per period, and each
 * funder's planned share of that cost. A funder's contingency and surplus terms derive from its share
 * ({@code org.carebudget.money.budget.FundingTerms#of}), so the plan's cost is never entered twice.
 *
 * <p>Built as {@code SupportPlanBudget.startingOn(date).everyWeeks(4).limit(PA_WAGES, £4000).periodLimit(£4000)
 * .fundedBy(icb, £3000).build()}. Immutable and thread-safe.
 */
public final class SupportPlanBudget {

    // periods lie within the supported dates, which DateRange requires (SupportedDates.END is an exclusive end)
    private static final long MIN_DAY = org.carebudget.core.time.SupportedDates.FIRST.toEpochDay();
    private static final long MAX_DAY = org.carebudget.core.time.SupportedDates.END.toEpochDay();

    private final LocalDate start;
    private final int periodWeeks;
    private final Map<SpendCategory, Gbp> categoryLimits;
    private final Gbp periodLimit;
    private final Map<FunderId, Gbp> funderShares;

    private SupportPlanBudget(Builder builder, Gbp periodLimit) {
        this.start = builder.start;
        this.periodWeeks = builder.weeks;
        this.categoryLimits = java.util.Collections.unmodifiableMap(new TreeMap<>(builder.limits));
        this.periodLimit = periodLimit;
        this.funderShares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.shares));
    }

    /**
     * Starts a plan whose first period begins on a date.
     *
     * @param start the first day of the first period, not null, within the supported dates
     * @return a builder, not null
     * @throws LedgerException if {@code start} is null or unsupported
     */
    public static Builder startingOn(LocalDate start) {
        return new Builder(LedgerException.CHECKS.date(start, "start"));
    }

    /** Builds a {@link SupportPlanBudget}. Not thread-safe; each call checks its arguments at once. */
    public static final class Builder {

        private final LocalDate start;
        private int weeks = 4;
        private final Map<SpendCategory, Gbp> limits = new LinkedHashMap<>();
        private final Map<FunderId, Gbp> shares = new LinkedHashMap<>();
        private @Nullable Gbp periodLimit;

        private Builder(LocalDate start) {
            this.start = start;
        }

        /**
         * Sets the length of a period (4 if not set).
         *
         * @param periodWeeks the weeks in a period, 1 - 52
         * @return this builder
         * @throws LedgerException if out of range
         */
        public Builder everyWeeks(int periodWeeks) {
            weeks = LedgerException.CHECKS.inRange(periodWeeks, 1, 52, "periodWeeks");
            return this;
        }

        /**
         * Adds a category the plan covers, with the most it may cost per period.
         *
         * @param category the category, not null, not added before
         * @param limit the limit per period, 1 pence - {@link Ledger#MAX_AMOUNT}, not null
         * @return this builder
         * @throws LedgerException if a value is null or out of range, or the category was added before
         */
        public Builder limit(SpendCategory category, Gbp limit) {
            LedgerException.notNull(category, "category");
            if (limits.containsKey(category)) {
                throw new LedgerException("category", "a category not yet in the plan", category);
            }
            limits.put(category, amount(limit, "categoryLimits[" + category + "]"));
            return this;
        }

        /**
         * Sets the most the whole plan may cost per period.
         *
         * @param limit the limit per period, 1 pence - {@link Ledger#MAX_AMOUNT}, not null
         * @return this builder
         * @throws LedgerException if null or out of range
         */
        public Builder periodLimit(Gbp limit) {
            periodLimit = amount(limit, "periodLimit");
            return this;
        }

        /**
         * Adds a funder's planned share of the cost per period.
         *
         * @param funder the funder, not null, not added before
         * @param perPeriod its share per period, 1 pence - {@link Ledger#MAX_AMOUNT}, not null
         * @return this builder
         * @throws LedgerException if a value is null or out of range, or the funder was added before
         */
        public Builder fundedBy(FunderId funder, Gbp perPeriod) {
            LedgerException.notNull(funder, "funder");
            if (shares.containsKey(funder)) {
                throw new LedgerException("funder", "a funder not yet in the plan", funder);
            }
            shares.put(funder, amount(perPeriod, "funderShares[" + funder + "]"));
            return this;
        }

        private static Gbp amount(@Nullable Gbp amount, String field) {
            LedgerException.notNull(amount, field);
            if (amount.pence() <= 0 || amount.pence() > Ledger.MAX_AMOUNT_PENCE) {
                throw new LedgerException(field, "1 pence - " + Ledger.MAX_AMOUNT, amount);
            }
            return amount;
        }

        /**
         * Builds the plan.
         *
         * @return the plan, not null
         * @throws LedgerException if no category or no period limit was given, or the funders' shares add up to
         *     more than the period limit
         */
        public SupportPlanBudget build() {
            if (limits.isEmpty()) {
                throw new LedgerException("categoryLimits", "at least one category", "none");
            }
            Gbp limit = LedgerException.notNull(periodLimit, "periodLimit");
            long shared = 0;
            for (Gbp share : shares.values()) {
                shared += share.pence();
            }
            if (shared > limit.pence()) {
                throw new LedgerException("funderShares", "shares adding up to at most the period limit " + limit,
                        Gbp.ofPence(Math.min(shared, Gbp.MAX_PENCE)));
            }
            return new SupportPlanBudget(this, limit);
        }
    }

    /**
     * Returns the first day of the first period.
     *
     * @return the date, not null
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the length of a period in weeks.
     *
     * @return the weeks, 1 - 52
     */
    public int periodWeeks() {
        return periodWeeks;
    }

    /**
     * Returns the categories in the plan with each one's limit per period.
     *
     * @return the limits, not null, not empty, unmodifiable, in category order
     */
    public Map<SpendCategory, Gbp> categoryLimits() {
        return categoryLimits;
    }

    /**
     * Returns the limit per period across all categories.
     *
     * @return the limit, not null
     */
    public Gbp periodLimit() {
        return periodLimit;
    }

    /**
     * Returns each funder's planned share of the cost per period.
     *
     * @return the shares, not null, unmodifiable, in the order added; empty if none was given
     */
    public Map<FunderId, Gbp> funderShares() {
        return funderShares;
    }

    /**
     * Returns whether the plan covers a category.
     *
     * @param category the category, not null
     * @return true if the plan has a limit for it
     * @throws LedgerException if {@code category} is null
     */
    public boolean covers(SpendCategory category) {
        return categoryLimits.containsKey(LedgerException.notNull(category, "category"));
    }

    /**
     * Returns the period containing a date: periods are {@code [start + n * periodWeeks weeks, start + (n + 1) *
     * periodWeeks weeks)}, counting back from {@code start} for earlier dates, so the first day of a period maps to
     * the period it starts and its last day to the same period.
     *
     * @param date the date, not null, in a period that starts on or after {@code SupportedDates.FIRST} and ends
     *     (exclusive) on or before {@code SupportedDates.END}
     * @return the period, half-open, {@code periodWeeks} weeks long, containing {@code date}; not null
     * @throws LedgerException if {@code date} is null, or so near or beyond the supported dates that its period
     *     lies outside them (the message gives the valid range)
     */
    public DateRange periodOf(LocalDate date) {
        LedgerException.CHECKS.date(date, "date");
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

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SupportPlanBudget p && p.start.equals(start) && p.periodWeeks == periodWeeks
                && p.categoryLimits.equals(categoryLimits) && p.periodLimit.equals(periodLimit)
                && p.funderShares.equals(funderShares);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(start, periodWeeks, categoryLimits, periodLimit, funderShares);
    }

    @Override
    public String toString() {
        return "support plan from " + start + ", every " + periodWeeks + " weeks, limits " + categoryLimits
                + ", period limit " + periodLimit + (funderShares.isEmpty() ? "" : ", shares " + funderShares);
    }
}
