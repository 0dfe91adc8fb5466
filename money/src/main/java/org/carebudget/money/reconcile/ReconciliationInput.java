package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Reconciler} reconciles: the statement's lines and balance assertions, the ledger's entries for the
 * account, the date of the reconciliation, and optionally the ledger's balance at the start of a date (needed to
 * check balances) and the date of the last successful reconciliation (to flag a stale account).
 *
 * <p>Every statement line has its own fingerprint and every entry its own id; entries of one batch share their
 * settlement; no entry is dated before the opening date. Immutable and thread-safe; {@code with*} returns
 * {@code this} when nothing changes.
 */
public final class ReconciliationInput {

    /** The most ledger entries a reconciliation takes: 5,000,000. */
    public static final int MAX_ENTRIES = 5_000_000;
    /** The most balance assertions a reconciliation takes. */
    public static final int MAX_ASSERTIONS = 200_000;

    private final List<StatementLine> lines;
    private final List<BalanceAssertion> assertions;
    private final List<LedgerEntry> entries;
    private final LocalDate asOf;
    private final @Nullable LocalDate openingDate;
    private final @Nullable Gbp openingBalance;
    private final @Nullable LocalDate lastReconciled;

    private ReconciliationInput(List<StatementLine> lines, List<BalanceAssertion> assertions,
            List<LedgerEntry> entries, LocalDate asOf, @Nullable LocalDate openingDate, @Nullable Gbp openingBalance,
            @Nullable LocalDate lastReconciled) {
        this.lines = lines;
        this.assertions = assertions;
        this.entries = entries;
        this.asOf = asOf;
        this.openingDate = openingDate;
        this.openingBalance = openingBalance;
        this.lastReconciled = lastReconciled;
    }

    /**
     * Returns the input for a statement, with the end-of-day balances its running balances show.
     *
     * @param statement the statement, not null
     * @param entries the ledger's entries for the account, not null, no null element, ids distinct
     * @param asOf the date of the reconciliation, not null, within {@code SupportedDates}
     * @return the input, not null
     * @throws LedgerException if a value is null or invalid, two entries share an id, or a batch mixes settlements
     */
    public static ReconciliationInput of(BankStatement statement, List<LedgerEntry> entries, LocalDate asOf) {
        LedgerException.notNull(statement, "statement");
        return of(statement.lines(), statement.balanceAssertions(), entries, asOf, false);
    }

    /**
     * Returns the input for statement lines and balance assertions given separately.
     *
     * @param lines the statement's lines, not null, no null element, fingerprints distinct (as a
     *     {@link BankStatement} makes them)
     * @param assertions the statement's balances, not null, no null element, at most {@value #MAX_ASSERTIONS}
     * @param entries the ledger's entries for the account, not null, no null element, ids distinct
     * @param asOf the date of the reconciliation, not null, within {@code SupportedDates}
     * @return the input, not null
     * @throws LedgerException if a value is null or invalid, two lines share a fingerprint, two entries share an id,
     *     or a batch mixes settlements
     */
    public static ReconciliationInput of(List<StatementLine> lines, List<BalanceAssertion> assertions,
            List<LedgerEntry> entries, LocalDate asOf) {
        return of(lines, assertions, entries, asOf, true);
    }

    /** A statement's lines have distinct fingerprints already ({@link BankStatement} numbers them). */
    private static ReconciliationInput of(List<StatementLine> lines, List<BalanceAssertion> assertions,
            List<LedgerEntry> entries, LocalDate asOf, boolean checkFingerprints) {
        List<StatementLine> lineCopy = LedgerException.CHECKS.list(lines, BankStatement.MAX_LINES, "lines");
        List<BalanceAssertion> assertionCopy = LedgerException.CHECKS.list(assertions, MAX_ASSERTIONS, "assertions");
        List<LedgerEntry> entryCopy = LedgerException.CHECKS.list(entries, MAX_ENTRIES, "entries");
        LedgerException.CHECKS.date(asOf, "asOf");
        Set<LineFingerprint> fingerprints = new HashSet<>(checkFingerprints ? lineCopy.size() * 2 : 0);
        for (int i = 0; checkFingerprints && i < lineCopy.size(); i++) {
            if (!fingerprints.add(lineCopy.get(i).fingerprint())) {
                throw new LedgerException("lines[" + i + "]", "lines with distinct fingerprints (build them with "
                        + "BankStatement.of, which numbers identical lines)", lineCopy.get(i));
            }
        }
        Set<String> ids = new HashSet<>(entryCopy.size() * 2);
        java.util.Map<String, Settlement> batches = new java.util.HashMap<>();
        for (int i = 0; i < entryCopy.size(); i++) {
            LedgerEntry entry = entryCopy.get(i);
            if (!ids.add(entry.id())) {
                throw new LedgerException("entries[" + i + "].id", "ids distinct across the entries", entry.id());
            }
            if (entry.batchId() != null) {
                Settlement first = batches.putIfAbsent(entry.batchId(), entry.settlement());
                if (first != null && first != entry.settlement()) {
                    throw new LedgerException("entries[" + i + "].settlement", "the settlement of every other entry "
                            + "of batch " + entry.batchId() + " (" + first + ")", entry.settlement());
                }
            }
        }
        return new ReconciliationInput(lineCopy, assertionCopy, entryCopy, asOf, null, null, null);
    }

    /**
     * Returns the input with the ledger's balance at the start of a date; balance assertions are checked only with
     * one, and only those on or after its date.
     *
     * @param date the opening date, not null, within {@code SupportedDates}, on or before every entry's date
     * @param balance the ledger's balance at the start of that date, not null
     * @return the input, not null
     * @throws LedgerException if a value is null or an entry is dated before {@code date}
     */
    public ReconciliationInput withOpening(LocalDate date, Gbp balance) {
        LedgerException.CHECKS.date(date, "date");
        LedgerException.notNull(balance, "balance");
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).date().isBefore(date)) {
                throw new LedgerException("entries[" + i + "].date", "on or after the opening date " + date
                        + " (earlier entries are part of the opening balance)", entries.get(i).date());
            }
        }
        if (date.equals(openingDate) && balance.equals(openingBalance)) {
            return this;
        }
        return new ReconciliationInput(lines, assertions, entries, asOf, date, balance, lastReconciled);
    }

    /**
     * Returns the input with the date of the account's last successful reconciliation.
     *
     * @param date the date, null for never, otherwise within {@code SupportedDates} and not after {@code asOf}
     * @return the input, not null
     * @throws LedgerException if the date is unsupported or after {@code asOf}
     */
    public ReconciliationInput withLastReconciled(@Nullable LocalDate date) {
        if (date != null) {
            LedgerException.CHECKS.date(date, "date");
            if (date.isAfter(asOf)) {
                throw new LedgerException("date", "on or before asOf " + asOf, date);
            }
        }
        return Objects.equals(date, lastReconciled) ? this
                : new ReconciliationInput(lines, assertions, entries, asOf, openingDate, openingBalance, date);
    }

    /**
     * Returns the statement's lines.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> lines() {
        return lines;
    }

    /**
     * Returns the statement's balance assertions.
     *
     * @return the assertions, unmodifiable, not null
     */
    public List<BalanceAssertion> assertions() {
        return assertions;
    }

    /**
     * Returns the ledger's entries.
     *
     * @return the entries, unmodifiable, not null
     */
    public List<LedgerEntry> entries() {
        return entries;
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
     * Returns the opening date.
     *
     * @return the date, or null if no opening balance was given
     */
    public @Nullable LocalDate openingDate() {
        return openingDate;
    }

    /**
     * Returns the ledger's balance at the start of the opening date.
     *
     * @return the balance, or null if none was given
     */
    public @Nullable Gbp openingBalance() {
        return openingBalance;
    }

    /**
     * Returns the date of the last successful reconciliation.
     *
     * @return the date, or null for never
     */
    public @Nullable LocalDate lastReconciled() {
        return lastReconciled;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReconciliationInput o && asOf.equals(o.asOf) && lines.equals(o.lines)
                && assertions.equals(o.assertions) && entries.equals(o.entries)
                && Objects.equals(openingDate, o.openingDate) && Objects.equals(openingBalance, o.openingBalance)
                && Objects.equals(lastReconciled, o.lastReconciled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, lines.size(), entries.size(), openingDate, openingBalance, lastReconciled);
    }

    @Override
    public String toString() {
        return "ReconciliationInput[" + lines.size() + " lines, " + entries.size() + " entries, as of " + asOf + "]";
    }
}
