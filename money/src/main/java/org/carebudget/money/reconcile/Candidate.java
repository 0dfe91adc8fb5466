package org.carebudget.money.reconcile;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A possible pairing of one statement line with one ledger unit (an entry, or every entry of a batch), with its
 * score ({@link MatchSettings}) and what it rests on. Immutable and thread-safe.
 */
public final class Candidate {

    private final StatementLine line;
    private final List<LedgerEntry> entries;
    private final long score;
    private final MatchBasis basis;
    private final int daysApart;

    Candidate(StatementLine line, List<LedgerEntry> entries, long score, MatchBasis basis, int daysApart) {
        this.line = line;
        this.entries = entries;
        this.score = score;
        this.basis = basis;
        this.daysApart = daysApart;
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
     * Returns the ledger entries: one, or the entries of a batch in id order.
     *
     * @return the entries, at least one, unmodifiable
     */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /**
     * Returns the score: higher is a better pairing.
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
     * Returns the line's date minus the ledger date (the batch's latest date), in days.
     *
     * @return the days; positive when the bank dates it later
     */
    public int daysApart() {
        return daysApart;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Candidate o && score == o.score && daysApart == o.daysApart && basis == o.basis
                && line.equals(o.line) && entries.equals(o.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, entries, score, basis, daysApart);
    }

    @Override
    public String toString() {
        return "Candidate[" + line + " ~ " + entries.stream().map(LedgerEntry::id).toList() + ", score " + score
                + ", " + basis + ", " + daysApart + " days]";
    }
}
