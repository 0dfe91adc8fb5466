package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * Every statement line imported so far for one account, so a re-imported or overlapping download is recognised and
 * never counted twice: a settled line whose fingerprint ({@link LineFingerprint}) is already held is reported as
 * already imported, not added. Pending lines (card authorisations) are kept apart: they are a snapshot of what was
 * pending when the newest statement was downloaded, replaced by each newer statement, and a pending line whose bank
 * transaction id has since settled leaves the snapshot. Nothing is dropped silently: {@link #add} accounts for every
 * line of the statement in its {@link ImportOutcome}.
 *
 * <p>A value: {@link #add} returns a new history and leaves this one as it was, so a failed or abandoned import
 * changes nothing. Immutable and thread-safe.
 */
public final class StatementHistory {

    private final String account;
    private final Map<LineFingerprint, StatementLine> settled;
    private final List<StatementLine> pending;
    private final @Nullable LocalDate pendingAsOf;

    private StatementHistory(String account, Map<LineFingerprint, StatementLine> settled, List<StatementLine> pending,
            @Nullable LocalDate pendingAsOf) {
        this.account = account;
        this.settled = settled;
        this.pending = pending;
        this.pendingAsOf = pendingAsOf;
    }

    /**
     * Returns an empty history.
     *
     * @param account the account's name or id, not blank, at most 200 characters
     * @return the history, not null
     * @throws LedgerException if {@code account} is null, blank or too long
     */
    public static StatementHistory empty(String account) {
        return new StatementHistory(Texts.required(account, Texts.MAX_SHORT, "account"), Map.of(), List.of(), null);
    }

    /**
     * Adds a statement's lines: settled lines not seen before are added; lines seen before are reported; the
     * statement's pending lines become the pending snapshot if the statement is at least as recent as the one that
     * gave the current snapshot.
     *
     * @param statement the statement, not null
     * @return what the import did, with the new history, not null
     * @throws LedgerException if {@code statement} is null or the history would hold more than
     *     {@value BankStatement#MAX_LINES} lines; this history is unchanged
     */
    public ImportOutcome add(BankStatement statement) {
        LedgerException.notNull(statement, "statement");
        Map<LineFingerprint, StatementLine> next = new LinkedHashMap<>(settled);
        List<StatementLine> added = new ArrayList<>();
        List<StatementLine> already = new ArrayList<>();
        List<StatementLine> changed = new ArrayList<>();
        for (StatementLine line : chronological(statement)) {
            if (line.settlement() != Settlement.SETTLED) {
                continue;
            }
            StatementLine held = next.get(line.fingerprint());
            if (held == null) {
                next.put(line.fingerprint(), line);
                added.add(line);
            } else if (sameContent(held, line)) {
                already.add(line);
            } else {
                changed.add(line);
            }
        }
        if (next.size() + statement.pending().size() > BankStatement.MAX_LINES) {
            throw new LedgerException("statement", "a history of at most " + BankStatement.MAX_LINES + " lines",
                    next.size() + statement.pending().size() + " lines");
        }
        Set<String> settledIds = new HashSet<>();
        for (StatementLine line : next.values()) {
            if (line.transactionId() != null) {
                settledIds.add(line.transactionId());
            }
        }
        LocalDate statementDate = statement.lastDate();
        boolean newer = pendingAsOf == null || (statementDate != null && !statementDate.isBefore(pendingAsOf));
        List<StatementLine> nextPending = new ArrayList<>();
        List<StatementLine> pendingHeld = new ArrayList<>();
        List<StatementLine> pendingSettled = new ArrayList<>();
        List<StatementLine> pendingStale = new ArrayList<>();
        List<StatementLine> released = new ArrayList<>();
        for (StatementLine line : statement.pending()) {
            if (line.transactionId() != null && settledIds.contains(line.transactionId())) {
                pendingSettled.add(line);
            } else if (newer) {
                pendingHeld.add(line);
                nextPending.add(line);
            } else {
                pendingStale.add(line);
            }
        }
        Set<LineFingerprint> stillPending = new HashSet<>();
        for (StatementLine line : nextPending) {
            stillPending.add(line.fingerprint());
        }
        if (newer) {
            for (StatementLine line : pending) {
                if (!stillPending.contains(line.fingerprint())) {
                    released.add(line);
                }
            }
        } else {
            for (StatementLine line : pending) {
                if (line.transactionId() != null && settledIds.contains(line.transactionId())) {
                    released.add(line);
                } else {
                    nextPending.add(line);
                }
            }
        }
        LocalDate nextAsOf = newer && statementDate != null ? statementDate : pendingAsOf;
        StatementHistory history = new StatementHistory(account, Collections.unmodifiableMap(next),
                Collections.unmodifiableList(nextPending), nextAsOf);
        return new ImportOutcome(history, list(added), list(already), list(changed), list(pendingHeld),
                list(pendingSettled), list(pendingStale), list(released));
    }

    private static List<StatementLine> list(List<StatementLine> lines) {
        return Collections.unmodifiableList(lines);
    }

    /** A statement's lines oldest first: its file order, reversed for a newest-first file, then stably by date. */
    private static List<StatementLine> chronological(BankStatement statement) {
        List<StatementLine> lines = new ArrayList<>(statement.lines());
        if (statement.order() == LineOrder.NEWEST_FIRST) {
            Collections.reverse(lines);
        }
        lines.sort(Comparator.comparing(StatementLine::date));
        return lines;
    }

    private static boolean sameContent(StatementLine a, StatementLine b) {
        return a.date().equals(b.date()) && a.amount().equals(b.amount()) && a.description().equals(b.description())
                && Objects.equals(a.reference(), b.reference()) && Objects.equals(a.balance(), b.balance());
    }

    /**
     * Returns the account.
     *
     * @return the account's name or id, not blank
     */
    public String account() {
        return account;
    }

    /**
     * Returns the settled lines held, in the order they were added (each statement oldest first).
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> settled() {
        return List.copyOf(settled.values());
    }

    /**
     * Returns the pending lines of the newest statement, less those settled since.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> pending() {
        return pending;
    }

    /**
     * Returns the number of settled lines held.
     *
     * @return the count, 0 or more
     */
    public int size() {
        return settled.size();
    }

    /**
     * Returns whether a line with this fingerprint is held, settled or pending.
     *
     * @param fingerprint the fingerprint, not null
     * @return true if held
     * @throws LedgerException if {@code fingerprint} is null
     */
    public boolean contains(LineFingerprint fingerprint) {
        LedgerException.notNull(fingerprint, "fingerprint");
        if (settled.containsKey(fingerprint)) {
            return true;
        }
        for (StatementLine line : pending) {
            if (line.fingerprint().equals(fingerprint)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns everything held as one statement, oldest first, to reconcile: the settled lines and the pending
     * snapshot, each line keeping its position among identical lines.
     *
     * @return the statement, not null
     */
    public BankStatement statement() {
        List<StatementLine> all = new ArrayList<>(settled.values());
        all.sort(Comparator.comparing(StatementLine::date));
        all.addAll(pending);
        return BankStatement.ofNumbered(account, LineOrder.OLDEST_FIRST, all);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StatementHistory o && account.equals(o.account)
                && settled().equals(o.settled()) && pending.equals(o.pending)
                && Objects.equals(pendingAsOf, o.pendingAsOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, settled.size(), pending.size(), pendingAsOf);
    }

    @Override
    public String toString() {
        return "StatementHistory[" + Texts.mask(account) + ", " + settled.size() + " settled, " + pending.size()
                + " pending]";
    }
}
