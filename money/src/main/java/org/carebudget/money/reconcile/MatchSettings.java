package org.carebudget.money.reconcile;

import java.util.Objects;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Reconciler} matches and when it flags an account: the date window within which a statement line may
 * match a ledger entry of the same amount, the longer window for a line that also carries the entry's reference, the
 * largest group of competing candidates it solves exactly, and how many days may pass without a successful
 * reconciliation.
 *
 * <p>A candidate pair scores {@value #REFERENCE_SCORE} when the references agree, plus {@value #COUNTERPARTY_SCORE}
 * when the entry's counterparty appears in the line's description, plus one point for each day nearer than the
 * widest window: so a reference outweighs any name, and a name any date. Immutable and thread-safe; {@code with*}
 * returns {@code this} when nothing changes.
 */
public final class MatchSettings {

    /** The score for a statement line that carries the ledger entry's reference. */
    public static final long REFERENCE_SCORE = 1_000_000;
    /** The score for a statement line whose description names the ledger entry's counterparty. */
    public static final long COUNTERPARTY_SCORE = 1_000;
    /** The widest window, in days, either way. */
    public static final int MAX_DAYS = 366;

    private static final MatchSettings DEFAULTS = new MatchSettings(3, 5, 31, 300, 92);

    private final int daysBefore;
    private final int daysAfter;
    private final int referenceDays;
    private final int maxCandidates;
    private final int staleAfterDays;

    private MatchSettings(int daysBefore, int daysAfter, int referenceDays, int maxCandidates, int staleAfterDays) {
        this.daysBefore = daysBefore;
        this.daysAfter = daysAfter;
        this.referenceDays = referenceDays;
        this.maxCandidates = maxCandidates;
        this.staleAfterDays = staleAfterDays;
    }

    /**
     * Returns the defaults: a line may be dated 3 days before to 5 days after its ledger entry (a payment instructed
     * before a weekend and a bank holiday, a card payment that settles days later); 31 days either way with a matching
     * reference (a cheque, a late funder receipt); groups of up to 300 competing lines solved exactly; an account is
     * stale 92 days (a quarter) after its last successful reconciliation, as councils ask for quarterly returns with
     * bank statements "in order to reconcile your account" (Sefton, Haringey).
     *
     * @return the defaults, not null
     */
    public static MatchSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Returns settings with another amount-and-date window.
     *
     * @param before how many days before the entry's date a line may be dated, 0 - {@value #MAX_DAYS}
     * @param after how many days after the entry's date a line may be dated, 0 - {@value #MAX_DAYS}
     * @return the settings, not null
     * @throws LedgerException if a value is out of range
     */
    public MatchSettings withDateWindow(int before, int after) {
        LedgerException.CHECKS.inRange(before, 0, MAX_DAYS, "before");
        LedgerException.CHECKS.inRange(after, 0, MAX_DAYS, "after");
        return before == daysBefore && after == daysAfter ? this
                : new MatchSettings(before, after, referenceDays, maxCandidates, staleAfterDays);
    }

    /**
     * Returns settings with another window for lines that carry the entry's reference.
     *
     * @param days how many days either way, 0 - {@value #MAX_DAYS}
     * @return the settings, not null
     * @throws LedgerException if {@code days} is out of range
     */
    public MatchSettings withReferenceWindow(int days) {
        LedgerException.CHECKS.inRange(days, 0, MAX_DAYS, "days");
        return days == referenceDays ? this
                : new MatchSettings(daysBefore, daysAfter, days, maxCandidates, staleAfterDays);
    }

    /**
     * Returns settings with another limit on a group of competing candidates solved exactly (the assignment costs
     * the cube of the group's size); a larger group is reported as ambiguous, never guessed.
     *
     * @param lines the most lines (and the most entries) in a group, 2 - 2,000
     * @return the settings, not null
     * @throws LedgerException if {@code lines} is out of range
     */
    public MatchSettings withMaxCandidates(int lines) {
        LedgerException.CHECKS.inRange(lines, 2, 2000, "lines");
        return lines == maxCandidates ? this
                : new MatchSettings(daysBefore, daysAfter, referenceDays, lines, staleAfterDays);
    }

    /**
     * Returns settings with another number of days after which an account not reconciled is flagged.
     *
     * @param days the days, 1 - 3,660
     * @return the settings, not null
     * @throws LedgerException if {@code days} is out of range
     */
    public MatchSettings withStaleAfter(int days) {
        LedgerException.CHECKS.inRange(days, 1, 3660, "days");
        return days == staleAfterDays ? this
                : new MatchSettings(daysBefore, daysAfter, referenceDays, maxCandidates, days);
    }

    /**
     * Returns how many days before its entry's date a line may be dated.
     *
     * @return the days, 0 or more
     */
    public int daysBefore() {
        return daysBefore;
    }

    /**
     * Returns how many days after its entry's date a line may be dated.
     *
     * @return the days, 0 or more
     */
    public int daysAfter() {
        return daysAfter;
    }

    /**
     * Returns the window either way for a line that carries the entry's reference.
     *
     * @return the days, 0 or more
     */
    public int referenceDays() {
        return referenceDays;
    }

    /**
     * Returns the largest group of competing lines or entries solved exactly.
     *
     * @return the limit, 2 or more
     */
    public int maxCandidates() {
        return maxCandidates;
    }

    /**
     * Returns the days after which an account not reconciled is flagged.
     *
     * @return the days, 1 or more
     */
    public int staleAfterDays() {
        return staleAfterDays;
    }

    /** The widest window either way. */
    int widest() {
        return Math.max(referenceDays, Math.max(daysBefore, daysAfter));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MatchSettings o && daysBefore == o.daysBefore && daysAfter == o.daysAfter
                && referenceDays == o.referenceDays && maxCandidates == o.maxCandidates
                && staleAfterDays == o.staleAfterDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(daysBefore, daysAfter, referenceDays, maxCandidates, staleAfterDays);
    }

    @Override
    public String toString() {
        return "MatchSettings[window -" + daysBefore + "/+" + daysAfter + " days, reference ±" + referenceDays
                + " days, groups of up to " + maxCandidates + ", stale after " + staleAfterDays + " days]";
    }
}
