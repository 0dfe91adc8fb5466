package org.carebudget.money.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.carebudget.core.hours.HoursKind;
import org.carebudget.core.hours.HoursLine;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.budget.FundingTerms;
import org.jspecify.annotations.Nullable;

/**
 * One funder's return for one care package and period, made from the budget's journal as known through a number of
 * entries. Money in is receipts, refunds, reversals into the stream (a spend corrected) and prior-period adjustments
 * in; money out is spends, returns to the funder, clawbacks, reversals out of the stream (a receipt corrected) and
 * prior-period adjustments out; {@code opening + in - out = closing} always holds (a return that would not balance is
 * never made). Balances are posted money at the end of a day; held spends reserve money without moving it, so they
 * are listed beside the balance, and the surplus is {@code closing - held - contingency}, as
 * {@code BudgetLedger.surplus} computes it. Spends and refunds are gross; their corrections are the reversals.
 *
 * <p>Made by {@link PeriodReturns}; written as JSON by {@link ReturnsJacksonModule} and as CSV by
 * {@link #csvLines()}. Immutable and thread-safe.
 */
public final class PeriodReturn {

    private final CarePackageId carePackage;
    private final FunderId funder;
    private final DateRange period;
    private final int knownThrough;
    private final int previousKnownThrough;
    private final Gbp openingBalance;
    private final Gbp receipts;
    private final SortedMap<SpendCategory, Gbp> spendByCategory;
    private final SortedMap<SpendCategory, Gbp> refundsByCategory;
    private final Gbp reversalsIn;
    private final Gbp reversalsOut;
    private final Gbp returnsToFunder;
    private final Gbp clawbacks;
    private final List<PriorPeriodAdjustment> adjustments;
    private final Gbp adjustmentsIn;
    private final Gbp adjustmentsOut;
    private final Gbp closingBalance;
    private final Gbp moneyIn;
    private final Gbp moneyOut;
    private final List<HeldSpend> held;
    private final Gbp heldTotal;
    private final @Nullable FundingTerms terms;
    private final @Nullable HoursSummary hours;

    PeriodReturn(CarePackageId carePackage, FunderId funder, DateRange period, int knownThrough,
            int previousKnownThrough, Gbp openingBalance, Gbp receipts, SortedMap<SpendCategory, Gbp> spendByCategory,
            SortedMap<SpendCategory, Gbp> refundsByCategory, Gbp reversalsIn, Gbp reversalsOut, Gbp returnsToFunder,
            Gbp clawbacks, List<PriorPeriodAdjustment> adjustments, Gbp closingBalance, List<HeldSpend> held,
            @Nullable FundingTerms terms, @Nullable HoursSummary hours) {
        this.carePackage = carePackage;
        this.funder = funder;
        this.period = period;
        this.knownThrough = knownThrough;
        this.previousKnownThrough = previousKnownThrough;
        this.openingBalance = openingBalance;
        this.receipts = receipts;
        this.spendByCategory = Collections.unmodifiableSortedMap(spendByCategory);
        this.refundsByCategory = Collections.unmodifiableSortedMap(refundsByCategory);
        this.reversalsIn = reversalsIn;
        this.reversalsOut = reversalsOut;
        this.returnsToFunder = returnsToFunder;
        this.clawbacks = clawbacks;
        this.adjustments = List.copyOf(adjustments);
        long in = 0;
        long out = 0;
        for (PriorPeriodAdjustment a : this.adjustments) {
            if (a.amount().isPositive()) {
                in += a.amount().pence();
            } else {
                out -= a.amount().pence();
            }
        }
        this.adjustmentsIn = Gbp.ofPence(in);
        this.adjustmentsOut = Gbp.ofPence(out);
        this.closingBalance = closingBalance;
        this.moneyIn = receipts.plus(sum(this.refundsByCategory)).plus(reversalsIn).plus(adjustmentsIn);
        this.moneyOut = sum(this.spendByCategory).plus(returnsToFunder).plus(clawbacks).plus(reversalsOut)
                .plus(adjustmentsOut);
        this.held = List.copyOf(held);
        long heldPence = 0;
        for (HeldSpend h : this.held) {
            heldPence += h.amount().pence();
        }
        this.heldTotal = Gbp.ofPence(heldPence);
        this.terms = terms;
        this.hours = hours;
    }

    /**
     * Returns the care package.
     *
     * @return the package, not null
     */
    public CarePackageId carePackage() {
        return carePackage;
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
     * Returns the period {@code [start, end)}.
     *
     * @return the period, not null, with an end
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns the first day after the period.
     *
     * @return the end, exclusive, not null
     */
    public LocalDate periodEnd() {
        return period.end().orElseThrow();
    }

    /**
     * Returns how many journal entries the return was made from: ask again with
     * {@link ReturnRequest#knownThrough(int)} of this number to reproduce it exactly.
     *
     * @return the number of entries, 1 or more
     */
    public int knownThrough() {
        return knownThrough;
    }

    /**
     * Returns how many journal entries the previous return was made from; entries from there to
     * {@link #knownThrough()} dated before the period are this return's prior-period adjustments.
     *
     * @return the previous return's cut, or {@link #knownThrough()} when no previous return was given
     */
    public int previousKnownThrough() {
        return previousKnownThrough;
    }

    /**
     * Returns the stream's posted balance at the end of the day before the period, as the previous return (or, with
     * none, this return's cut) knew it.
     *
     * @return the balance, not null
     */
    public Gbp openingBalance() {
        return openingBalance;
    }

    /**
     * Returns the money received from the funder in the period.
     *
     * @return the receipts, zero or more, not null
     */
    public Gbp receipts() {
        return receipts;
    }

    /**
     * Returns the money paid out per spend category in the period (spends and approved holds), gross of reversals.
     *
     * @return the spend per category, sorted by category, only categories with spend, not null, unmodifiable
     */
    public SortedMap<SpendCategory, Gbp> spendByCategory() {
        return spendByCategory;
    }

    /**
     * Returns the spend of all categories in the period.
     *
     * @return the total, zero or more, not null
     */
    public Gbp spend() {
        return sum(spendByCategory);
    }

    /**
     * Returns the refunds from payees per category in the period.
     *
     * @return the refunds per category, sorted, only categories with refunds, not null, unmodifiable
     */
    public SortedMap<SpendCategory, Gbp> refundsByCategory() {
        return refundsByCategory;
    }

    /**
     * Returns the refunds of all categories in the period.
     *
     * @return the total, zero or more, not null
     */
    public Gbp refunds() {
        return sum(refundsByCategory);
    }

    /**
     * Returns the reversals dated in the period that put money back into the stream (corrected spends, returns or
     * clawbacks).
     *
     * @return the amount, zero or more, not null
     */
    public Gbp reversalsIn() {
        return reversalsIn;
    }

    /**
     * Returns the reversals dated in the period that took money out of the stream (corrected receipts or refunds).
     *
     * @return the amount, zero or more, not null
     */
    public Gbp reversalsOut() {
        return reversalsOut;
    }

    /**
     * Returns the money the budget gave back to the funder of its own accord in the period.
     *
     * @return the amount, zero or more, not null
     */
    public Gbp returnsToFunder() {
        return returnsToFunder;
    }

    /**
     * Returns the surplus the funder clawed back in the period.
     *
     * @return the amount, zero or more, not null
     */
    public Gbp clawbacks() {
        return clawbacks;
    }

    /**
     * Returns the entries dated before the period that the previous return did not know of, in journal order.
     *
     * @return the adjustments, not null, unmodifiable; empty without a previous return
     */
    public List<PriorPeriodAdjustment> priorPeriodAdjustments() {
        return adjustments;
    }

    /**
     * Returns the prior-period adjustments that put money into the stream.
     *
     * @return the amount, zero or more, not null
     */
    public Gbp priorPeriodAdjustmentsIn() {
        return adjustmentsIn;
    }

    /**
     * Returns the prior-period adjustments that took money out of the stream.
     *
     * @return the amount, zero or more, not null
     */
    public Gbp priorPeriodAdjustmentsOut() {
        return adjustmentsOut;
    }

    /**
     * Returns all money in: receipts, refunds, reversals in and prior-period adjustments in.
     *
     * @return the amount, zero or more, not null
     */
    public Gbp moneyIn() {
        return moneyIn;
    }

    /**
     * Returns all money out: spend, returns to the funder, clawbacks, reversals out and prior-period adjustments out.
     *
     * @return the amount, zero or more, not null
     */
    public Gbp moneyOut() {
        return moneyOut;
    }

    /**
     * Returns the stream's posted balance at the end of the period's last day: {@code opening + in - out}.
     *
     * @return the balance, not null
     */
    public Gbp closingBalance() {
        return closingBalance;
    }

    /**
     * Returns the spends still held for the funder's review at the end of the period, by date then id.
     *
     * @return the held spends, not null, unmodifiable
     */
    public List<HeldSpend> heldSpends() {
        return held;
    }

    /**
     * Returns the money reserved by held spends at the end of the period.
     *
     * @return the total, zero or more, not null
     */
    public Gbp heldTotal() {
        return heldTotal;
    }

    /**
     * Returns the funder's terms the contingency and surplus come from.
     *
     * @return the terms; null when the request gave none
     */
    public @Nullable FundingTerms terms() {
        return terms;
    }

    /**
     * Returns the contingency the funder lets the budget keep.
     *
     * @return the contingency; null when no terms were given
     */
    public @Nullable Gbp contingency() {
        return terms == null ? null : terms.contingency();
    }

    /**
     * Returns the surplus at the end of the period: {@code closing - held - contingency}.
     *
     * @return the surplus, may be negative; null when no terms were given
     */
    public @Nullable Gbp surplus() {
        return terms == null ? null : closingBalance.minus(heldTotal).minus(terms.contingency());
    }

    /**
     * Returns whether the surplus is above the funder's clawback threshold.
     *
     * @return true if flagged; false when not, or when no terms were given
     */
    public boolean flaggedForClawback() {
        Gbp surplus = surplus();
        return terms != null && surplus != null && surplus.compareTo(terms.clawbackThreshold()) > 0;
    }

    /**
     * Returns the funder's hours in the period: minutes rostered (budgeted) and worked (used), per PA and kind.
     *
     * @return the hours, of this period and funder only; null when the request gave none
     */
    public @Nullable HoursSummary hours() {
        return hours;
    }

    /**
     * Returns the return as CSV lines: a header, then one line per figure, per category and per held spend, in a
     * fixed order. Amounts are pounds with two decimals and a {@code -} sign ({@code 1234.50}), minutes whole numbers,
     * dates ISO; nothing depends on the default locale. Fields are quoted as RFC 4180 says (a field holding a comma,
     * a double quote, CR or LF is quoted, its quotes doubled). Lines carry no terminator: join with CRLF for RFC 4180.
     *
     * @return the lines, not null, unmodifiable, the header first
     */
    public List<String> csvLines() {
        List<String> lines = new ArrayList<>();
        lines.add(ReturnsCsv.HEADER);
        ReturnsCsv.lines(this, lines);
        return Collections.unmodifiableList(lines);
    }

    private static Gbp sum(Map<SpendCategory, Gbp> amounts) {
        long total = 0;
        for (Gbp amount : amounts.values()) {
            total += amount.pence();
        }
        return Gbp.ofPence(total);
    }

    /**
     * Returns the minutes of one kind in this return's hours.
     *
     * @param kind the kind, not null
     * @return planned and delivered minutes, {@code [planned, delivered]}
     */
    long[] minutes(HoursKind kind) {
        long[] total = new long[2];
        if (hours != null) {
            for (HoursLine line : hours.lines()) {
                if (line.key().kind() == kind) {
                    total[0] += line.plannedMinutes();
                    total[1] += line.deliveredMinutes();
                }
            }
        }
        return total;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PeriodReturn r && r.carePackage.equals(carePackage) && r.funder.equals(funder)
                && r.period.equals(period) && r.knownThrough == knownThrough
                && r.previousKnownThrough == previousKnownThrough && r.openingBalance.equals(openingBalance)
                && r.receipts.equals(receipts) && r.spendByCategory.equals(spendByCategory)
                && r.refundsByCategory.equals(refundsByCategory) && r.reversalsIn.equals(reversalsIn)
                && r.reversalsOut.equals(reversalsOut) && r.returnsToFunder.equals(returnsToFunder)
                && r.clawbacks.equals(clawbacks) && r.adjustments.equals(adjustments)
                && r.closingBalance.equals(closingBalance) && r.held.equals(held) && Objects.equals(r.terms, terms)
                && Objects.equals(r.hours, hours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(carePackage, funder, period, knownThrough, openingBalance, receipts, spendByCategory,
                closingBalance, held);
    }

    /**
     * Returns a one-line summary: package, funder, period, opening, in, out and closing.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PeriodReturn[" + carePackage + " " + funder + " " + period + ": opening " + openingBalance + " + in "
                + moneyIn() + " - out " + moneyOut() + " = closing " + closingBalance + ", held " + heldTotal + "]";
    }
}
