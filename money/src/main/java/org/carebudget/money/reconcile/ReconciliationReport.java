package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a reconciliation, as a value: the confirmed matches, the ambiguous groups with their scored
 * candidates, the unmatched lines and entries with their reasons, the balance checks, the assertions that could not
 * be checked, and findings about the account. It depends only on the input, never on the order of the statement's
 * lines or the ledger's entries. Lists are ordered by date, then by a fixed order of the items.
 *
 * <p>The reconciliation is successful ({@link #isReconciled()}) when every settled statement line is confirmed and
 * every balance check is fully explained (unmatched ledger entries are outstanding items, as on any bank
 * reconciliation, and do not stop it). Immutable and thread-safe.
 */
public final class ReconciliationReport {

    private final LocalDate asOf;
    private final List<Match> matches;
    private final List<Ambiguity> ambiguities;
    private final List<UnmatchedLine> unmatchedLines;
    private final List<UnmatchedEntry> unmatchedEntries;
    private final List<BalanceCheck> balanceChecks;
    private final List<BalanceAssertion> uncheckedAssertions;
    private final List<ReconciliationFinding> findings;
    private final boolean reconciled;
    private final @Nullable LocalDate lastReconciled;

    ReconciliationReport(LocalDate asOf, List<Match> matches, List<Ambiguity> ambiguities,
            List<UnmatchedLine> unmatchedLines, List<UnmatchedEntry> unmatchedEntries, List<BalanceCheck> balanceChecks,
            List<BalanceAssertion> uncheckedAssertions, List<ReconciliationFinding> findings, boolean reconciled,
            @Nullable LocalDate lastReconciled) {
        this.asOf = asOf;
        this.matches = matches;
        this.ambiguities = ambiguities;
        this.unmatchedLines = unmatchedLines;
        this.unmatchedEntries = unmatchedEntries;
        this.balanceChecks = balanceChecks;
        this.uncheckedAssertions = uncheckedAssertions;
        this.findings = findings;
        this.reconciled = reconciled;
        this.lastReconciled = lastReconciled;
    }

    /**
     * Returns the date of the reconciliation.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the confirmed matches, settled and pending.
     *
     * @return the matches, unmodifiable, not null
     */
    public List<Match> matches() {
        return matches;
    }

    /**
     * Returns the groups that could be paired in more than one equally good way; none of their items is matched.
     *
     * @return the ambiguities, unmodifiable, not null
     */
    public List<Ambiguity> ambiguities() {
        return ambiguities;
    }

    /**
     * Returns the statement lines with no ledger entry, with the reason.
     *
     * @return the unmatched lines, unmodifiable, not null
     */
    public List<UnmatchedLine> unmatchedLines() {
        return unmatchedLines;
    }

    /**
     * Returns the ledger units on no statement line, with the reason.
     *
     * @return the unmatched entries, unmodifiable, not null
     */
    public List<UnmatchedEntry> unmatchedEntries() {
        return unmatchedEntries;
    }

    /**
     * Returns each statement balance checked against the ledger, oldest first.
     *
     * @return the checks, unmodifiable, not null
     */
    public List<BalanceCheck> balanceChecks() {
        return balanceChecks;
    }

    /**
     * Returns the statement balances that could not be checked: every one when no opening balance was given, and
     * those before the opening date.
     *
     * @return the assertions, unmodifiable, not null
     */
    public List<BalanceAssertion> uncheckedAssertions() {
        return uncheckedAssertions;
    }

    /**
     * Returns what was found about the account as a whole (a stale reconciliation).
     *
     * @return the findings, unmodifiable, not null
     */
    public List<ReconciliationFinding> findings() {
        return findings;
    }

    /**
     * Returns whether the reconciliation succeeded: every settled line confirmed, every balance check explained.
     *
     * @return true if reconciled
     */
    public boolean isReconciled() {
        return reconciled;
    }

    /**
     * Returns the date of the account's last successful reconciliation, counting this one.
     *
     * @return {@link #asOf()} if this one succeeded, else the date given in the input; null for never
     */
    public @Nullable LocalDate lastReconciled() {
        return lastReconciled;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReconciliationReport o && asOf.equals(o.asOf) && reconciled == o.reconciled
                && matches.equals(o.matches) && ambiguities.equals(o.ambiguities)
                && unmatchedLines.equals(o.unmatchedLines) && unmatchedEntries.equals(o.unmatchedEntries)
                && balanceChecks.equals(o.balanceChecks) && uncheckedAssertions.equals(o.uncheckedAssertions)
                && findings.equals(o.findings) && Objects.equals(lastReconciled, o.lastReconciled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, reconciled, matches.size(), ambiguities.size(), unmatchedLines.size(),
                unmatchedEntries.size(), balanceChecks.size(), lastReconciled);
    }

    @Override
    public String toString() {
        return "ReconciliationReport[as of " + asOf + ", " + matches.size() + " matched, " + ambiguities.size()
                + " ambiguous, " + unmatchedLines.size() + " lines and " + unmatchedEntries.size()
                + " entries unmatched, " + balanceChecks.size() + " balance checks" + (reconciled ? ", reconciled" : "")
                + "]";
    }
}
