package org.carebudget.money.reconcile;

import java.util.List;
import java.util.Objects;
import org.carebudget.core.money.Gbp;
import org.jspecify.annotations.Nullable;

/**
 * A ledger unit (an entry, or the entries of a batch) on no statement line, and why: the reason, and where the reason
 * names one, the nearest statement line with the difference in amount and in days. Immutable and thread-safe.
 */
public final class UnmatchedEntry {

    private final List<LedgerEntry> entries;
    private final UnmatchedReason reason;
    private final @Nullable StatementLine relatedLine;
    private final @Nullable Gbp difference;
    private final @Nullable Integer daysApart;

    UnmatchedEntry(List<LedgerEntry> entries, UnmatchedReason reason, @Nullable StatementLine relatedLine,
            @Nullable Gbp difference, @Nullable Integer daysApart) {
        this.entries = entries;
        this.reason = reason;
        this.relatedLine = relatedLine;
        this.difference = difference;
        this.daysApart = daysApart;
    }

    /**
     * Returns the entry, or the entries of its batch in id order.
     *
     * @return the entries, at least one, unmodifiable
     */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /**
     * Returns why it is unmatched.
     *
     * @return the reason, not null
     */
    public UnmatchedReason reason() {
        return reason;
    }

    /**
     * Returns the statement line the reason names.
     *
     * @return the line, or null when the reason names none
     */
    public @Nullable StatementLine relatedLine() {
        return relatedLine;
    }

    /**
     * Returns the related line's amount minus the unit's, for {@link UnmatchedReason#REFERENCE_AMOUNT_DIFFERS}.
     *
     * @return the difference, or null when not relevant
     */
    public @Nullable Gbp difference() {
        return difference;
    }

    /**
     * Returns the related line's date minus the unit's date, in days.
     *
     * @return the days, or null when no line is named
     */
    public @Nullable Integer daysApart() {
        return daysApart;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof UnmatchedEntry o && entries.equals(o.entries) && reason == o.reason
                && Objects.equals(relatedLine, o.relatedLine) && Objects.equals(difference, o.difference)
                && Objects.equals(daysApart, o.daysApart);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries, reason, relatedLine, difference, daysApart);
    }

    @Override
    public String toString() {
        return "UnmatchedEntry[" + entries.stream().map(LedgerEntry::id).toList() + ", " + reason
                + (relatedLine == null ? "" : ", line " + relatedLine.sourceLine())
                + (difference == null ? "" : ", difference " + difference)
                + (daysApart == null ? "" : ", " + daysApart + " days") + "]";
    }
}
