package org.carebudget.money.ledger;

import static org.carebudget.money.ledger.AccountTable.CREDITS_PENDING;
import static org.carebudget.money.ledger.AccountTable.CREDITS_POSTED;
import static org.carebudget.money.ledger.AccountTable.DEBITS_PENDING;
import static org.carebudget.money.ledger.AccountTable.DEBITS_POSTED;
import static org.carebudget.money.ledger.AccountTable.META;
import static org.carebudget.money.ledger.AccountTable.STRIDE;
import static org.carebudget.money.ledger.Journal.EXPIRE;
import static org.carebudget.money.ledger.Journal.LIVE;
import static org.carebudget.money.ledger.Journal.NO_EXPIRY;
import static org.carebudget.money.ledger.Journal.OPEN;
import static org.carebudget.money.ledger.Journal.PENDING;
import static org.carebudget.money.ledger.Journal.POST;
import static org.carebudget.money.ledger.Journal.REVERSAL;
import static org.carebudget.money.ledger.Journal.TRANSFER;
import static org.carebudget.money.ledger.Journal.VOID;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.TransferId;
import org.jspecify.annotations.Nullable;

/**
 * A double-entry, append-only ledger after TigerBeetle: accounts, transfers with caller-supplied ids, pending
 * transfers that are posted (in full or in part), voided or expire, reversals, and linked batches that succeed or
 * fail as a whole. Every transfer debits one account and credits another by the same amount, so the sum of all
 * balances is always zero.
 *
 * <p>Meaning is in typed fields, never in text: an account has a {@code code} (what kind of account) and a
 * transfer a {@code code} (what it is for), each 1 - 65,535, and both carry the caller's {@code userData}. A
 * ring-fenced account never has debits above its credits, pending debits included, and is debited only with the
 * codes it allows: there is no code that skips the check. (A reversal, which returns money to the account it came
 * from, is checked for funds only; a ring-fenced account opened {@linkplain AccountRequest#holdingOtherCodesForReview
 * holding other codes for review} takes a pending transfer with another code, whose post is the reviewer's
 * approval.) A debit from a ring-fenced account may not be dated before the latest money posted into it or released
 * on it, so the account is not below zero as of any date either.
 *
 * <p>Limits: a single amount is at most {@link #MAX_AMOUNT} (£1 billion; no care payment comes near it), and the
 * ledger's lifetime volume, every amount posted or reserved added up, at most {@link Gbp#MAX} (£10 trillion, centuries
 * of all UK social care). Every total of every account, and every sum of totals across accounts, is below the
 * volume, so no sum inside the ledger, or of its figures by a caller, can overflow. Dates are those of
 * {@link org.carebudget.core.time.SupportedDates}.
 *
 * <p>Amounts are {@code long} pence. The journal is kept in primitive columns ({@link Journal}), the accounts in a
 * packed table ({@link AccountTable}), with an open-addressing index from transfer id to row, so the posting path
 * ({@link #transfer(long, int, int, long, LocalDate, int)}) allocates nothing and boxes nothing; {@link #journal()}
 * turns rows into immutable {@link LedgerEvent}s when asked. Every operation either applies in full or throws a
 * {@link LedgerException} (invalid input) having changed nothing. Outcomes such as insufficient funds, or a
 * resubmitted id with other content ({@code EXISTS_WITH_DIFFERENT_*}), are {@link TransferResult} values and change
 * nothing either. {@link #hash()} is a SHA-256 chain over the journal ({@link HashChain} gives the encoding).
 *
 * <p>Not thread-safe: confine a ledger to one thread or guard it with a lock, as
 * {@code org.carebudget.money.budget.BudgetLedger} does.
 */
public final class Ledger {

    /** The largest single amount, £1,000,000,000.00, in pence. */
    public static final long MAX_AMOUNT_PENCE = 100_000_000_000L;

    /** The largest single amount: £1,000,000,000.00. */
    public static final Gbp MAX_AMOUNT = Gbp.ofPence(MAX_AMOUNT_PENCE);

    /** The most a ledger takes over its life, every amount posted or reserved added up: {@link Gbp#MAX_PENCE}. */
    public static final long MAX_VOLUME_PENCE = Gbp.MAX_PENCE;

    private final Journal journal;
    private final AccountTable accounts;
    private final HashChain chain = new HashChain();
    private long volume;
    private @Nullable LocalDate lastDate;
    private int lastDay;

    private Ledger(int expectedAccounts, int expectedTransfers) {
        journal = new Journal(Math.max(16, expectedAccounts + expectedTransfers), expectedTransfers);
        accounts = new AccountTable(expectedAccounts);
    }

    /**
     * Returns a new empty ledger.
     *
     * @return the ledger, not null
     */
    public static Ledger create() {
        return new Ledger(16, 64);
    }

    /**
     * Returns a new empty ledger sized for the given numbers of accounts and transfers (it grows beyond them).
     *
     * @param expectedAccounts the expected number of accounts, 0 - 10,000,000
     * @param expectedTransfers the expected number of transfers, 0 - 100,000,000
     * @return the ledger, not null
     * @throws LedgerException if a number is out of range
     */
    public static Ledger create(int expectedAccounts, int expectedTransfers) {
        LedgerException.inRange(expectedAccounts, 0, 10_000_000, "expectedAccounts");
        LedgerException.inRange(expectedTransfers, 0, 100_000_000, "expectedTransfers");
        return new Ledger(expectedAccounts, expectedTransfers);
    }

    /**
     * Rebuilds a ledger from a journal, as returned by {@link #journal()}: the same accounts, balances, journal and
     * hash as the ledger it came from.
     *
     * @param journal the events in order, not null, none null
     * @return the rebuilt ledger, not null
     * @throws LedgerException if an event does not apply, naming its position ({@code journal[i]}) and why
     */
    public static Ledger replay(List<LedgerEvent> journal) {
        return Replay.of(journal);
    }

    /**
     * Rebuilds a ledger from a journal and checks it against the hash kept when it was written, so that a journal
     * edited in storage is refused rather than trusted.
     *
     * @param journal the events in order, not null, none null
     * @param expectedHash the {@link #hash()} kept with the journal: 64 hex digits, not null
     * @return the rebuilt ledger, not null
     * @throws LedgerException if an event does not apply, or the rebuilt hash differs from {@code expectedHash}
     */
    public static Ledger replay(List<LedgerEvent> journal, String expectedHash) {
        Replay.checkHash(expectedHash);
        Ledger ledger = Replay.of(journal);
        Replay.compare(ledger.hash(), expectedHash, journal);
        return ledger;
    }

    /**
     * Rebuilds a ledger from a journal and checks every event against the chain link kept with it (as a durable
     * store keeps one per row), naming the first event whose link differs.
     *
     * @param journal the events in order, not null, none null
     * @param expectedLinks the {@link #links()} kept with the journal, one per event, not null, none null
     * @return the rebuilt ledger, not null
     * @throws LedgerException if an event does not apply, or naming {@code journal[i]} for the first link that
     *     differs
     */
    public static Ledger replayLinks(List<LedgerEvent> journal, List<String> expectedLinks) {
        List<String> links = LedgerException.CHECKS.list(expectedLinks, IdIndex.MAX_ROWS, "expectedLinks");
        Ledger ledger = Replay.of(journal);
        Replay.compareLinks(ledger.links(), links);
        return ledger;
    }

    /**
     * Checks that an amount can be a single transfer's: 1 pence to {@link #MAX_AMOUNT}.
     *
     * @param amount the amount, not null
     * @return the amount in pence
     * @throws LedgerException if the amount is null, zero, negative or above {@link #MAX_AMOUNT}
     */
    public static long checkedAmount(Gbp amount) {
        return checkAmount(LedgerException.notNull(amount, "amount").pence(), "amount");
    }

    static long checkAmount(long pence, String field) {
        if (pence <= 0 || pence > MAX_AMOUNT_PENCE) {
            throw new LedgerException(field, "1 - " + MAX_AMOUNT_PENCE + " pence (up to " + MAX_AMOUNT + ")", pence);
        }
        return pence;
    }

    /**
     * Opens an account and returns its index; accounts are numbered 0, 1, 2 ... in opening order.
     *
     * @param request the account, not null
     * @return the new account's index, 0 or more
     * @throws LedgerException if the request is null, or its codes would take the ledger past 64 distinct allowed
     *     codes
     */
    public int openAccount(AccountRequest request) {
        LedgerException.notNull(request, "request");
        accounts.checkRoom(request);
        if (journal.rows >= IdIndex.MAX_ROWS) {
            throw new LedgerException("journal size", "at most " + IdIndex.MAX_ROWS + " events per ledger",
                    journal.rows);
        }
        int day = Days.of(request.openedOn(), "openedOn");
        int account = accounts.count;
        int row = journal.append(0, 0, OPEN, account, 0, 0, day, request.code(), account, 0);
        return accounts.add(request, day, row);
    }

    /**
     * Records a transfer that moves money at once, with a numeric id: the hot path, with no allocation or boxing.
     * The same as submitting {@link TransferRequest#transfer} with {@code TransferId.of(id)}.
     *
     * @param id the caller's transfer id, 1 or more
     * @param debitAccount the account money leaves, an open account's index
     * @param creditAccount the account money arrives in, an open account's index, not the debit account
     * @param pence the amount in pence, 1 - {@link #MAX_AMOUNT_PENCE}
     * @param date the date, not null, within the supported dates, on or after both accounts opened
     * @param code what the transfer is for, 1 - 65,535
     * @return {@code CREATED}, {@code EXISTS}, {@code EXISTS_WITH_DIFFERENT_*}, or why it was refused; not null
     * @throws LedgerException if a value is invalid
     */
    public TransferResult transfer(long id, int debitAccount, int creditAccount, long pence,
            LocalDate date, int code) {
        if (id <= 0) {
            throw new LedgerException("id", "1 - " + Long.MAX_VALUE, id);
        }
        return move(0, id, TRANSFER, debitAccount, creditAccount, pence, date, code, NO_EXPIRY, 0);
    }

    /**
     * Submits one transfer of any kind.
     *
     * @param request the transfer, not null
     * @return {@code CREATED}, {@code EXISTS}, {@code EXISTS_WITH_DIFFERENT_*}, or why it was refused; not null
     * @throws LedgerException if the request is invalid for this ledger (an unknown account or referenced transfer,
     *     a post of a pending transfer no longer open, a date before an account opened...)
     */
    public TransferResult submit(TransferRequest request) {
        LedgerException.notNull(request, "request");
        TransferId id = request.id();
        TransferId reference = request.referenceId();
        return switch (request.kind()) {
            case TRANSFER -> move(id.high(), id.low(), TRANSFER, request.debitAccount(), request.creditAccount(),
                    request.pence(), request.date(), request.code(), NO_EXPIRY, request.userData());
            case PENDING -> move(id.high(), id.low(), PENDING, request.debitAccount(), request.creditAccount(),
                    request.pence(), request.date(), request.code(), request.expiresOn() == null ? NO_EXPIRY
                            : Days.of(request.expiresOn(), "expiresOn"), request.userData());
            case POST -> settle(id, POST, reference, request.pence(), request.date(), request.userData());
            case VOID -> settle(id, VOID, reference, 0, request.date(), request.userData());
            case REVERSAL -> reverse(id, reference, request.date(), request.userData());
            case EXPIRE -> throw new LedgerException("kind", "TRANSFER, PENDING, POST, VOID or REVERSAL",
                    request.kind());
        };
    }

    /**
     * Submits transfers that succeed or fail together (a payroll run paying several payees from several funders).
     * Later transfers may refer to earlier ones in the batch. If every transfer was recorded before with the same
     * content the result is {@code EXISTS}; a batch mixing new and recorded ids is refused as invalid.
     *
     * @param batch the transfers in order, not null, 1 - 10,000, none null
     * @return {@code CREATED} if all were recorded now, {@code EXISTS} if all were recorded before, else the first
     *     other result, with nothing recorded
     * @throws LedgerException if any transfer is invalid, with nothing recorded
     */
    public TransferResult submitLinked(List<TransferRequest> batch) {
        List<TransferRequest> requests = LedgerException.CHECKS.list(batch, 10_000, "batch");
        if (requests.isEmpty()) {
            throw new LedgerException("batch", "at least one transfer", "none");
        }
        int start = journal.rows;
        int existed = 0;
        try {
            for (int i = 0; i < requests.size(); i++) {
                TransferRequest request = requests.get(i);
                TransferResult result = submit(request);
                if (result == TransferResult.EXISTS) {
                    existed++;
                } else if (result != TransferResult.CREATED) {
                    rollback(start);
                    return result;
                }
                if (existed > 0 && existed != i + 1) {
                    throw new LedgerException("batch[" + i + "].id",
                            "all new, or all recorded before, in one linked batch", request.id());
                }
            }
        } catch (RuntimeException | Error e) {
            rollback(start);
            throw e;
        }
        return existed == 0 ? TransferResult.CREATED : TransferResult.EXISTS;
    }

    /**
     * Runs operations on this ledger as one unit: if they throw, every event they appended (account openings
     * included) is undone before the exception passes on, so the ledger is as it was. What they return is returned.
     * The budget layer uses it to open a register entry and post in one step.
     *
     * @param <T> what the operations return
     * @param operations the operations, not null; they must not keep the ledger beyond the call
     * @return what the operations returned; may be null if they return null
     * @throws LedgerException if {@code operations} is null
     * @throws RuntimeException whatever the operations throw, after the rollback
     */
    public <T> T atomically(Function<? super Ledger, ? extends T> operations) {
        LedgerException.notNull(operations, "operations");
        int start = journal.rows;
        try {
            return operations.apply(this);
        } catch (RuntimeException | Error e) {
            rollback(start);
            throw e;
        }
    }

    private TransferResult move(long high, long low, byte kind, int debit, int credit, long pence,
            @Nullable LocalDate date, int code, int ref, long userData) {
        checkAmount(pence, "amount");
        int day = date != null && date == lastDate ? lastDay : day(date);
        checkAccount(debit, "debitAccount");
        checkAccount(credit, "creditAccount");
        if (debit == credit) {
            throw new LedgerException("creditAccount", "an account other than the debit account " + debit, credit);
        }
        Codes.code(code, "code");
        int existing = journal.find(high, low);
        if (existing >= 0) {
            return same(existing, kind, debit, credit, pence, day, code, ref, userData);
        }
        if (kind == PENDING && ref != NO_EXPIRY && ref <= day) {
            throw new LedgerException("expiresOn", "after the date " + Days.date(day), Days.date(ref));
        }
        checkOpened(debit, day);
        checkOpened(credit, day);
        TransferResult refused = limits(debit, pence, code, day, kind);
        if (refused != null) {
            return refused;
        }
        checkVolume(pence);
        int row = journal.append(high, low, kind, debit, credit, pence, day, code, ref, userData);
        journal.index(row);
        volume += pence;
        long[] slots = accounts.slots;
        slots[debit * STRIDE + (kind == PENDING ? DEBITS_PENDING : DEBITS_POSTED)] += pence;
        slots[credit * STRIDE + (kind == PENDING ? CREDITS_PENDING : CREDITS_POSTED)] += pence;
        if (kind != PENDING) {
            accounts.moneyIn(credit, day);
        }
        return TransferResult.CREATED;
    }

    private void checkVolume(long pence) {
        if (pence > MAX_VOLUME_PENCE - volume) {
            throw new LedgerException("amount", "at most " + (MAX_VOLUME_PENCE - volume) + " pence, what this ledger "
                    + "can still take within its lifetime volume of " + Gbp.MAX, pence);
        }
    }

    /** Converts a date, remembering it: postings in a batch usually share one {@code LocalDate} instance. */
    private int day(@Nullable LocalDate date) {
        int day = Days.of(date, "date");
        lastDay = day;
        lastDate = date;
        return day;
    }

    private @Nullable TransferResult limits(int debit, long pence, int code, int day, byte kind) {
        long[] slots = accounts.slots;
        int b = debit * STRIDE;
        long meta = slots[b + META];
        if ((meta & AccountTable.RING_FENCED) == 0) {
            return null;
        }
        if (day < AccountTable.lastIn(meta)) {
            throw backDated(debit, meta, day);
        }
        if (kind != REVERSAL && !accounts.allows(debit, code)
                && !(kind == PENDING && (meta & AccountTable.REVIEWS_OTHERS) != 0)) {
            return TransferResult.CODE_NOT_ALLOWED;
        }
        if (pence > slots[b + CREDITS_POSTED] - slots[b + DEBITS_PENDING] - slots[b + DEBITS_POSTED]) {
            return TransferResult.EXCEEDS_CREDITS;
        }
        return null;
    }

    /** The error for a debit dated before the latest money in; kept out of the posting path's inlined code. */
    private LedgerException backDated(int debit, long meta, int day) {
        return new LedgerException("date", "on or after " + Days.date(AccountTable.lastIn(meta)) + ", the date of "
                + "the latest money into or released on account " + accounts.names[debit], Days.date(day));
    }

    private TransferResult settle(TransferId id, byte kind, @Nullable TransferId pendingId, long pence,
            LocalDate date, long userData) {
        int day = Days.of(date, "date");
        int pending = pendingRow(LedgerException.notNull(pendingId, "pendingId"), "pendingId");
        long amount = kind == POST ? pence : journal.amounts[pending];
        int existing = journal.find(id.high(), id.low());
        if (existing >= 0) {
            return same(existing, kind, journal.debits[pending], journal.credits[pending], amount, day,
                    journal.codes[pending], pending, userData);
        }
        if (journal.state(pending) != LIVE) {
            throw new LedgerException("pendingId", "a pending transfer not yet posted, voided or expired",
                    pendingId + " (" + Journal.STATES[journal.state(pending)] + ")");
        }
        if (amount > journal.amounts[pending]) {
            throw new LedgerException("amount", "1 - " + journal.amounts[pending] + " pence (the pending amount)",
                    amount);
        }
        if (day < journal.days[pending]) {
            throw new LedgerException("date", "on or after the pending transfer's date "
                    + Days.date(journal.days[pending]), date);
        }
        if (kind == POST && day >= journal.refs[pending]) {
            throw new LedgerException("date", "before the pending transfer's expiry " + Days.date(journal.refs[pending]),
                    date);
        }
        if (kind == POST) {
            checkVolume(amount);
        }
        int row = journal.append(id.high(), id.low(), kind, journal.debits[pending], journal.credits[pending], amount,
                day, journal.codes[pending], pending, userData);
        journal.index(row);
        if (kind == POST) {
            volume += amount;
        }
        resolve(pending, kind == POST ? Journal.POSTED : Journal.VOIDED, kind == POST ? amount : 0);
        if (kind == POST) {
            accounts.moneyIn(journal.credits[pending], day);
        }
        if (amount < journal.amounts[pending] || kind == VOID) {
            accounts.moneyIn(journal.debits[pending], day);
        }
        return TransferResult.CREATED;
    }

    private void resolve(int pending, byte state, long posted) {
        long[] slots = accounts.slots;
        int d = journal.debits[pending] * STRIDE;
        int c = journal.credits[pending] * STRIDE;
        long reserved = journal.amounts[pending];
        slots[d + DEBITS_PENDING] -= reserved;
        slots[c + CREDITS_PENDING] -= reserved;
        slots[d + DEBITS_POSTED] += posted;
        slots[c + CREDITS_POSTED] += posted;
        journal.setState(pending, state);
    }

    private int pendingRow(TransferId pendingId, String field) {
        int row = journal.find(pendingId.high(), pendingId.low());
        if (row < 0 || journal.kind(row) != PENDING) {
            throw new LedgerException(field, "the id of a pending transfer in this ledger", pendingId);
        }
        return row;
    }

    /**
     * Releases every open pending transfer whose expiry is on or before {@code asOf}. Each release is an
     * {@link TransferKind#EXPIRE} event dated the expiry (the first day it could no longer be posted), so the result
     * does not depend on when this is called. Calling it again for the same date changes nothing.
     *
     * @param asOf the date the pending transfers are checked on, not null, within the supported dates
     * @return how many expired now, 0 or more
     * @throws LedgerException if {@code asOf} is null or outside the supported dates
     */
    public int expirePending(LocalDate asOf) {
        int day = Days.of(asOf, "asOf");
        int expired = 0;
        int end = journal.rows;
        for (int row = 0; row < end; row++) {
            if (journal.kind(row) == PENDING && journal.state(row) == LIVE && journal.refs[row] <= day) {
                expire(row, journal.refs[row]);
                expired++;
            }
        }
        return expired;
    }

    /** Applies an expiry (also on replay, where {@code day} must be the pending transfer's expiry). */
    void expire(int pending, int day) {
        if (journal.state(pending) != LIVE || journal.refs[pending] == NO_EXPIRY || day != journal.refs[pending]) {
            throw new LedgerException("referenceId", "an open pending transfer expiring on " + Days.date(day),
                    TransferId.ofParts(journal.high(pending), journal.lows[pending]));
        }
        journal.append(0, 0, EXPIRE, journal.debits[pending], journal.credits[pending], journal.amounts[pending], day,
                journal.codes[pending], pending, 0);
        resolve(pending, Journal.EXPIRED, 0);
        accounts.moneyIn(journal.debits[pending], day);
    }

    int pendingRowFor(TransferId id, String field) {
        return pendingRow(id, field);
    }

    private TransferResult reverse(TransferId id, @Nullable TransferId originalId, LocalDate date, long userData) {
        LedgerException.notNull(originalId, "originalId");
        int day = Days.of(date, "date");
        int original = journal.find(originalId.high(), originalId.low());
        if (original < 0 || (journal.kind(original) != TRANSFER && journal.kind(original) != POST)) {
            throw new LedgerException("originalId", "the id of a posted transfer in this ledger", originalId);
        }
        int debit = journal.credits[original];
        int credit = journal.debits[original];
        long pence = journal.amounts[original];
        int code = journal.codes[original];
        int existing = journal.find(id.high(), id.low());
        if (existing >= 0) {
            return same(existing, REVERSAL, debit, credit, pence, day, code, original, userData);
        }
        if (journal.state(original) == Journal.REVERSED) {
            throw new LedgerException("originalId", "a posted transfer not yet reversed", originalId + " (reversed)");
        }
        if (day < journal.days[original]) {
            throw new LedgerException("date", "on or after the original's date " + Days.date(journal.days[original]),
                    date);
        }
        TransferResult refused = limits(debit, pence, code, day, REVERSAL);
        if (refused != null) {
            return refused;
        }
        checkVolume(pence);
        int row = journal.append(id.high(), id.low(), REVERSAL, debit, credit, pence, day, code, original, userData);
        journal.index(row);
        volume += pence;
        accounts.slots[debit * STRIDE + DEBITS_POSTED] += pence;
        accounts.slots[credit * STRIDE + CREDITS_POSTED] += pence;
        accounts.moneyIn(credit, day);
        journal.setState(original, Journal.REVERSED);
        return TransferResult.CREATED;
    }

    private void rollback(int start) {
        Set<Integer> touched = new HashSet<>();
        long[] slots = accounts.slots;
        while (journal.rows > start) {
            int row = journal.rows - 1;
            byte kind = journal.kind(row);
            long pence = journal.amounts[row];
            int d = journal.debits[row] * STRIDE;
            int c = journal.credits[row] * STRIDE;
            switch (kind) {
                case OPEN -> {
                    accounts.removeLast();
                    touched.remove(journal.refs[row]);
                }
                case PENDING -> {
                    slots[d + DEBITS_PENDING] -= pence;
                    slots[c + CREDITS_PENDING] -= pence;
                    volume -= pence;
                }
                case POST, VOID, EXPIRE -> {
                    long posted = kind == POST ? pence : 0;
                    int pending = journal.refs[row];
                    slots[d + DEBITS_POSTED] -= posted;
                    slots[c + CREDITS_POSTED] -= posted;
                    slots[d + DEBITS_PENDING] += journal.amounts[pending];
                    slots[c + CREDITS_PENDING] += journal.amounts[pending];
                    journal.setState(pending, LIVE);
                    volume -= posted;
                }
                default -> {
                    slots[d + DEBITS_POSTED] -= pence;
                    slots[c + CREDITS_POSTED] -= pence;
                    if (kind == REVERSAL) {
                        journal.setState(journal.refs[row], LIVE);
                    }
                    volume -= pence;
                }
            }
            if (kind != OPEN) {
                touched.add(journal.debits[row]);
                touched.add(journal.credits[row]);
            }
            journal.removeLast();
        }
        chain.truncated(journal.rows);
        for (int account : touched) {
            if (account < accounts.count) {
                accounts.setLastIn(account, lastInFromJournal(account));
            }
        }
    }

    /**
     * Returns the day of the latest money posted into an account or released on it, from the journal (used only on
     * rollback, so the scan costs nothing on the posting path).
     */
    private int lastInFromJournal(int account) {
        int last = 0;
        for (int row = 0; row < journal.rows; row++) {
            byte kind = journal.kind(row);
            boolean in = (kind == TRANSFER || kind == POST || kind == REVERSAL) && journal.credits[row] == account;
            boolean released = journal.debits[row] == account && kind != OPEN && (kind == VOID || kind == EXPIRE
                    || kind == POST && journal.amounts[row] < journal.amounts[journal.refs[row]]);
            if (in || released) {
                last = Math.max(last, journal.days[row]);
            }
        }
        return last;
    }

    private TransferResult same(int row, byte kind, int debit, int credit, long pence, int day, int code, int ref,
            long userData) {
        if (journal.kind(row) != kind) {
            return TransferResult.EXISTS_WITH_DIFFERENT_KIND;
        }
        boolean referring = kind != TRANSFER && kind != PENDING;
        if (referring && journal.refs[row] != ref) {
            return TransferResult.EXISTS_WITH_DIFFERENT_REFERENCE;
        }
        if (journal.debits[row] != debit) {
            return TransferResult.EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT;
        }
        if (journal.credits[row] != credit) {
            return TransferResult.EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT;
        }
        if (journal.amounts[row] != pence) {
            return TransferResult.EXISTS_WITH_DIFFERENT_AMOUNT;
        }
        if (journal.days[row] != day) {
            return TransferResult.EXISTS_WITH_DIFFERENT_DATE;
        }
        if (journal.codes[row] != code) {
            return TransferResult.EXISTS_WITH_DIFFERENT_CODE;
        }
        if (kind == PENDING && journal.refs[row] != ref) {
            return TransferResult.EXISTS_WITH_DIFFERENT_EXPIRY;
        }
        if (journal.userData(row) != userData) {
            return TransferResult.EXISTS_WITH_DIFFERENT_USER_DATA;
        }
        return TransferResult.EXISTS;
    }

    private void checkAccount(int account, String field) {
        if (account < 0 || account >= accounts.count) {
            throw new LedgerException(field, accounts.count == 0 ? "none (no account is open)"
                    : "0 - " + (accounts.count - 1), account);
        }
    }

    private void checkOpened(int account, int day) {
        int opened = accounts.openedDay(account);
        if (day < opened) {
            throw new LedgerException("date", "on or after " + Days.date(opened) + ", when account "
                    + accounts.names[account] + " opened", Days.date(day));
        }
    }

    /**
     * Returns the number of open accounts.
     *
     * @return the count, 0 or more
     */
    public int accountCount() {
        return accounts.count;
    }

    /**
     * Returns the number of journal events (account openings and transfers).
     *
     * @return the count, 0 or more
     */
    public int size() {
        return journal.rows;
    }

    /**
     * Returns how an account was opened: its code, user data, name, ring-fence and opening date.
     *
     * @param account an open account's index
     * @return the opening event, not null
     * @throws LedgerException if there is no such account
     */
    public AccountOpened account(int account) {
        checkAccount(account, "account");
        return (AccountOpened) event(accounts.openRows[account]);
    }

    /**
     * Returns the ledger's lifetime volume: every amount posted or reserved, added up.
     *
     * @return the volume in pence, 0 - {@link #MAX_VOLUME_PENCE}
     */
    public long volume() {
        return volume;
    }

    /**
     * Returns whether a transfer with this id is recorded.
     *
     * @param id a transfer id, not null
     * @return true if recorded
     * @throws LedgerException if {@code id} is null
     */
    public boolean contains(TransferId id) {
        LedgerException.notNull(id, "id");
        return journal.find(id.high(), id.low()) >= 0;
    }

    /**
     * Returns the journal position of the transfer with this id.
     *
     * @param id the id of a recorded transfer, not null
     * @return the position, 0 or more
     * @throws LedgerException if {@code id} is null or no transfer has it
     */
    public int positionOf(TransferId id) {
        LedgerException.notNull(id, "id");
        int row = journal.find(id.high(), id.low());
        if (row < 0) {
            throw new LedgerException("id", "the id of a transfer in this ledger", id);
        }
        return row;
    }

    /**
     * Returns the recorded transfer with this id.
     *
     * @param id the id of a recorded transfer, not null
     * @return the event, not null
     * @throws LedgerException if {@code id} is null or no transfer has it
     */
    public TransferEvent transferEvent(TransferId id) {
        return (TransferEvent) event(positionOf(id));
    }

    /**
     * Returns whether the pending transfer with this id is still open (not posted, voided or expired).
     *
     * @param pendingId the id of a pending transfer in this ledger, not null
     * @return true if still open
     * @throws LedgerException if there is no such pending transfer
     */
    public boolean isPendingOpen(TransferId pendingId) {
        return journal.state(pendingRow(LedgerException.notNull(pendingId, "pendingId"), "pendingId")) == LIVE;
    }

    /**
     * Returns an account's running totals now. Constant time.
     *
     * @param account an open account's index
     * @return the totals, not null
     * @throws LedgerException if there is no such account
     */
    public AccountBalance balance(int account) {
        checkAccount(account, "account");
        int b = account * STRIDE;
        long[] slots = accounts.slots;
        return new AccountBalance(slots[b + DEBITS_PENDING], slots[b + DEBITS_POSTED], slots[b + CREDITS_PENDING],
                slots[b + CREDITS_POSTED]);
    }

    /**
     * Returns an account's totals at the end of a date, derived from the journal.
     *
     * @param account an open account's index
     * @param asOf the date, not null, within the supported dates; a date before the account opened gives zero totals
     * @return the totals, not null
     * @throws LedgerException if there is no such account, or the date is null or unsupported
     */
    public AccountBalance balanceAsOf(int account, LocalDate asOf) {
        int day = Days.of(asOf, "asOf");
        checkAccount(account, "account");
        return totals(account, day);
    }

    private AccountBalance totals(int account, int day) {
        long debitsPending = 0;
        long debitsPosted = 0;
        long creditsPending = 0;
        long creditsPosted = 0;
        for (int row = 0; row < journal.rows; row++) {
            byte kind = journal.kind(row);
            if (journal.days[row] > day || kind == OPEN
                    || (journal.debits[row] != account && journal.credits[row] != account)) {
                continue;
            }
            long pending = switch (kind) {
                case PENDING -> journal.amounts[row];
                case POST, VOID, EXPIRE -> -journal.amounts[journal.refs[row]];
                default -> 0;
            };
            long posted = kind == TRANSFER || kind == POST || kind == REVERSAL ? journal.amounts[row] : 0;
            if (journal.debits[row] == account) {
                debitsPending += pending;
                debitsPosted += posted;
            } else {
                creditsPending += pending;
                creditsPosted += posted;
            }
        }
        return new AccountBalance(debitsPending, debitsPosted, creditsPending, creditsPosted);
    }

    /**
     * Returns the net money moved from one account to another with a code: posted transfers, posts and reversals
     * from {@code from} to {@code to}, less those the other way.
     *
     * @param from an open account's index
     * @param to an open account's index
     * @param codes the codes counted, not null, none null
     * @return the net amount in pence; negative if more came back than went out
     * @throws LedgerException if there is no such account or the codes are null
     */
    public long netMoved(int from, int to, Set<Integer> codes) {
        checkAccount(from, "from");
        checkAccount(to, "to");
        Set<Integer> wanted = Codes.codes(codes, "codes");
        long net = 0;
        for (int row = 0; row < journal.rows; row++) {
            byte kind = journal.kind(row);
            if ((kind == TRANSFER || kind == POST || kind == REVERSAL) && wanted.contains((int) journal.codes[row])) {
                if (journal.debits[row] == from && journal.credits[row] == to) {
                    net += journal.amounts[row];
                } else if (journal.debits[row] == to && journal.credits[row] == from) {
                    net -= journal.amounts[row];
                }
            }
        }
        return net;
    }

    /**
     * Returns a statement for a set of accounts over a period, derived from the journal. Transfers between two
     * accounts of the set count as in and out alike.
     *
     * @param name what the statement covers, 1 to 200 characters, not blank
     * @param accountsCovered open accounts' indexes, not null, at least one
     * @param period the dates covered, not null, with an end, within the supported dates
     * @return the statement, not null
     * @throws LedgerException if a value is null or out of range
     */
    public Statement statement(@Nullable String name, int [] accountsCovered, DateRange period) {
        Codes.name(name);
        LedgerException.notNull(accountsCovered, "accounts");
        if (accountsCovered.length == 0) {
            throw new LedgerException("accounts", "at least one account", "none");
        }
        for (int account : accountsCovered) {
            checkAccount(account, "accounts[]");
        }
        LedgerException.notNull(period, "period");
        if (period.isOpenEnded()) {
            throw new LedgerException("period", "a range with an end", period);
        }
        int first = Days.of(period.start(), "period.start");
        int end = period.end().orElseThrow().isAfter(Days.date(Days.LAST)) ? Days.END
                : Days.of(period.end().orElseThrow(), "period.end");
        AccountBalance before = AccountBalance.ZERO;
        AccountBalance after = AccountBalance.ZERO;
        for (int account : accountsCovered) {
            before = before.plus(totals(account, first - 1));
            after = after.plus(totals(account, end - 1));
        }
        return new Statement(name, period, before.posted(),
                Gbp.ofPence(after.creditsPosted() - before.creditsPosted()),
                Gbp.ofPence(after.debitsPosted() - before.debitsPosted()), after.pending(), after.posted());
    }

    /**
     * Returns the journal: every account opening and transfer, in order, as immutable events.
     *
     * @return a new unmodifiable list, not null
     */
    public List<LedgerEvent> journal() {
        List<LedgerEvent> events = new ArrayList<>(journal.rows);
        for (int row = 0; row < journal.rows; row++) {
            events.add(event(row));
        }
        return List.copyOf(events);
    }

    /**
     * Returns the event at a journal position, as {@link #journal()} would list it.
     *
     * @param position the position, 0 - {@code size() - 1}
     * @return the event, not null
     * @throws LedgerException if the position is out of range
     */
    public LedgerEvent event(int position) {
        LedgerException.inRange(position, 0, journal.rows - 1, "position");
        int row = position;
        byte kind = journal.kind(row);
        if (kind == OPEN) {
            int account = journal.refs[row];
            long meta = accounts.slots[account * STRIDE + META];
            return new AccountOpened(account, accounts.codes[account], accounts.userData[account],
                    accounts.names[account], (meta & AccountTable.RING_FENCED) != 0, accounts.allowedCodes[account],
                    (meta & AccountTable.REVIEWS_OTHERS) != 0, Days.date(journal.days[row]));
        }
        TransferId id = kind == EXPIRE ? null : TransferId.ofParts(journal.high(row), journal.lows[row]);
        int ref = journal.refs[row];
        TransferId reference = kind == TRANSFER || kind == PENDING ? null
                : TransferId.ofParts(journal.high(ref), journal.lows[ref]);
        LocalDate expiresOn = kind == PENDING && ref != NO_EXPIRY ? Days.date(ref) : null;
        return new TransferEvent(id, Journal.KINDS[kind], journal.debits[row], journal.credits[row],
                Gbp.ofPence(journal.amounts[row]), Days.date(journal.days[row]), journal.codes[row],
                journal.userData(row), reference, expiresOn);
    }

    /**
     * Returns the head of the SHA-256 chain over the journal, as 64 lower-case hex digits. The chain starts from 32
     * zero bytes; each link is {@code SHA-256(previous link || row encoding)}; the encoding of each row is given on
     * the package's {@code HashChain} and in the README.
     *
     * @return the hash, not null
     */
    public String hash() {
        return chain.head(journal, accounts);
    }

    /**
     * Returns every link of the hash chain, one per journal event: link {@code i} is the hash after event
     * {@code i}, and the last is {@link #hash()}. A store that keeps them per row can find the first event edited.
     *
     * @return the links, 64 lower-case hex digits each, not null, unmodifiable
     */
    public List<String> links() {
        return new HashChain().links(journal, accounts);
    }
}
