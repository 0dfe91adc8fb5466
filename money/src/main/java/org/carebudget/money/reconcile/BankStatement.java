package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * The lines of one statement download of one account, settled and pending kept apart, each with its position among
 * identical lines set ({@link StatementLine#occurrence()}), and the end-of-day balances the running balances show
 * ({@link #balanceAssertions()}).
 *
 * <p>Made by {@link StatementProfile#read} from a CSV file, or with {@link #of} from lines built by hand. Lines with
 * the same bank transaction id and settlement are refused: a bank never gives one id to two settled lines. Immutable
 * and thread-safe.
 */
public final class BankStatement {

    /** The most lines a statement holds: 5,000,000. */
    public static final int MAX_LINES = 5_000_000;

    private final String source;
    private final LineOrder order;
    private final List<StatementLine> lines;
    private final List<StatementLine> settled;
    private final List<StatementLine> pending;
    private final List<BalanceAssertion> assertions;

    private BankStatement(String source, LineOrder order, List<StatementLine> lines) {
        this.source = source;
        this.order = order;
        this.lines = lines;
        List<StatementLine> s = new ArrayList<>();
        List<StatementLine> p = new ArrayList<>();
        for (StatementLine line : lines) {
            (line.settlement() == Settlement.SETTLED ? s : p).add(line);
        }
        this.settled = Collections.unmodifiableList(s);
        this.pending = Collections.unmodifiableList(p);
        this.assertions = deriveAssertions(settled, order);
    }

    /**
     * Returns a statement of lines built by hand, oldest first, from source {@code "lines"}.
     *
     * @param lines the lines in file order, not null, no null element, at most {@value #MAX_LINES}
     * @return the statement, not null
     * @throws LedgerException if the list or a line is null, it is too long, or two lines share a transaction id
     */
    public static BankStatement of(List<StatementLine> lines) {
        return of("lines", LineOrder.OLDEST_FIRST, lines);
    }

    /**
     * Returns a statement, setting each line's position among identical lines in the order given.
     *
     * @param source what the lines came from, such as a profile name, not blank, at most 200 characters
     * @param order the order of the lines, not null
     * @param lines the lines in file order, not null, no null element, at most {@value #MAX_LINES}
     * @return the statement, not null
     * @throws LedgerException if a value is null or invalid, or two lines share a transaction id and settlement
     */
    public static BankStatement of(String source, LineOrder order, List<StatementLine> lines) {
        Texts.required(source, Texts.MAX_SHORT, "source");
        LedgerException.notNull(order, "order");
        List<StatementLine> given = LedgerException.CHECKS.list(lines, MAX_LINES, "lines");
        List<StatementLine> numbered = new ArrayList<>(given.size());
        Map<LineFingerprint, Integer> seen = new HashMap<>();
        Set<LineFingerprint> ids = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            StatementLine line = given.get(i).withOccurrence(0);
            LineFingerprint key = line.fingerprint();
            if (line.transactionId() != null) {
                if (!ids.add(key)) {
                    throw new LedgerException("lines[" + i + "].transactionId",
                            "a transaction id used by one " + line.settlement().name().toLowerCase(java.util.Locale.ROOT)
                                    + " line only", Texts.mask(line.transactionId()) + " at line " + line.sourceLine());
                }
                numbered.add(line);
            } else {
                int position = seen.merge(key, 1, Integer::sum) - 1;
                numbered.add(line.withOccurrence(position));
            }
        }
        return new BankStatement(source, order, Collections.unmodifiableList(numbered));
    }

    /** A statement whose lines already carry their positions (a history's lines). */
    static BankStatement ofNumbered(String source, LineOrder order, List<StatementLine> lines) {
        return new BankStatement(source, order, Collections.unmodifiableList(new ArrayList<>(lines)));
    }

    private static List<BalanceAssertion> deriveAssertions(List<StatementLine> settled, LineOrder order) {
        Map<LocalDate, List<StatementLine>> byDate = new TreeMap<>();
        for (StatementLine line : settled) {
            if (line.balance() != null) {
                byDate.computeIfAbsent(line.date(), d -> new ArrayList<>(2)).add(line);
            }
        }
        List<BalanceAssertion> result = new ArrayList<>(byDate.size());
        for (Map.Entry<LocalDate, List<StatementLine>> day : byDate.entrySet()) {
            result.add(BalanceAssertion.of(day.getKey(), DayBoundary.END_OF_DAY, endOfDay(day.getValue(), order)));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * The balance after a day's last line: the line no other line of the day follows (its balance is no other line's
     * balance before it); where the balances do not single one out, the last line in chronological file order.
     */
    private static Gbp endOfDay(List<StatementLine> day, LineOrder order) {
        StatementLine lastInFile = order == LineOrder.OLDEST_FIRST ? day.get(day.size() - 1) : day.get(0);
        if (day.size() == 1) {
            return Objects.requireNonNull(lastInFile.balance());
        }
        Map<Long, Integer> before = new HashMap<>();
        for (StatementLine line : day) {
            long prior = Objects.requireNonNull(line.balance()).pence() - line.amount().pence();
            before.merge(prior, 1, Integer::sum);
        }
        Gbp end = null;
        for (StatementLine line : day) {
            Gbp balance = Objects.requireNonNull(line.balance());
            if (!before.containsKey(balance.pence())) {
                if (end != null && !end.equals(balance)) {
                    return Objects.requireNonNull(lastInFile.balance());
                }
                end = balance;
            }
        }
        return end != null ? end : Objects.requireNonNull(lastInFile.balance());
    }

    /**
     * Returns what the lines came from: the profile's name for a file read through a profile.
     *
     * @return the source, not blank
     */
    public String source() {
        return source;
    }

    /**
     * Returns the order of the lines in the file.
     *
     * @return the order, not null
     */
    public LineOrder order() {
        return order;
    }

    /**
     * Returns every line, settled and pending, in file order.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<StatementLine> lines() {
        return lines;
    }

    /**
     * Returns the settled lines, in file order.
     *
     * @return the settled lines, unmodifiable, not null
     */
    public List<StatementLine> settled() {
        return settled;
    }

    /**
     * Returns the pending lines (card authorisations), in file order. They never count towards a balance.
     *
     * @return the pending lines, unmodifiable, not null
     */
    public List<StatementLine> pending() {
        return pending;
    }

    /**
     * Returns the end-of-day balance of each date on which a settled line shows a running balance, oldest first.
     *
     * @return the assertions, unmodifiable, not null; empty if the statement shows no balances
     */
    public List<BalanceAssertion> balanceAssertions() {
        return assertions;
    }

    /**
     * Returns the date of the earliest line.
     *
     * @return the first date, or null if there are no lines
     */
    public @Nullable LocalDate firstDate() {
        LocalDate first = null;
        for (StatementLine line : lines) {
            first = first == null || line.date().isBefore(first) ? line.date() : first;
        }
        return first;
    }

    /**
     * Returns the date of the latest line.
     *
     * @return the last date, or null if there are no lines
     */
    public @Nullable LocalDate lastDate() {
        LocalDate last = null;
        for (StatementLine line : lines) {
            last = last == null || line.date().isAfter(last) ? line.date() : last;
        }
        return last;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BankStatement o && source.equals(o.source) && order == o.order
                && lines.equals(o.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, order, lines);
    }

    @Override
    public String toString() {
        return "BankStatement[" + source + ", " + settled.size() + " settled, " + pending.size() + " pending]";
    }
}
