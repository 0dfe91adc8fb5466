package org.carebudget.money.returns;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * The returns of a caseload for one period: one per care package and funder, sorted by package then funder, with
 * each funder's totals over the caseload (which equal the sums of the journals' figures). Made by
 * {@link PeriodReturns#caseload}. Immutable and thread-safe.
 */
public final class CaseloadReturns {

    private final DateRange period;
    private final List<PeriodReturn> returns;
    private final Map<FunderId, Totals> totals;

    private CaseloadReturns(DateRange period, List<PeriodReturn> returns, Map<FunderId, Totals> totals) {
        this.period = period;
        this.returns = returns;
        this.totals = totals;
    }

    static CaseloadReturns of(DateRange period, List<PeriodReturn> returns, Map<FunderId, Totals> totals) {
        return new CaseloadReturns(period, Collections.unmodifiableList(returns), totals);
    }

    /** Adds up the funders' totals return by return. Not thread-safe. */
    static final class Adder {

        private final Map<FunderId, long[]> sums = new HashMap<>();

        void add(PeriodReturn r) {
            long[] s = sums.computeIfAbsent(r.funder(), f -> new long[5]);
            s[0] = CaseloadReturns.add(s[0], r.openingBalance().pence(), "openingBalance", r);
            s[1] = CaseloadReturns.add(s[1], r.moneyIn().pence(), "moneyIn", r);
            s[2] = CaseloadReturns.add(s[2], r.moneyOut().pence(), "moneyOut", r);
            s[3] = CaseloadReturns.add(s[3], r.closingBalance().pence(), "closingBalance", r);
            s[4]++;
        }

        Map<FunderId, Totals> totals() {
            Map<FunderId, Totals> totals = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
            sums.forEach((funder, s) -> totals.put(funder, new Totals((int) s[4], s[0], s[1], s[2], s[3])));
            return Collections.unmodifiableMap(totals);
        }
    }

    private static long add(long sum, long pence, String figure, PeriodReturn r) {
        long total = sum + pence;
        if (Math.abs(total) > Gbp.MAX_PENCE) {
            throw new LedgerException("totals." + figure, "a caseload total within ±" + Gbp.MAX + " (adding "
                    + r.carePackage() + " " + r.funder() + ")", Gbp.ofPence(pence));
        }
        return total;
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
     * Returns the returns, one per care package and funder, sorted by package id then funder id.
     *
     * @return the returns, not null, unmodifiable
     */
    public List<PeriodReturn> returns() {
        return returns;
    }

    /**
     * Returns each funder's totals over the caseload, sorted by funder id.
     *
     * @return the totals, not null, unmodifiable
     */
    public Map<FunderId, Totals> totals() {
        return totals;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CaseloadReturns c && c.period.equals(period) && c.returns.equals(returns);
    }

    @Override
    public int hashCode() {
        return period.hashCode() * 31 + returns.hashCode();
    }

    /**
     * Returns the period, the number of returns and the funders' totals.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "CaseloadReturns[" + period + ", " + returns.size() + " returns, " + totals + "]";
    }

    /**
     * One funder's totals over a caseload's returns. Each sum is of amounts within one ledger's lifetime volume
     * ({@code Ledger.MAX_VOLUME_PENCE}); over a caseload it is exact while within {@link Gbp#MAX_PENCE};
     * beyond, making the
     * caseload's returns is refused with a {@code LedgerException}. Immutable and thread-safe.
     */
    public static final class Totals {

        private final int packages;
        private final Gbp opening;
        private final Gbp moneyIn;
        private final Gbp moneyOut;
        private final Gbp closing;

        Totals(int packages, long opening, long moneyIn, long moneyOut, long closing) {
            this.packages = packages;
            this.opening = Gbp.ofPence(opening);
            this.moneyIn = Gbp.ofPence(moneyIn);
            this.moneyOut = Gbp.ofPence(moneyOut);
            this.closing = Gbp.ofPence(closing);
        }

        /**
         * Returns how many packages the funder funds in the caseload.
         *
         * @return the count, 1 or more
         */
        public int packages() {
            return packages;
        }

        /**
         * Returns the sum of the opening balances.
         *
         * @return the sum, not null
         */
        public Gbp openingBalance() {
            return opening;
        }

        /**
         * Returns the sum of money in.
         *
         * @return the sum, not null
         */
        public Gbp moneyIn() {
            return moneyIn;
        }

        /**
         * Returns the sum of money out.
         *
         * @return the sum, not null
         */
        public Gbp moneyOut() {
            return moneyOut;
        }

        /**
         * Returns the sum of the closing balances: {@code opening + in - out}.
         *
         * @return the sum, not null
         */
        public Gbp closingBalance() {
            return closing;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Totals t && t.packages == packages && t.opening.equals(opening)
                    && t.moneyIn.equals(moneyIn) && t.moneyOut.equals(moneyOut) && t.closing.equals(closing);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(packages, opening, moneyIn, moneyOut, closing);
        }

        /**
         * Returns {@code N packages: opening + in - out = closing}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return packages + " packages: " + opening + " + " + moneyIn + " - " + moneyOut + " = " + closing;
        }
    }
}
