package org.carebudget.money.reconcile;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What adding a statement to a {@link StatementHistory} did, accounting for every line of the statement: each settled
 * line was {@link #added()}, {@link #alreadyImported()} (same fingerprint and content) or {@link #changed()} (the
 * bank's transaction id is held with other content: the held line is kept and the new one reported); each pending
 * line is {@link #pendingHeld()} in the new snapshot, {@link #pendingSettled()} (its transaction id has settled) or
 * {@link #pendingStale()} (the statement is older than the one that gave the snapshot). Pending lines of the
 * previous snapshot that are no longer pending are {@link #pendingReleased()}. Immutable and thread-safe.
 */
public final class ImportOutcome {

    private final StatementHistory history;
    private final List<StatementLine> added;
    private final List<StatementLine> alreadyImported;
    private final List<StatementLine> changed;
    private final List<StatementLine> pendingHeld;
    private final List<StatementLine> pendingSettled;
    private final List<StatementLine> pendingStale;
    private final List<StatementLine> pendingReleased;

    ImportOutcome(StatementHistory history, List<StatementLine> added, List<StatementLine> alreadyImported,
            List<StatementLine> changed, List<StatementLine> pendingHeld, List<StatementLine> pendingSettled,
            List<StatementLine> pendingStale, List<StatementLine> pendingReleased) {
        this.history = history;
        this.added = added;
        this.alreadyImported = alreadyImported;
        this.changed = changed;
        this.pendingHeld = pendingHeld;
        this.pendingSettled = pendingSettled;
        this.pendingStale = pendingStale;
        this.pendingReleased = pendingReleased;
    }

    /**
     * Returns the history after the import.
     *
     * @return the history, not null
     */
    public StatementHistory history() {
        return history;
    }

    /**
     * Returns the settled lines added, oldest first.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> added() {
        return added;
    }

    /**
     * Returns the settled lines already held (from an earlier, overlapping download).
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> alreadyImported() {
        return alreadyImported;
    }

    /**
     * Returns the settled lines whose bank transaction id is held with other content; the held line is kept.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> changed() {
        return changed;
    }

    /**
     * Returns the statement's pending lines now held as the pending snapshot.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> pendingHeld() {
        return pendingHeld;
    }

    /**
     * Returns the statement's pending lines whose transaction id has settled, so they are not held.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> pendingSettled() {
        return pendingSettled;
    }

    /**
     * Returns the statement's pending lines not held because a more recent statement gave the snapshot.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> pendingStale() {
        return pendingStale;
    }

    /**
     * Returns the previous snapshot's pending lines that are pending no more (settled or lapsed).
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> pendingReleased() {
        return pendingReleased;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ImportOutcome o && history.equals(o.history) && added.equals(o.added)
                && alreadyImported.equals(o.alreadyImported) && changed.equals(o.changed)
                && pendingHeld.equals(o.pendingHeld) && pendingSettled.equals(o.pendingSettled)
                && pendingStale.equals(o.pendingStale) && pendingReleased.equals(o.pendingReleased);
    }

    @Override
    public int hashCode() {
        return Objects.hash(history, added.size(), alreadyImported.size(), changed.size(), pendingHeld.size());
    }

    @Override
    public String toString() {
        return "ImportOutcome[" + added.size() + " added, " + alreadyImported.size() + " already imported, "
                + changed.size() + " changed, " + pendingHeld.size() + " pending held]";
    }
}
