package org.carebudget.money.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;

/**
 * A double-entry, append-only ledger after TigerBeetle: accounts, transfers with caller-supplied ids, pending
 * transfers that are posted (in full or in part), voided or expire, reversals, and linked batches that succeed or
 * fail as a whole. Every transfer debits one account and credits another by the same amount, so the sum of all
 * balances is always zero. A ring-fenced account (a funder's stream) never has debits above its credits, pending
 * debits included, and never pays for a spend category it does not fund. A debit from a ring-fenced account may not
 * be dated before the latest money posted into it or released on it (a hold voided, expired or posted in part), so
 * the account is not below zero as of any date either. A
 * transfer with no category is not spending (a return to the funder): callers give the category of every spend, as
 * {@code org.carebudget.money.budget.BudgetLedger} does.
 *
 * <p>Amounts are {@code long} pence. The journal is kept in primitive columns, with an open-addressing index from
 * transfer id to row, so the posting path allocates nothing and boxes nothing; {@link #journal()} turns rows into
 * immutable {@link LedgerEvent}s when asked. Every operation either applies in full or throws a
 * {@link LedgerException} (invalid input) having changed nothing. Outcomes such as insufficient funds are
 * {@link TransferResult} values and change nothing either. A transfer id resubmitted with the same content returns
 * {@link TransferResult#EXISTS}; with other content it throws, naming the first field that differs.
 *
 * <p>{@link #hash()} is a SHA-256 chain over a canonical encoding of every journal row (each link hashes the
 * previous link and the row), computed incrementally when asked, so replaying the journal gives the same hash and
 * any edit to a past event changes it.
 *
 * <p>Not thread-safe: confine a ledger to one thread or guard it with a lock, as
 * {@code org.carebudget.money.budget.BudgetLedger} does.
 */
public final class Ledger {

    private static final byte OPEN = 0;
    private static final byte TRANSFER = 1;
    private static final byte PENDING = 2;
    private static final byte POST = 3;
    private static final byte VOID = 4;
    private static final byte EXPIRE = 5;
    private static final byte REVERSAL = 6;
    private static final TransferKind[] KINDS = {null, TransferKind.TRANSFER, TransferKind.PENDING,
        TransferKind.POST, TransferKind.VOID, TransferKind.EXPIRE, TransferKind.REVERSAL};

    private static final byte LIVE = 0;
    private static final byte POSTED = 1;
    private static final byte VOIDED = 2;
    private static final byte EXPIRED = 3;
    private static final byte REVERSED = 4;
    private static final String[] STATES = {"open", "posted", "voided", "expired", "reversed"};

    private static final int NO_EXPIRY = Integer.MAX_VALUE;
    private static final byte NO_CATEGORY = -1;
    private static final SpendCategory[] CATEGORIES = SpendCategory.values();
    private static final int ALL_CATEGORIES = (1 << CATEGORIES.length) - 1;

    private static final int DEBITS_PENDING = 0;
    private static final int DEBITS_POSTED = 1;
    private static final int CREDITS_PENDING = 2;
    private static final int CREDITS_POSTED = 3;
    /**
     * The account's settings packed in one long: bit 0 ring-fenced, bits 1-16 funded categories, bits 17-39 the day
     * it opened, bits 40-62 the day of the latest money posted into it or released on it (0 before any), the earliest
     * a ring-fenced debit may be dated. Days fit in 23 bits: {@link Checks#day} stops at 9999-12-31.
     */
    private static final int META = 4;
    private static final int OPENED_SHIFT = 17;
    private static final int LAST_IN_SHIFT = 40;
    private static final long DAY_BITS = (1L << 23) - 1;
    /** Longs per account: the four totals and the settings, so one posting touches one or two cache lines. */
    private static final int STRIDE = 5;

    private long[] ids;
    private long[] amounts;
    private int[] debits;
    private int[] credits;
    private int[] dates;
    /** Expiry day for PENDING, pending row for POST/VOID/EXPIRE, original row for REVERSAL, funds for OPEN. */
    private int[] refs;
    private byte[] kinds;
    private byte[] categories;
    private byte[] states;
    private int rows;
    private final Map<Integer, String> texts = new HashMap<>();
    private final IdIndex index;

    /**
     * Per account, {@link #STRIDE} longs: debits pending, debits posted, credits pending, credits posted, settings,
     * last day in.
     */
    private long[] balances;
    private int[] openRows;
    private int accounts;

    private LocalDate lastDate;
    private int lastDay;

    private final MessageDigest digest;
    private byte[] chainHead = new byte[32];
    private int hashedRows;

    private Ledger(int expectedAccounts, int expectedTransfers) {
        int capacity = Math.max(16, expectedAccounts + expectedTransfers);
        ids = new long[capacity];
        amounts = new long[capacity];
        debits = new int[capacity];
        credits = new int[capacity];
        dates = new int[capacity];
        refs = new int[capacity];
        kinds = new byte[capacity];
        categories = new byte[capacity];
        states = new byte[capacity];
        index = new IdIndex(expectedTransfers);
        balances = new long[Math.max(4, expectedAccounts) * STRIDE];
        openRows = new int[Math.max(4, expectedAccounts)];
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
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
     * Rebuilds a ledger from a journal, as returned by {@link #journal()}. The result has the same accounts,
     * balances, journal and hash as the ledger the journal came from.
     *
     * @param journal the events in order, not null, none null
     * @return the rebuilt ledger, not null
     * @throws LedgerException if an event does not apply, naming its position
     */
    public static Ledger replay(List<LedgerEvent> journal) {
        LedgerException.notNull(journal, "journal");
        Ledger ledger = create(16, journal.size());
        for (int i = 0; i < journal.size(); i++) {
            ledger.replayOne(journal.get(i), i);
        }
        return ledger;
    }

    private void replayOne(LedgerEvent event, int position) {
        String field = "journal[" + position + "]";
        LedgerException.notNull(event, field);
        if (event instanceof AccountOpened opened) {
            if (opened.account() != accounts) {
                throw new LedgerException(field + ".account", String.valueOf(accounts), opened.account());
            }
            openAccount(opened.label(), opened.ringFenced(), opened.funds(), opened.openedOn());
            return;
        }
        TransferEvent transfer = (TransferEvent) event;
        TransferResult result;
        if (transfer.kind() == TransferKind.EXPIRE) {
            int pending = pendingRow(transfer.referenceId(), field + ".referenceId");
            result = expire(pending, Checks.day(transfer.date(), "date"));
        } else {
            result = submit(transfer.toRequest());
        }
        if (result != TransferResult.CREATED) {
            throw new LedgerException(field, "an event that applies (CREATED)", result);
        }
        LedgerEvent recorded = event(rows - 1);
        if (!recorded.equals(transfer)) {
            throw new LedgerException(field, "the event as the ledger records it, " + recorded, transfer);
        }
    }

    /**
     * Opens an account and returns its index; accounts are numbered 0, 1, 2 ... in opening order.
     *
     * @param label the account's name, 1 to 200 characters, such as {@code stream:nhs-icb}
     * @param ringFenced true if debits may never exceed credits (pending included) and must be of a funded category
     * @param funds the categories a ring-fenced account may pay for, not null; ignored (all) when not ring-fenced
     * @param openedOn the first date the account can take transfers, not null, from 1970-01-01
     * @return the new account's index, 0 or more
     * @throws LedgerException if a value is null or out of range
     */
    public int openAccount(String label, boolean ringFenced, Set<SpendCategory> funds, LocalDate openedOn) {
        Checks.label(label);
        LedgerException.notNull(funds, "funds");
        int day = Checks.day(openedOn, "openedOn");
        int mask = ringFenced ? mask(funds) : ALL_CATEGORIES;
        int account = accounts;
        if (account == openRows.length) {
            balances = Arrays.copyOf(balances, balances.length * 2);
            openRows = Arrays.copyOf(openRows, openRows.length * 2);
        }
        int row = append(0, OPEN, account, ringFenced ? 1 : 0, 0, day, NO_CATEGORY, mask, label);
        balances[account * STRIDE + META] = ((long) day << OPENED_SHIFT) | ((long) mask << 1) | (ringFenced ? 1 : 0);
        openRows[account] = row;
        accounts++;
        return account;
    }

    private static int mask(Set<SpendCategory> funds) {
        int mask = 0;
        for (SpendCategory category : funds) {
            mask |= 1 << LedgerException.notNull(category, "funds[]").ordinal();
        }
        return mask;
    }

    /**
     * Records a transfer that moves money at once: the hot path, with no allocation or boxing.
     *
     * @param id the caller's transfer id, 1 or more
     * @param debitAccount the account money leaves, an open account's index
     * @param creditAccount the account money arrives in, an open account's index, not the debit account
     * @param pence the amount in pence, above zero
     * @param date the date, not null, on or after both accounts opened
     * @param category the spend category paid for; may be null (a receipt, a return to a funder)
     * @return {@code CREATED}, {@code EXISTS}, or why it was refused, not null
     * @throws LedgerException if a value is invalid or the id was used with other content
     */
    public TransferResult transfer(long id, int debitAccount, int creditAccount, long pence, LocalDate date,
            SpendCategory category) {
        return move(id, TRANSFER, debitAccount, creditAccount, pence, date, category, NO_EXPIRY, null);
    }

    /**
     * Records a pending transfer: the money is reserved on both accounts until posted, voided or expired.
     *
     * @param id the caller's transfer id, 1 or more
     * @param debitAccount the account money would leave, an open account's index
     * @param creditAccount the account money would arrive in, an open account's index, not the debit account
     * @param pence the amount in pence, above zero
     * @param date the date, not null, on or after both accounts opened
     * @param category the spend category paid for; may be null
     * @param expiresOn the last date it can be posted, on or after {@code date}; may be null (never expires)
     * @return {@code CREATED}, {@code EXISTS}, or why it was refused, not null
     * @throws LedgerException if a value is invalid or the id was used with other content
     */
    public TransferResult hold(long id, int debitAccount, int creditAccount, long pence, LocalDate date,
            SpendCategory category, LocalDate expiresOn) {
        return pending(id, debitAccount, creditAccount, pence, date, category, expiresOn, null);
    }

    private TransferResult pending(long id, int debit, int credit, long pence, LocalDate date,
            SpendCategory category, LocalDate expiresOn, String memo) {
        int expiry = expiresOn == null ? NO_EXPIRY : Checks.day(expiresOn, "expiresOn");
        if (date != null && expiresOn != null && expiresOn.isBefore(date)) {
            throw new LedgerException("expiresOn", "null or on or after date " + date, expiresOn);
        }
        return move(id, PENDING, debit, credit, pence, date, category, expiry, memo);
    }

    private TransferResult move(long id, byte kind, int debit, int credit, long pence, LocalDate date,
            SpendCategory category, int ref, String memo) {
        Checks.id(id, "id");
        LedgerException.positivePence(pence, "amount");
        int day = date != null && date == lastDate ? lastDay : day(date);
        checkAccount(debit, "debitAccount");
        checkAccount(credit, "creditAccount");
        if (debit == credit) {
            throw new LedgerException("creditAccount", "an account other than the debit account " + debit, credit);
        }
        byte cat = category == null ? NO_CATEGORY : (byte) category.ordinal();
        int existing = index.find(id, ids);
        if (existing >= 0) {
            return same(existing, kind, debit, credit, pence, day, cat, ref, memo);
        }
        checkOpened(debit, day);
        checkOpened(credit, day);
        TransferResult refused = limits(debit, pence, cat, day);
        if (refused != null) {
            return refused;
        }
        int d = debit * STRIDE + (kind == PENDING ? DEBITS_PENDING : DEBITS_POSTED);
        int c = credit * STRIDE + (kind == PENDING ? CREDITS_PENDING : CREDITS_POSTED);
        long newDebits = total(balances[d], pence, debit);
        long newCredits = total(balances[c], pence, credit);
        int row = append(id, kind, debit, credit, pence, day, cat, ref, memo);
        index.insert(id, row, ids);
        balances[d] = newDebits;
        balances[c] = newCredits;
        if (kind != PENDING) {
            moneyIn(credit, day);
        }
        return TransferResult.CREATED;
    }

    /** Returns a running total plus an amount, refusing one that would take the total past {@link Gbp#MAX_PENCE}. */
    private long total(long total, long pence, int account) {
        if (total > Gbp.MAX_PENCE - pence) {
            throw new LedgerException("amount", "at most " + (Gbp.MAX_PENCE - total) + " pence, what account "
                    + label(account) + " can still total within " + Gbp.MAX, pence);
        }
        return total + pence;
    }

    /** Records that money was posted into an account, or released on it, on a day. */
    private void moneyIn(int account, int day) {
        int at = account * STRIDE + META;
        if (day > lastIn(balances[at])) {
            setLastIn(at, day);
        }
    }

    /** The error for a debit dated before the latest money in; kept out of the posting path's inlined code. */
    private LedgerException backDated(int debit, long meta, int day) {
        return new LedgerException("date", "on or after " + LocalDate.ofEpochDay(lastIn(meta)) + ", the date of the "
                + "latest money into or released on " + label(debit), LocalDate.ofEpochDay(day));
    }

    private static long lastIn(long meta) {
        return (meta >>> LAST_IN_SHIFT) & DAY_BITS;
    }

    private void setLastIn(int metaAt, long day) {
        balances[metaAt] = (balances[metaAt] & ~(DAY_BITS << LAST_IN_SHIFT)) | (day << LAST_IN_SHIFT);
    }

    /** Converts a date, remembering it: postings in a batch usually share one {@code LocalDate} instance. */
    private int day(LocalDate date) {
        int day = Checks.day(date, "date");
        lastDay = day;
        lastDate = date;
        return day;
    }

    private TransferResult limits(int debit, long pence, byte category, int day) {
        long meta = balances[debit * STRIDE + META];
        if ((meta & 1) == 0) {
            return null;
        }
        if (day < lastIn(meta)) {
            throw backDated(debit, meta, day);
        }
        if (category != NO_CATEGORY && (meta & (2L << category)) == 0) {
            return TransferResult.CATEGORY_NOT_FUNDED;
        }
        int b = debit * STRIDE;
        long spent = balances[b + DEBITS_PENDING] + balances[b + DEBITS_POSTED];
        if (pence > balances[b + CREDITS_POSTED] - spent) {
            return TransferResult.EXCEEDS_CREDITS;
        }
        return null;
    }

    /**
     * Posts a pending transfer, in full or in part: the posted amount moves, any rest is released.
     *
     * @param id the caller's id for the post, 1 or more
     * @param pendingId the id of a pending transfer that is still open (not posted, voided or expired)
     * @param pence the amount to post in pence, 1 up to the pending amount
     * @param date the date, not null, on or after the pending transfer's date and not after its expiry
     * @return {@code CREATED} or {@code EXISTS}, not null
     * @throws LedgerException if a value is invalid, the pending transfer is not open, or the id was used with other
     *     content
     */
    public TransferResult post(long id, long pendingId, long pence, LocalDate date) {
        return settle(id, POST, pendingId, pence, date, null);
    }

    /**
     * Voids a pending transfer: the reserved money is released and nothing moves.
     *
     * @param id the caller's id for the void, 1 or more
     * @param pendingId the id of a pending transfer that is still open (not posted, voided or expired)
     * @param date the date, not null, on or after the pending transfer's date
     * @return {@code CREATED} or {@code EXISTS}, not null
     * @throws LedgerException if a value is invalid, the pending transfer is not open, or the id was used with other
     *     content
     */
    public TransferResult voidPending(long id, long pendingId, LocalDate date) {
        return settle(id, VOID, pendingId, 0, date, null);
    }

    private TransferResult settle(long id, byte kind, long pendingId, long pence, LocalDate date, String memo) {
        Checks.id(id, "id");
        Checks.id(pendingId, "pendingId");
        if (kind == POST) {
            LedgerException.positivePence(pence, "amount");
        }
        int day = Checks.day(date, "date");
        int pending = pendingRow(pendingId, "pendingId");
        long amount = kind == POST ? pence : amounts[pending];
        int existing = index.find(id, ids);
        if (existing >= 0) {
            return same(existing, kind, debits[pending], credits[pending], amount, day, categories[pending], pending,
                    memo);
        }
        if (states[pending] != LIVE) {
            throw new LedgerException("pendingId", "a pending transfer not yet posted, voided or expired",
                    pendingId + " (" + STATES[states[pending]] + ")");
        }
        if (amount > amounts[pending]) {
            throw new LedgerException("amount", "1 - " + amounts[pending] + " pence (the pending amount)", amount);
        }
        if (day < dates[pending]) {
            throw new LedgerException("date", "on or after the pending transfer's date "
                    + LocalDate.ofEpochDay(dates[pending]), date);
        }
        if (kind == POST && day > refs[pending]) {
            throw new LedgerException("date", "on or before the hold's expiry " + LocalDate.ofEpochDay(refs[pending]),
                    date);
        }
        int row = append(id, kind, debits[pending], credits[pending], amount, day, categories[pending], pending, memo);
        index.insert(id, row, ids);
        resolve(pending, kind == POST ? POSTED : VOIDED, kind == POST ? amount : 0);
        if (kind == POST) {
            moneyIn(credits[pending], day);
        }
        if (amount < amounts[pending] || kind == VOID) {
            moneyIn(debits[pending], day);
        }
        return TransferResult.CREATED;
    }

    private void resolve(int pending, byte state, long posted) {
        int d = debits[pending] * STRIDE;
        int c = credits[pending] * STRIDE;
        long reserved = amounts[pending];
        balances[d + DEBITS_PENDING] -= reserved;
        balances[c + CREDITS_PENDING] -= reserved;
        balances[d + DEBITS_POSTED] += posted;
        balances[c + CREDITS_POSTED] += posted;
        states[pending] = state;
    }

    private int pendingRow(long pendingId, String field) {
        int row = index.find(pendingId, ids);
        if (row < 0 || kinds[row] != PENDING) {
            throw new LedgerException(field, "the id of a pending transfer in this ledger", pendingId);
        }
        return row;
    }

    /**
     * Releases every open pending transfer whose expiry date is before {@code asOf}. Each release is an
     * {@link TransferKind#EXPIRE} event dated the day after the expiry, so the result does not depend on when this is
     * called. Calling it again for the same date changes nothing.
     *
     * @param asOf the date the holds are checked on, not null
     * @return how many holds expired now, 0 or more
     * @throws LedgerException if {@code asOf} is null
     */
    public int expirePending(LocalDate asOf) {
        int day = Checks.day(asOf, "asOf");
        int expired = 0;
        int end = rows;
        for (int row = 0; row < end; row++) {
            if (kinds[row] == PENDING && states[row] == LIVE && refs[row] < day) {
                expire(row, refs[row] + 1);
                expired++;
            }
        }
        return expired;
    }

    private TransferResult expire(int pending, int day) {
        if (states[pending] != LIVE || refs[pending] == NO_EXPIRY || day != refs[pending] + 1) {
            throw new LedgerException("referenceId", "an open hold expiring the day before " + LocalDate.ofEpochDay(day),
                    ids[pending]);
        }
        append(0, EXPIRE, debits[pending], credits[pending], amounts[pending], day, categories[pending], pending, null);
        resolve(pending, EXPIRED, 0);
        moneyIn(debits[pending], day);
        return TransferResult.CREATED;
    }

    /**
     * Reverses a posted transfer: the same amount moves back between the same accounts, as a new transfer. The
     * original stays in the journal; a transfer can be reversed once.
     *
     * @param id the caller's id for the reversal, 1 or more
     * @param originalId the id of a posted transfer (a transfer or a post) not yet reversed
     * @param date the date, not null, on or after the original's date
     * @return {@code CREATED}, {@code EXISTS}, or why it was refused: {@code EXCEEDS_CREDITS} if the money has been
     *     spent since, {@code CATEGORY_NOT_FUNDED} if it would pay a ring-fenced account's unfunded category
     * @throws LedgerException if a value is invalid, the original cannot be reversed, or the id was used with other
     *     content
     */
    public TransferResult reverse(long id, long originalId, LocalDate date) {
        return reverse(id, originalId, date, null);
    }

    private TransferResult reverse(long id, long originalId, LocalDate date, String memo) {
        Checks.id(id, "id");
        Checks.id(originalId, "originalId");
        int day = Checks.day(date, "date");
        int original = index.find(originalId, ids);
        if (original < 0 || (kinds[original] != TRANSFER && kinds[original] != POST)) {
            throw new LedgerException("originalId", "the id of a posted transfer in this ledger", originalId);
        }
        int debit = credits[original];
        int credit = debits[original];
        long pence = amounts[original];
        int existing = index.find(id, ids);
        if (existing >= 0) {
            return same(existing, REVERSAL, debit, credit, pence, day, categories[original], original, memo);
        }
        if (states[original] == REVERSED) {
            throw new LedgerException("originalId", "a posted transfer not yet reversed", originalId + " (reversed)");
        }
        if (day < dates[original]) {
            throw new LedgerException("date", "on or after the original's date "
                    + LocalDate.ofEpochDay(dates[original]), date);
        }
        TransferResult refused = limits(debit, pence, categories[original], day);
        if (refused != null) {
            return refused;
        }
        int row = append(id, REVERSAL, debit, credit, pence, day, categories[original], original, memo);
        index.insert(id, row, ids);
        balances[debit * STRIDE + DEBITS_POSTED] += pence;
        balances[credit * STRIDE + CREDITS_POSTED] += pence;
        moneyIn(credit, day);
        states[original] = REVERSED;
        return TransferResult.CREATED;
    }

    /**
     * Submits one transfer of any kind, with its memo.
     *
     * @param request the transfer, not null
     * @return {@code CREATED}, {@code EXISTS}, or why it was refused, not null
     * @throws LedgerException if the request is invalid for this ledger or its id was used with other content
     */
    public TransferResult submit(TransferRequest request) {
        LedgerException.notNull(request, "request");
        return switch (request.kind()) {
            case TRANSFER -> move(request.id(), TRANSFER, request.debitAccount(), request.creditAccount(),
                    request.pence(), request.date(), request.category(), NO_EXPIRY, request.memo());
            case PENDING -> pending(request.id(), request.debitAccount(), request.creditAccount(), request.pence(),
                    request.date(), request.category(), request.expiresOn(), request.memo());
            case POST -> settle(request.id(), POST, request.referenceId(), request.pence(), request.date(),
                    request.memo());
            case VOID -> settle(request.id(), VOID, request.referenceId(), 0, request.date(), request.memo());
            case REVERSAL -> reverse(request.id(), request.referenceId(), request.date(), request.memo());
            case EXPIRE -> throw new LedgerException("kind", "TRANSFER, PENDING, POST, VOID or REVERSAL",
                    request.kind());
        };
    }

    /**
     * Submits transfers that succeed or fail together (a payroll run paying several payees from several funders).
     * Later transfers may refer to earlier ones in the batch. If every transfer was recorded before with the same
     * content the result is {@code EXISTS}; a batch mixing new and recorded ids is rejected.
     *
     * @param batch the transfers in order, not null, at least one, none null
     * @return {@code CREATED} if all were recorded now, {@code EXISTS} if all were recorded before, else the first
     *     refusal, with nothing recorded
     * @throws LedgerException if any transfer is invalid, with nothing recorded
     */
    public TransferResult submitLinked(List<TransferRequest> batch) {
        LedgerException.notNull(batch, "batch");
        if (batch.isEmpty()) {
            throw new LedgerException("batch", "at least one transfer", "none");
        }
        int start = rows;
        int existed = 0;
        try {
            for (int i = 0; i < batch.size(); i++) {
                TransferRequest request = LedgerException.notNull(batch.get(i), "batch[" + i + "]");
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
        } catch (RuntimeException e) {
            rollback(start);
            throw e;
        }
        return existed == 0 ? TransferResult.CREATED : TransferResult.EXISTS;
    }

    private void rollback(int start) {
        Set<Integer> credited = new HashSet<>();
        for (int row = start; row < rows; row++) {
            credited.add(credits[row]);
            credited.add(debits[row]);
        }
        while (rows > start) {
            int row = rows - 1;
            long pence = amounts[row];
            int d = debits[row] * STRIDE;
            int c = credits[row] * STRIDE;
            switch (kinds[row]) {
                case PENDING -> {
                    balances[d + DEBITS_PENDING] -= pence;
                    balances[c + CREDITS_PENDING] -= pence;
                }
                case POST, VOID, EXPIRE -> {
                    long posted = kinds[row] == POST ? pence : 0;
                    balances[d + DEBITS_POSTED] -= posted;
                    balances[c + CREDITS_POSTED] -= posted;
                    balances[d + DEBITS_PENDING] += amounts[refs[row]];
                    balances[c + CREDITS_PENDING] += amounts[refs[row]];
                    states[refs[row]] = LIVE;
                }
                default -> {
                    balances[d + DEBITS_POSTED] -= pence;
                    balances[c + CREDITS_POSTED] -= pence;
                    if (kinds[row] == REVERSAL) {
                        states[refs[row]] = LIVE;
                    }
                }
            }
            if (kinds[row] != EXPIRE) {
                index.remove(ids[row], ids);
            }
            texts.remove(row);
            rows--;
        }
        for (int account : credited) {
            setLastIn(account * STRIDE + META, lastInFromJournal(account));
        }
    }

    /**
     * Returns the day of the latest money posted into an account or released on it, from the journal (used only on
     * rollback, so the scan costs nothing on the posting path).
     */
    private long lastInFromJournal(int account) {
        long last = 0;
        for (int row = 0; row < rows; row++) {
            byte kind = kinds[row];
            boolean in = (kind == TRANSFER || kind == POST || kind == REVERSAL) && credits[row] == account;
            boolean released = debits[row] == account && (kind == VOID || kind == EXPIRE
                    || kind == POST && amounts[row] < amounts[refs[row]]);
            if (in || released) {
                last = Math.max(last, dates[row]);
            }
        }
        return last;
    }

    private TransferResult same(int row, byte kind, int debit, int credit, long pence, int day, byte category, int ref,
            String memo) {
        String what = "transfer " + ids[row] + " ";
        differs(what + "kind", KINDS[kinds[row]], KINDS[kind]);
        differs(what + "debitAccount", debits[row], debit);
        differs(what + "creditAccount", credits[row], credit);
        differs(what + "amount", amounts[row], pence);
        differs(what + "date", LocalDate.ofEpochDay(dates[row]), LocalDate.ofEpochDay(day));
        differs(what + "category", category(categories[row]), category(category));
        if (kind == PENDING) {
            differs(what + "expiresOn", expiry(refs[row]), expiry(ref));
        } else if (kind != TRANSFER) {
            differs(what + "referenceId", ids[refs[row]], ids[ref]);
        }
        differs(what + "memo", texts.get(row), memo);
        return TransferResult.EXISTS;
    }

    private static void differs(String field, Object recorded, Object given) {
        if (recorded == null ? given != null : !recorded.equals(given)) {
            throw new LedgerException(field, "as first submitted: " + recorded, given);
        }
    }

    private static SpendCategory category(byte code) {
        return code == NO_CATEGORY ? null : CATEGORIES[code];
    }

    private static LocalDate expiry(int day) {
        return day == NO_EXPIRY ? null : LocalDate.ofEpochDay(day);
    }

    private void checkAccount(int account, String field) {
        if (account < 0 || account >= accounts) {
            throw new LedgerException(field, accounts == 0 ? "none (no account is open)" : "0 - " + (accounts - 1),
                    account);
        }
    }

    private void checkOpened(int account, int day) {
        int opened = (int) ((balances[account * STRIDE + META] >>> OPENED_SHIFT) & DAY_BITS);
        if (day < opened) {
            throw new LedgerException("date", "on or after " + LocalDate.ofEpochDay(opened) + ", when account "
                    + label(account) + " opened", LocalDate.ofEpochDay(day));
        }
    }

    private int append(long id, byte kind, int debit, int credit, long pence, int day, byte category, int ref,
            String text) {
        if (rows == ids.length) {
            if (rows >= IdIndex.MAX_ROWS) {
                throw new LedgerException("journal size", "at most " + IdIndex.MAX_ROWS + " events per ledger", rows);
            }
            grow();
        }
        int row = rows;
        ids[row] = id;
        kinds[row] = kind;
        debits[row] = debit;
        credits[row] = credit;
        amounts[row] = pence;
        dates[row] = day;
        categories[row] = category;
        refs[row] = ref;
        states[row] = LIVE;
        if (text != null) {
            texts.put(row, text);
        }
        rows = row + 1;
        return row;
    }

    private void grow() {
        int capacity = (int) Math.min(IdIndex.MAX_ROWS, ids.length + (ids.length >> 1));
        ids = Arrays.copyOf(ids, capacity);
        amounts = Arrays.copyOf(amounts, capacity);
        debits = Arrays.copyOf(debits, capacity);
        credits = Arrays.copyOf(credits, capacity);
        dates = Arrays.copyOf(dates, capacity);
        refs = Arrays.copyOf(refs, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        categories = Arrays.copyOf(categories, capacity);
        states = Arrays.copyOf(states, capacity);
    }

    /**
     * Returns the number of open accounts.
     *
     * @return the count, 0 or more
     */
    public int accountCount() {
        return accounts;
    }

    /**
     * Returns the number of journal events (account openings and transfers).
     *
     * @return the count, 0 or more
     */
    public int size() {
        return rows;
    }

    /**
     * Returns an account's name.
     *
     * @param account an open account's index
     * @return the label given when it was opened, not null
     * @throws LedgerException if there is no such account
     */
    public String label(int account) {
        checkAccount(account, "account");
        return texts.get(openRows[account]);
    }

    /**
     * Returns whether a transfer with this id is recorded.
     *
     * @param id a transfer id, any value
     * @return true if recorded
     */
    public boolean contains(long id) {
        return id > 0 && index.find(id, ids) >= 0;
    }

    /**
     * Returns the recorded transfer with this id.
     *
     * @param id the id of a recorded transfer
     * @return the event, not null
     * @throws LedgerException if no transfer has this id
     */
    public TransferEvent transferEvent(long id) {
        int row = id > 0 ? index.find(id, ids) : -1;
        if (row < 0) {
            throw new LedgerException("id", "the id of a transfer in this ledger", id);
        }
        return (TransferEvent) event(row);
    }

    /**
     * Returns whether the pending transfer with this id is still open (not posted, voided or expired).
     *
     * @param pendingId the id of a pending transfer in this ledger
     * @return true if still open
     * @throws LedgerException if there is no such pending transfer
     */
    public boolean isPendingOpen(long pendingId) {
        return states[pendingRow(pendingId, "pendingId")] == LIVE;
    }

    /**
     * Returns an account's running totals now.
     *
     * @param account an open account's index
     * @return the totals, not null
     * @throws LedgerException if there is no such account
     */
    public AccountBalance balance(int account) {
        checkAccount(account, "account");
        int b = account * STRIDE;
        return new AccountBalance(balances[b + DEBITS_PENDING], balances[b + DEBITS_POSTED],
                balances[b + CREDITS_PENDING], balances[b + CREDITS_POSTED]);
    }

    /**
     * Returns an account's totals at the end of a date, derived from the journal.
     *
     * @param account an open account's index
     * @param asOf the date, not null; a date before the account opened gives zero totals
     * @return the totals, not null
     * @throws LedgerException if there is no such account or the date is null
     */
    public AccountBalance balanceAsOf(int account, LocalDate asOf) {
        checkAccount(account, "account");
        return totals(account, Checks.day(asOf, "asOf"));
    }

    private AccountBalance totals(int account, int day) {
        long debitsPending = 0;
        long debitsPosted = 0;
        long creditsPending = 0;
        long creditsPosted = 0;
        for (int row = 0; row < rows; row++) {
            if (dates[row] > day || kinds[row] == OPEN || (debits[row] != account && credits[row] != account)) {
                continue;
            }
            long pending = switch (kinds[row]) {
                case PENDING -> amounts[row];
                case POST, VOID, EXPIRE -> -amounts[refs[row]];
                default -> 0;
            };
            long posted = kinds[row] == TRANSFER || kinds[row] == POST || kinds[row] == REVERSAL ? amounts[row] : 0;
            if (debits[row] == account) {
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
     * Returns the net money moved from one account to another for a category: posted transfers, posts and reversals
     * from {@code from} to {@code to}, less those the other way. For a stream and a payee it is what the stream paid
     * the payee for the category, less refunds and reversals: the most the payee can refund.
     *
     * @param from an open account's index
     * @param to an open account's index
     * @param category the category, not null
     * @return the net amount in pence; negative if more came back than went out
     * @throws LedgerException if there is no such account or the category is null
     */
    public long netMoved(int from, int to, SpendCategory category) {
        checkAccount(from, "from");
        checkAccount(to, "to");
        byte wanted = (byte) LedgerException.notNull(category, "category").ordinal();
        long net = 0;
        for (int row = 0; row < rows; row++) {
            byte kind = kinds[row];
            if ((kind == TRANSFER || kind == POST || kind == REVERSAL) && categories[row] == wanted) {
                if (debits[row] == from && credits[row] == to) {
                    net += amounts[row];
                } else if (debits[row] == to && credits[row] == from) {
                    net -= amounts[row];
                }
            }
        }
        return net;
    }

    /**
     * Returns the net money an account spent on a category over a period: posted transfers out of it that pay for
     * the category, less refunds and reversals of them back in. Transfers paying for no category (a return to a
     * funder) are not spending.
     *
     * @param account an open account's index
     * @param category the category; null for every category
     * @param period the dates, not null; an open-ended period runs to the end of the journal
     * @return the net amount in pence; negative if more came back than went out
     * @throws LedgerException if there is no such account or the period is null
     */
    public long spent(int account, SpendCategory category, DateRange period) {
        return spending(account, category, period, false);
    }

    /**
     * Returns what {@link #spent} counts plus the holds out of the account on the category over the period that are
     * still open (not yet posted, voided or expired): the spending already committed, for limits that a held spend
     * must not slip past while the funder reviews it.
     *
     * @param account an open account's index
     * @param category the category; null for every category
     * @param period the dates, not null; an open-ended period runs to the end of the journal
     * @return the net amount in pence; negative if more came back than went out
     * @throws LedgerException if there is no such account or the period is null
     */
    public long committed(int account, SpendCategory category, DateRange period) {
        return spending(account, category, period, true);
    }

    private long spending(int account, SpendCategory category, DateRange period, boolean withOpenHolds) {
        checkAccount(account, "account");
        LedgerException.notNull(period, "period");
        int first = Checks.day(period.start(), "period.start");
        int end = period.end().isPresent() ? Checks.day(period.end().get(), "period.end") : Integer.MAX_VALUE;
        byte wanted = category == null ? NO_CATEGORY : (byte) category.ordinal();
        long spent = 0;
        for (int row = 0; row < rows; row++) {
            byte kind = kinds[row];
            boolean counted = kind == TRANSFER || kind == POST || kind == REVERSAL
                    || withOpenHolds && kind == PENDING && states[row] == LIVE;
            if (counted && dates[row] >= first && dates[row] < end
                    && categories[row] != NO_CATEGORY && (wanted == NO_CATEGORY || categories[row] == wanted)) {
                if (debits[row] == account) {
                    spent += amounts[row];
                } else if (credits[row] == account) {
                    spent -= amounts[row];
                }
            }
        }
        return spent;
    }

    /**
     * Returns how many posted payments an account received and kept: transfers and posts into it, less reversals of
     * them.
     *
     * @param account an open account's index
     * @return the count, 0 or more
     * @throws LedgerException if there is no such account
     */
    public long paymentCount(int account) {
        checkAccount(account, "account");
        long count = 0;
        for (int row = 0; row < rows; row++) {
            byte kind = kinds[row];
            if ((kind == TRANSFER || kind == POST) && credits[row] == account) {
                count++;
            } else if (kind == REVERSAL && debits[row] == account) {
                count--;
            }
        }
        return count;
    }

    /**
     * Returns a statement for a set of accounts over a period, derived from the journal. Transfers between two
     * accounts of the set count as in and out alike.
     *
     * @param name what the statement covers, 1 to 200 characters
     * @param accountsCovered open accounts' indexes, not null, at least one
     * @param period the dates covered, not null, with an end
     * @return the statement, not null
     * @throws LedgerException if a value is null or out of range
     */
    public Statement statement(String name, int[] accountsCovered, DateRange period) {
        Checks.label(name);
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
        int first = Checks.day(period.start(), "period.start");
        int end = Checks.day(period.end().orElseThrow(), "period.end");
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
        List<LedgerEvent> events = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            events.add(event(row));
        }
        return List.copyOf(events);
    }

    private LedgerEvent event(int row) {
        if (kinds[row] == OPEN) {
            Set<SpendCategory> funds = EnumSet.noneOf(SpendCategory.class);
            for (SpendCategory category : CATEGORIES) {
                if ((refs[row] & (1 << category.ordinal())) != 0) {
                    funds.add(category);
                }
            }
            return new AccountOpened(debits[row], texts.get(row), credits[row] == 1, funds,
                    LocalDate.ofEpochDay(dates[row]));
        }
        byte kind = kinds[row];
        long reference = kind == POST || kind == VOID || kind == EXPIRE || kind == REVERSAL ? ids[refs[row]] : 0;
        LocalDate expiresOn = kind == PENDING ? expiry(refs[row]) : null;
        return new TransferEvent(ids[row], KINDS[kind], debits[row], credits[row], Gbp.ofPence(amounts[row]),
                LocalDate.ofEpochDay(dates[row]), category(categories[row]), reference, expiresOn, texts.get(row));
    }

    /**
     * Returns the head of the SHA-256 chain over the journal, as 64 lower-case hex digits. The chain starts from 32
     * zero bytes; each link is {@code SHA-256(previous link || row encoding)}, where the row encoding is the kind,
     * id, accounts, amount, date, category, reference and the UTF-8 memo or label with its length, big-endian.
     *
     * @return the hash, not null
     */
    public String hash() {
        ByteBuffer buffer = ByteBuffer.allocate(64 + 4 * Checks.MAX_TEXT);
        for (int row = hashedRows; row < rows; row++) {
            buffer.clear();
            byte[] text = texts.getOrDefault(row, "").getBytes(StandardCharsets.UTF_8);
            buffer.put(kinds[row]).putLong(ids[row]).putInt(debits[row]).putInt(credits[row]).putLong(amounts[row])
                    .putInt(dates[row]).put(categories[row]).putInt(refs[row]).putInt(text.length).put(text);
            digest.update(chainHead);
            digest.update(buffer.array(), 0, buffer.position());
            chainHead = digest.digest();
        }
        hashedRows = rows;
        return HexFormat.of().formatHex(chainHead);
    }
}
