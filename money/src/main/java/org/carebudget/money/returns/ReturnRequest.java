package org.carebudget.money.returns;

import java.util.Objects;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.budget.FundingTerms;
import org.jspecify.annotations.Nullable;

/**
 * What a period return is asked for: the funder and period, and optionally the journal cut it is made as of, the
 * previous return it follows, the funder's terms (for contingency and surplus) and the hours rostered and worked.
 * Built as {@code ReturnRequest.of(funder, quarter).after(previous).withTerms(terms).withHours(hours)}; every
 * {@code with*} that changes nothing returns {@code this}. Immutable and thread-safe.
 */
public final class ReturnRequest {

    private final FunderId funder;
    private final DateRange period;
    private final int knownThrough;
    private final @Nullable PeriodReturn previous;
    private final @Nullable FundingTerms terms;
    private final @Nullable HoursSummary hours;

    private ReturnRequest(FunderId funder, DateRange period, int knownThrough, @Nullable PeriodReturn previous,
            @Nullable FundingTerms terms, @Nullable HoursSummary hours) {
        this.funder = funder;
        this.period = period;
        this.knownThrough = knownThrough;
        this.previous = previous;
        this.terms = terms;
        this.hours = hours;
    }

    /**
     * Returns a request for a funder's return over a period, as of the whole journal, with no previous return, terms
     * or hours.
     *
     * @param funder the funder, not null
     * @param period the period, not null, with an end, at least one day, within the supported dates; see
     *     {@link ReturnPeriods} for financial quarters
     * @return the request, not null
     * @throws LedgerException if a value is null or the period open-ended, empty or unsupported
     */
    public static ReturnRequest of(FunderId funder, DateRange period) {
        LedgerException.notNull(funder, "funder");
        return new ReturnRequest(funder, ReturnPeriods.check(period, "period"), -1, null, null, null);
    }

    /**
     * Returns this request made as of the first {@code entries} entries of the journal: entries recorded later are
     * left out, so a return issued with a cut is reproduced exactly later.
     *
     * @param entries the number of journal entries known, 1 - the journal's size (checked when the return is made)
     * @return the request, not null; {@code this} if unchanged
     * @throws LedgerException if {@code entries} is below 1
     */
    public ReturnRequest knownThrough(int entries) {
        LedgerException.CHECKS.inRange(entries, 1, Integer.MAX_VALUE, "knownThrough");
        return entries == knownThrough ? this : new ReturnRequest(funder, period, entries, previous, terms, hours);
    }

    /**
     * Returns this request following a previous return of the same budget and funder whose period ends where this
     * one starts: entries the previous return did not know of, dated before this period, are shown here as
     * prior-period adjustments, and this return's opening balance is the previous return's closing balance.
     *
     * @param previous the previous return, not null, of the same funder, ending on this period's start
     * @return the request, not null; {@code this} if unchanged
     * @throws LedgerException if {@code previous} is null, of another funder or does not end on this period's start
     */
    public ReturnRequest after(PeriodReturn previous) {
        LedgerException.notNull(previous, "previous");
        if (!previous.funder().equals(funder)) {
            throw new LedgerException("previous.funder", "the funder of this return " + funder, previous.funder());
        }
        if (!previous.periodEnd().equals(period.start())) {
            throw new LedgerException("previous.period", "a period ending on " + period.start() + ", where this "
                    + "return starts", previous.period());
        }
        return previous.equals(this.previous) ? this
                : new ReturnRequest(funder, period, knownThrough, previous, terms, hours);
    }

    /**
     * Returns this request with the funder's terms, so that the return shows contingency and surplus.
     *
     * @param terms the funder's terms, not null, for this request's funder
     * @return the request, not null; {@code this} if unchanged
     * @throws LedgerException if {@code terms} is null or for another funder
     */
    public ReturnRequest withTerms(FundingTerms terms) {
        LedgerException.notNull(terms, "terms");
        if (!terms.funder().equals(funder)) {
            throw new LedgerException("terms.funder", "the funder of this return " + funder, terms.funder());
        }
        return terms.equals(this.terms) ? this : new ReturnRequest(funder, period, knownThrough, previous, terms, hours);
    }

    /**
     * Returns this request with the hours rostered and worked in the period; the return keeps the funder's lines.
     *
     * @param hours the hours, not null, of exactly this request's period; every line must be of the budget's care
     *     package (checked when the return is made)
     * @return the request, not null; {@code this} if unchanged
     * @throws LedgerException if {@code hours} is null or of another period
     */
    public ReturnRequest withHours(HoursSummary hours) {
        LedgerException.notNull(hours, "hours");
        if (!hours.period().equals(period)) {
            throw new LedgerException("hours.period", "the period of this return " + period, hours.period());
        }
        return hours.equals(this.hours) ? this : new ReturnRequest(funder, period, knownThrough, previous, terms, hours);
    }

    /**
     * Returns the funder.
     *
     * @return the funder, not null
     */
    public FunderId funder() {
        return funder;
    }

    /**
     * Returns the period.
     *
     * @return the period, not null, with an end
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns the number of journal entries the return is made as of.
     *
     * @return 1 or more, or -1 for the whole journal when the return is made
     */
    public int knownThrough() {
        return knownThrough;
    }

    /**
     * Returns the previous return this one follows.
     *
     * @return the previous return; null when none was given
     */
    public @Nullable PeriodReturn previous() {
        return previous;
    }

    /**
     * Returns the funder's terms.
     *
     * @return the terms; null when none were given (no contingency or surplus is reported)
     */
    public @Nullable FundingTerms terms() {
        return terms;
    }

    /**
     * Returns the hours rostered and worked.
     *
     * @return the hours; null when none were given (no hours are reported)
     */
    public @Nullable HoursSummary hours() {
        return hours;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReturnRequest r && r.funder.equals(funder) && r.period.equals(period)
                && r.knownThrough == knownThrough && Objects.equals(r.previous, previous)
                && Objects.equals(r.terms, terms) && Objects.equals(r.hours, hours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(funder, period, knownThrough, previous, terms, hours);
    }

    /**
     * Returns the funder, the period and the cut, such as {@code return icb 2026-04-01/2026-07-01 known through 42}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "return " + funder + " " + period + (knownThrough < 0 ? " known through the whole journal"
                : " known through " + knownThrough);
    }
}
