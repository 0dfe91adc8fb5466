package org.carebudget.money.reconcile;

import java.util.List;
import java.util.Objects;
import org.carebudget.core.money.Gbp;
import org.jspecify.annotations.Nullable;

/**
 * A confirmed pairing of one statement line with one ledger entry, or with every entry of a batch paid as that one
 * line: the pairing every optimal assignment makes, so it is no guess. Where several identical lines (same date,
 * amount and text) pair with as many identical entries, which line goes with which entry changes nothing; they are
 * paired in line order with entries in id order and marked {@link #interchangeable()}. The same holds where identical
 * lines pair with as many different entries, or different lines with as many identical entries. Immutable and thread-safe.
 */
public final class Match {

    private final StatementLine line;
    private final List<LedgerEntry> entries;
    private final long score;
    private final MatchBasis basis;
    private final int daysApart;
    private final boolean interchangeable;

    Match(StatementLine line, List<LedgerEntry> entries, long score, MatchBasis basis, int daysApart,
            boolean interchangeable) {
        this.line = line;
        this.entries = entries;
        this.score = score;
        this.basis = basis;
        this.daysApart = daysApart;
        this.interchangeable = interchangeable;
    }

    /**
     * Returns the statement line.
     *
     * @return the line, not null
     */
    public StatementLine line() {
        return line;
    }

    /**
     * Returns the ledger entries: one, or the entries of a batch in id order, summing to the line's amount.
     *
     * @return the entries, at least one, unmodifiable
     */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /**
     * Returns the amount matched.
     *
     * @return the line's amount, not null
     */
    public Gbp amount() {
        return line.amount();
    }

    /**
     * Returns the pairing's score.
     *
     * @return the score, above 0
     */
    public long score() {
        return score;
    }

    /**
     * Returns what the pairing rests on.
     *
     * @return the basis, not null
     */
    public MatchBasis basis() {
        return basis;
    }

    /**
     * Returns the line's date minus the ledger date (a batch's latest date), in days.
     *
     * @return the days; positive when the bank dates it later
     */
    public int daysApart() {
        return daysApart;
    }

    /**
     * Returns whether the line was one of several identical lines paired with as many identical entries.
     *
     * @return true if paired in order among identical lines and entries
     */
    public boolean interchangeable() {
        return interchangeable;
    }

    /** The date the ledger records for the unit: the latest of its entries' dates. */
    java.time.LocalDate ledgerDate() {
        return line.date().minusDays(daysApart);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Match o && score == o.score && daysApart == o.daysApart && basis == o.basis
                && interchangeable == o.interchangeable && line.equals(o.line) && entries.equals(o.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, entries, score, basis, daysApart, interchangeable);
    }

    @Override
    public String toString() {
        return "Match[" + line + " = " + entries.stream().map(LedgerEntry::id).toList() + ", " + basis + ", score "
                + score + (interchangeable ? ", interchangeable" : "") + "]";
    }
}
