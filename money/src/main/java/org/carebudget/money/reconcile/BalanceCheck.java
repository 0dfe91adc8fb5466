package org.carebudget.money.reconcile;

import java.util.List;
import java.util.Objects;
import org.carebudget.core.money.Gbp;
import org.jspecify.annotations.Nullable;

/**
 * One statement balance checked against the ledger at the same moment (start or end of the date): the two balances,
 * their difference, and the items that explain it, as a bank reconciliation statement lists them: settled statement
 * lines dated before the cut-off that no confirmed match explains (in the bank, not in the ledger), settled ledger
 * entries dated before it that are on no confirmed line (in the ledger, not yet at the bank), and confirmed matches
 * whose two dates fall either side of it (timing). What they do not explain is {@link #unexplained()}: zero when the
 * statement and the ledger agree. Immutable and thread-safe.
 */
public final class BalanceCheck {

    private final BalanceAssertion assertion;
    private final Gbp ledgerBalance;
    private final List<StatementLine> linesNotInLedger;
    private final List<LedgerEntry> entriesNotOnStatement;
    private final List<Match> timing;
    private final Gbp explained;
    private final Gbp difference;
    private final Gbp unexplained;

    BalanceCheck(BalanceAssertion assertion, Gbp ledgerBalance, List<StatementLine> linesNotInLedger,
            List<LedgerEntry> entriesNotOnStatement, List<Match> timing, Gbp explained, Gbp difference,
            Gbp unexplained) {
        this.difference = difference;
        this.unexplained = unexplained;
        this.assertion = assertion;
        this.ledgerBalance = ledgerBalance;
        this.linesNotInLedger = linesNotInLedger;
        this.entriesNotOnStatement = entriesNotOnStatement;
        this.timing = timing;
        this.explained = explained;
    }

    /**
     * Returns the statement's balance and when it holds.
     *
     * @return the assertion, not null
     */
    public BalanceAssertion assertion() {
        return assertion;
    }

    /**
     * Returns the statement's balance.
     *
     * @return the balance, not null
     */
    public Gbp statementBalance() {
        return assertion.balance();
    }

    /**
     * Returns the ledger's balance at the same moment: the opening balance plus every settled entry dated from the
     * opening date to before the cut-off.
     *
     * @return the balance, not null
     */
    public Gbp ledgerBalance() {
        return ledgerBalance;
    }

    /**
     * Returns the statement's balance minus the ledger's.
     *
     * @return the difference, not null; zero when they agree
     */
    public Gbp difference() {
        return difference;
    }

    /**
     * Returns whether the two balances agree.
     *
     * @return true if the difference is zero
     */
    public boolean holds() {
        return assertion.balance().pence() == ledgerBalance.pence();
    }

    /**
     * Returns the settled statement lines dated before the cut-off that no confirmed match dated before it explains,
     * oldest first: each adds its amount to the difference.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> linesNotInLedger() {
        return linesNotInLedger;
    }

    /**
     * Returns the settled ledger entries dated before the cut-off that are on no confirmed statement line, oldest
     * first: each takes its amount from the difference.
     *
     * @return the entries, unmodifiable, not null
     */
    public List<LedgerEntry> entriesNotOnStatement() {
        return entriesNotOnStatement;
    }

    /**
     * Returns the confirmed matches whose line and ledger dates fall either side of the cut-off: a line before it adds
     * its amount, an entry before it takes its amount away.
     *
     * @return the matches, unmodifiable, not null
     */
    public List<Match> timing() {
        return timing;
    }

    /**
     * Returns how much of the difference the listed items explain.
     *
     * @return the explained amount, not null
     */
    public Gbp explained() {
        return explained;
    }

    /**
     * Returns how much of the difference no listed item explains: an opening balance that differs, a line or entry
     * missing from both lists. Zero when the statement and the ledger reconcile at this moment.
     *
     * @return the unexplained amount, not null
     */
    public Gbp unexplained() {
        return unexplained;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BalanceCheck o && assertion.equals(o.assertion) && ledgerBalance.equals(o.ledgerBalance)
                && explained.equals(o.explained) && linesNotInLedger.equals(o.linesNotInLedger)
                && entriesNotOnStatement.equals(o.entriesNotOnStatement) && timing.equals(o.timing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assertion, ledgerBalance, explained, linesNotInLedger.size(),
                entriesNotOnStatement.size(), timing.size());
    }

    @Override
    public String toString() {
        return "BalanceCheck[" + assertion + ", ledger " + ledgerBalance + ", difference " + difference()
                + ", unexplained " + unexplained() + "]";
    }
}
