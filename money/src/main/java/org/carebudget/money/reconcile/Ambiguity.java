package org.carebudget.money.reconcile;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Statement lines and ledger entries that could be paired in more than one equally good way, reported with every
 * candidate pairing and its score so a person decides: nothing here is matched. Immutable and thread-safe.
 */
public final class Ambiguity {

    /** Why the group is not matched. */
    public enum Reason {
        /** Two or more optimal assignments pair the lines differently. */
        TIED,
        /** The group of competing candidates is larger than {@link MatchSettings#maxCandidates()}. */
        TOO_MANY_CANDIDATES
    }

    private final Reason reason;
    private final List<StatementLine> lines;
    private final List<LedgerEntry> entries;
    private final List<Candidate> candidates;

    Ambiguity(Reason reason, List<StatementLine> lines, List<LedgerEntry> entries, List<Candidate> candidates) {
        this.reason = reason;
        this.lines = lines;
        this.entries = entries;
        this.candidates = candidates;
    }

    /**
     * Returns why the group is not matched.
     *
     * @return the reason, not null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the statement lines of the group.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> lines() {
        return lines;
    }

    /**
     * Returns the ledger entries of the group.
     *
     * @return the entries, unmodifiable, not null
     */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /**
     * Returns every candidate pairing in the group with its score, best first for each line.
     *
     * @return the candidates, unmodifiable, not null
     */
    public List<Candidate> candidates() {
        return candidates;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Ambiguity o && reason == o.reason && lines.equals(o.lines)
                && entries.equals(o.entries) && candidates.equals(o.candidates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, lines, entries, candidates);
    }

    @Override
    public String toString() {
        return "Ambiguity[" + reason + ", " + lines.size() + " lines, " + entries.size() + " entries, "
                + candidates.size() + " candidates]";
    }
}
