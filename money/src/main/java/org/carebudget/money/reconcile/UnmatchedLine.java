package org.carebudget.money.reconcile;

import java.util.Objects;
import org.carebudget.core.money.Gbp;
import org.jspecify.annotations.Nullable;

/**
 * A statement line with no ledger entry, and why: the reason, and where the reason names one, the nearest ledger
 * entry with its difference in amount and in days. Immutable and thread-safe.
 */
public final class UnmatchedLine {

    private final StatementLine line;
    private final UnmatchedReason reason;
    private final @Nullable String relatedEntryId;
    private final @Nullable Gbp difference;
    private final @Nullable Integer daysApart;

    UnmatchedLine(StatementLine line, UnmatchedReason reason, @Nullable String relatedEntryId,
            @Nullable Gbp difference, @Nullable Integer daysApart) {
        this.line = line;
        this.reason = reason;
        this.relatedEntryId = relatedEntryId;
        this.difference = difference;
        this.daysApart = daysApart;
    }

    /**
     * Returns the line.
     *
     * @return the line, not null
     */
    public StatementLine line() {
        return line;
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
     * Returns the id of the ledger entry the reason names (the nearest of the same amount, the one with the same
     * reference, the best candidate taken by another line).
     *
     * @return the id, or null when the reason names none
     */
    public @Nullable String relatedEntryId() {
        return relatedEntryId;
    }

    /**
     * Returns the line's amount minus the related entry's, for {@link UnmatchedReason#REFERENCE_AMOUNT_DIFFERS}.
     *
     * @return the difference, or null when not relevant
     */
    public @Nullable Gbp difference() {
        return difference;
    }

    /**
     * Returns the line's date minus the related entry's date, in days.
     *
     * @return the days, or null when no entry is named
     */
    public @Nullable Integer daysApart() {
        return daysApart;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof UnmatchedLine o && line.equals(o.line) && reason == o.reason
                && Objects.equals(relatedEntryId, o.relatedEntryId) && Objects.equals(difference, o.difference)
                && Objects.equals(daysApart, o.daysApart);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, reason, relatedEntryId, difference, daysApart);
    }

    @Override
    public String toString() {
        return "UnmatchedLine[" + line + ", " + reason + (relatedEntryId == null ? "" : ", entry " + relatedEntryId)
                + (difference == null ? "" : ", difference " + difference)
                + (daysApart == null ? "" : ", " + daysApart + " days") + "]";
    }
}
