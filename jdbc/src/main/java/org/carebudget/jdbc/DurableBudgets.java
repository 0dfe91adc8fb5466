package org.carebudget.jdbc;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.store.AppendResult;
import org.carebudget.money.store.JournalChain;
import org.carebudget.money.store.JournalHead;
import org.carebudget.money.store.JournalSnapshot;
import org.carebudget.money.store.JournalStore;
import org.carebudget.money.store.SnapshotStore;
import org.carebudget.money.store.StoredEvent;
import org.jspecify.annotations.Nullable;

/**
 * Durable budget ledgers: the facade a care platform calls instead of holding {@link BudgetLedger}s in memory. Each
 * call names a care package and an operation on its ledger; the facade loads the package from the
 * {@link JournalStore} (replaying its journal and checking its hash chain and the writer's hash), runs the
 * operation, and appends the events it recorded in one transaction. Another instance of the service may have
 * appended first: then the facade catches up from the store and runs the operation again, a bounded number of
 * times, and reports {@link Applied.Conflicted} when they run out.
 *
 * <pre>{@code
 * DurableBudgets budgets = DurableBudgets.builder(JdbcJournalStore.create(dataSource))
 *         .policy(SpendPolicy.standard(plan)).build();
 * budgets.open(pkg, asOf, ledger -> { ledger.addFunder(icb, funds, asOf); return null; });
 * Applied<TransferResult> receipt = budgets.apply(pkg, ledger -> ledger.receive(1, icb, amount, asOf));
 * }</pre>
 *
 * <p>Operations: an operation may run more than once (after a conflict), each time on the package as stored then, so
 * it must depend only on the ledger it is given and the values it captured; it must not keep the ledger or use it
 * after returning. Give every transfer its own id: a retry after a failure, or a resubmission after a restart,
 * is then a no-op ({@code EXISTS}) and records nothing. An operation that throws has stored nothing: the exception
 * (a {@code LedgerException} for invalid input to the ledger) comes out unchanged, after the facade has made sure the
 * ledger it ran on was the package as stored.
 *
 * <p>Memory never runs ahead of the database: a ledger whose operation threw, or whose append failed, is dropped
 * from the cache and loaded again on next use; after a conflict it is rebuilt from the events known to be stored and
 * the newer ones read from the store. A cached ledger may lag behind another instance's appends: an operation that
 * records events finds out by its conflict; one that records nothing (a query, a resubmission, a refused spend) is
 * checked against the store's head before its result is returned. So every result reflects the package as stored.
 *
 * <p>Snapshots (optional, {@link Builder#snapshots}): after an append that passes a multiple of the interval, the
 * journal is saved as a {@link JournalSnapshot}; a later load reads the snapshot and the rows after it. A snapshot
 * that fails its checks is ignored (the rows are read instead, {@link Stats#rejectedSnapshots()}). A load through
 * a snapshot does not re-read the rows it covers: {@link #verify} reads every row.
 *
 * <p>Thread-safe. Calls on one package are serialised within this instance (a monitor per package); calls on
 * different packages run in parallel. Several instances (several JVMs, or several facades in one) may share a store.
 */
public final class DurableBudgets {

    /** The most packages a facade may cache: 10,000,000. */
    public static final int MAX_CACHED = 10_000_000;

    private final JournalStore store;
    private final @Nullable SnapshotStore snapshots;
    private final int snapshotEvery;
    private final Function<CarePackageId, SpendPolicy> policies;
    private final int holdDays;
    private final int maxAttempts;
    private final long maxBackoffNanos;
    private final LedgerEventCodec codec = LedgerEventCodec.INSTANCE;
    private final Map<CarePackageId, Entry> cache;
    private final Counters counters = new Counters();

    private DurableBudgets(Builder builder) {
        this.store = builder.store;
        this.snapshots = builder.snapshots;
        this.snapshotEvery = builder.snapshotEvery;
        this.policies = builder.policies;
        this.holdDays = builder.holdDays;
        this.maxAttempts = builder.maxAttempts;
        this.maxBackoffNanos = builder.maxBackoff.toNanos();
        int max = builder.maxCached;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<CarePackageId, Entry> eldest) {
                return size() > max;
            }
        };
    }

    /**
     * Returns a builder of a facade over a store.
     *
     * @param store the journal store, not null; if it is also a {@link SnapshotStore}, snapshots are still off until
     *     {@link Builder#snapshots} turns them on
     * @return the builder, not null
     * @throws JournalStoreException if {@code store} is null
     */
    public static Builder builder(JournalStore store) {
        return new Builder(JournalStoreException.CHECKS.notNull(store, "store"));
    }

    /**
     * Builds a {@link DurableBudgets}. Not thread-safe; the facade it builds is.
     */
    public static final class Builder {

        private final JournalStore store;
        private @Nullable SnapshotStore snapshots;
        private int snapshotEvery;
        private Function<CarePackageId, SpendPolicy> policies = p -> SpendPolicy.none();
        private int holdDays = 14;
        private int maxAttempts = 10;
        private Duration maxBackoff = Duration.ofMillis(20);
        private int maxCached = 100_000;

        private Builder(JournalStore store) {
            this.store = store;
        }

        /**
         * Sets one spend policy for every package (default {@link SpendPolicy#none()}: approve everything).
         *
         * @param policy the policy, not null
         * @return this builder
         * @throws JournalStoreException if {@code policy} is null
         */
        public Builder policy(SpendPolicy policy) {
            JournalStoreException.CHECKS.notNull(policy, "policy");
            this.policies = p -> policy;
            return this;
        }

        /**
         * Sets each package's spend policy (from its support plan), asked whenever a package is loaded or opened.
         *
         * @param policyOfPackage the policy of each package, not null; must return a policy, not null, and not throw
         * @return this builder
         * @throws JournalStoreException if {@code policyOfPackage} is null
         */
        public Builder policies(Function<CarePackageId, SpendPolicy> policyOfPackage) {
            this.policies = JournalStoreException.CHECKS.notNull(policyOfPackage, "policyOfPackage");
            return this;
        }

        /**
         * Sets how many days a held spend can still be posted (default 14).
         *
         * @param days 1 - 365
         * @return this builder
         * @throws JournalStoreException if {@code days} is out of range
         */
        public Builder holdDays(int days) {
            this.holdDays = JournalStoreException.CHECKS.inRange(days, 1, 365, "holdDays");
            return this;
        }

        /**
         * Sets how many times an operation may run before a conflict is reported (default 10), and the longest
         * random pause before each retry (default 20 ms; zero for none), which spreads racing writers apart.
         *
         * @param attempts 1 - 1,000
         * @param maxBackoff the longest pause, not null, 0 to 10 seconds
         * @return this builder
         * @throws JournalStoreException if a value is null or out of range
         */
        public Builder retries(int attempts, Duration maxBackoff) {
            JournalStoreException.CHECKS.inRange(attempts, 1, 1_000, "attempts");
            JournalStoreException.CHECKS.notNull(maxBackoff, "maxBackoff");
            if (maxBackoff.isNegative() || maxBackoff.compareTo(Duration.ofSeconds(10)) > 0) {
                throw new JournalStoreException("maxBackoff", "PT0S - PT10S", maxBackoff);
            }
            this.maxAttempts = attempts;
            this.maxBackoff = maxBackoff;
            return this;
        }

        /**
         * Turns snapshots on: after an append that takes a package {@code every} or more events past its latest
         * snapshot, the facade saves a new one.
         *
         * @param snapshotStore where snapshots go, not null (usually the journal store itself)
         * @param every the interval in events, 1 - 100,000,000
         * @return this builder
         * @throws JournalStoreException if a value is null or out of range
         */
        public Builder snapshots(SnapshotStore snapshotStore, int every) {
            this.snapshots = JournalStoreException.CHECKS.notNull(snapshotStore, "snapshotStore");
            this.snapshotEvery = JournalStoreException.CHECKS.inRange(every, 1, 100_000_000, "every");
            return this;
        }

        /**
         * Sets the most packages kept in memory (default 100,000); the least recently used goes first.
         *
         * @param packages 1 - {@value DurableBudgets#MAX_CACHED}
         * @return this builder
         * @throws JournalStoreException if {@code packages} is out of range
         */
        public Builder maxCachedPackages(int packages) {
            this.maxCached = JournalStoreException.CHECKS.inRange(packages, 1, MAX_CACHED, "packages");
            return this;
        }

        /**
         * Builds the facade.
         *
         * @return the facade, not null
         */
        public DurableBudgets build() {
            return new DurableBudgets(this);
        }
    }

    /**
     * Opens a new package: its ledger, set up by an operation (adding funders and payees, a first receipt), stored as
     * the journal's first events in one transaction.
     *
     * @param <R> the setup's result type
     * @param carePackage the package, not null, with no stored journal yet
     * @param openedOn the date the budget account opens, not null, within the supported dates
     * @param setup what to record at once, not null (return null if there is nothing to return)
     * @return {@link Applied.Done}, or {@link Applied.Conflicted} when the package already has a journal (nothing
     *     stored), not null
     * @throws JournalStoreException if a value is null or invalid, or the store fails
     * @throws RuntimeException whatever {@code setup} throws (such as {@code LedgerException}), nothing stored
     */
    public <R extends @Nullable Object> Applied<R> open(CarePackageId carePackage, LocalDate openedOn,
            Function<? super BudgetLedger, ? extends R> setup) {
        JournalStoreException.CHECKS.notNull(carePackage, "carePackage");
        JournalStoreException.CHECKS.date(openedOn, "openedOn");
        JournalStoreException.CHECKS.notNull(setup, "setup");
        Entry entry = entry(carePackage);
        synchronized (entry) {
            BudgetLedger ledger = LedgerEventCodec.open(carePackage, openedOn, policy(carePackage),
                    Period.ofDays(holdDays));
            R result = setup.apply(ledger);
            JournalHead empty = JournalHead.empty(carePackage);
            List<StoredEvent> rows = rows(empty, LedgerEventCodec.journal(ledger), LedgerEventCodec.hash(ledger));
            AppendResult appended;
            try {
                appended = store.append(empty, rows);
            } catch (RuntimeException e) {
                entry.clear();
                throw e;
            }
            if (appended instanceof AppendResult.Appended done) {
                counters.appends.incrementAndGet();
                entry.set(ledger, done.head(), 0);
                snapshotIfDue(entry, ledger);
                return new Applied.Done<>(result, done.head(), 1, rows.size());
            }
            counters.conflicts.incrementAndGet();
            return new Applied.Conflicted<>((AppendResult.Conflict) appended, 1);
        }
    }

    /**
     * Runs an operation on a package's ledger and stores the events it records, in one transaction, retrying on
     * conflict as the type's description says.
     *
     * @param <R> the operation's result type
     * @param carePackage the package, not null, with a stored journal
     * @param operation the operation, not null; may run more than once; must not keep the ledger
     * @return {@link Applied.Done} with the result, or {@link Applied.Conflicted} when the attempts ran out, not null
     * @throws JournalStoreException if a value is null, the package has no journal, its journal is corrupt, or the
     *     store fails (then whether the events were stored is unknown until the package is loaded again: apply the
     *     operation again, with the same transfer ids)
     * @throws RuntimeException whatever {@code operation} throws on the package as stored (such as
     *     {@code LedgerException}), nothing stored
     */
    public <R extends @Nullable Object> Applied<R> apply(CarePackageId carePackage,
            Function<? super BudgetLedger, ? extends R> operation) {
        JournalStoreException.CHECKS.notNull(carePackage, "carePackage");
        JournalStoreException.CHECKS.notNull(operation, "operation");
        Entry entry = entry(carePackage);
        synchronized (entry) {
            for (int attempt = 1; ; attempt++) {
                if (attempt > 1) {
                    counters.retries.incrementAndGet();
                }
                BudgetLedger ledger = entry.ledger == null ? load(entry) : entry.ledger;
                JournalHead head = entry.head;
                String before = LedgerEventCodec.hash(ledger); // incremental: cheap once the journal is hashed
                R result;
                try {
                    result = operation.apply(ledger);
                } catch (RuntimeException | Error e) {
                    if (attempt < maxAttempts && catchUpIfBehind(entry, ledger, head)) {
                        continue; // it ran on a stale ledger: run it again on the package as stored
                    }
                    entry.clear();
                    throw e;
                }
                // the hash chain moves with every event recorded: unchanged, nothing was, and the journal (which the
                // ledger gives only whole) need not be read
                String after = LedgerEventCodec.hash(ledger);
                List<LedgerEvent> added = after.equals(before) ? List.of()
                        : LedgerEventCodec.eventsSince(ledger, (int) head.sequence());
                AppendResult.Conflict conflict;
                if (added.isEmpty()) {
                    List<StoredEvent> newer = newer(entry, head);
                    if (newer.isEmpty()) {
                        return new Applied.Done<>(result, head, attempt, 0);
                    }
                    conflict = new AppendResult.Conflict(carePackage, head.sequence(),
                            newer.get(newer.size() - 1).sequence());
                    catchUp(entry, ledger, head, newer);
                } else {
                    List<StoredEvent> rows = rows(head, added, after);
                    AppendResult appended;
                    try {
                        appended = store.append(head, rows);
                    } catch (RuntimeException e) {
                        entry.clear();
                        throw e;
                    }
                    if (appended instanceof AppendResult.Appended done) {
                        counters.appends.incrementAndGet();
                        entry.head = done.head();
                        snapshotIfDue(entry, ledger);
                        return new Applied.Done<>(result, done.head(), attempt, rows.size());
                    }
                    conflict = (AppendResult.Conflict) appended;
                    catchUp(entry, ledger, head, newer(entry, head));
                }
                counters.conflicts.incrementAndGet();
                if (attempt >= maxAttempts || !pause()) {
                    return new Applied.Conflicted<>(conflict, attempt);
                }
            }
        }
    }

    /**
     * Runs a query on a package's ledger, as stored now (the cache is brought up to the store's head first). The
     * query must record nothing; use {@link #apply} for that.
     *
     * @param <R> the query's result type
     * @param carePackage the package, not null, with a stored journal
     * @param query the query, not null; must not keep the ledger
     * @return what the query returned; null if it returned null
     * @throws JournalStoreException if a value is null, the package has no journal, its journal is corrupt, the
     *     store fails, or the query recorded an event (it is dropped with the cached ledger)
     * @throws RuntimeException whatever {@code query} throws (such as {@code LedgerException})
     */
    public <R extends @Nullable Object> R read(CarePackageId carePackage,
            Function<? super BudgetLedger, ? extends R> query) {
        JournalStoreException.CHECKS.notNull(carePackage, "carePackage");
        JournalStoreException.CHECKS.notNull(query, "query");
        Entry entry = entry(carePackage);
        synchronized (entry) {
            BudgetLedger ledger = entry.ledger == null ? load(entry) : entry.ledger;
            JournalHead head = entry.head;
            List<StoredEvent> newer = newer(entry, head);
            if (!newer.isEmpty()) {
                catchUp(entry, ledger, head, newer);
                ledger = Objects.requireNonNull(entry.ledger);
                head = entry.head;
            }
            String before = LedgerEventCodec.hash(ledger);
            R result;
            try {
                result = query.apply(ledger);
            } catch (RuntimeException | Error e) {
                entry.clear();
                throw e;
            }
            if (!LedgerEventCodec.hash(ledger).equals(before)) {
                entry.clear();
                throw new JournalStoreException("query", "a query that records nothing (record through apply)",
                        "a query that recorded events on " + carePackage);
            }
            return result;
        }
    }

    /**
     * Reads a package's whole stored journal, ignoring any snapshot, and checks all of it: every row's chain link,
     * every payload, the replay and the writer's hash; and that the latest snapshot, if any, holds the same events as
     * the rows it covers. An audit, for a scheduled job: a load through a snapshot does not read the rows it covers.
     *
     * @param carePackage the package, not null, with a stored journal
     * @return the journal's head, not null
     * @throws JournalStoreException with {@link JournalStoreException.Reason#CORRUPT_JOURNAL} naming the first row or
     *     snapshot that fails, or another reason if a value is null, the package has no journal or the store fails
     */
    public JournalHead verify(CarePackageId carePackage) {
        JournalStoreException.CHECKS.notNull(carePackage, "carePackage");
        List<StoredEvent> rows = store.load(carePackage, 1);
        if (rows.isEmpty()) {
            throw noJournal(carePackage);
        }
        JournalHead head = JournalChain.verify(JournalStoreException.CORRUPT, JournalHead.empty(carePackage), rows,
                "journal " + carePackage);
        List<LedgerEvent> events = codec.decode(rows);
        LedgerEventCodec.replay(carePackage, events, lastStateHash(rows), policy(carePackage),
                Period.ofDays(holdDays));
        if (snapshots != null) {
            Optional<JournalSnapshot> latest = snapshots.latestSnapshot(carePackage);
            if (latest.isPresent()) {
                JournalSnapshot snapshot = latest.get();
                String where = "snapshot " + carePackage + " #" + snapshot.sequence();
                if (snapshot.sequence() > rows.size()) {
                    throw JournalStoreException.CORRUPT.invalid(where, "a snapshot of at most the " + rows.size()
                            + " stored events", snapshot.sequence() + " events");
                }
                StoredEvent at = rows.get((int) snapshot.sequence() - 1);
                if (!at.chainHash().equals(snapshot.chainHash()) || !snapshot.stateHash().equals(at.stateHash())) {
                    throw JournalStoreException.CORRUPT.invalid(where, "the chain and state hash of stored event "
                            + at.sequence(), snapshot);
                }
                if (!codec.decode(snapshot).equals(events.subList(0, (int) snapshot.sequence()))) {
                    throw JournalStoreException.CORRUPT.invalid(where + ".payload", "the events of stored rows 1 - "
                            + snapshot.sequence(), "other events");
                }
            }
        }
        return head;
    }

    /**
     * Returns a page of the packages with a stored journal ({@link JournalStore#carePackages}).
     *
     * @param after the last package of the previous page, or null for the first page
     * @param limit the most packages to return, 1 to {@value JournalStore#MAX_PAGE}
     * @return the packages, not null, unmodifiable
     * @throws JournalStoreException if {@code limit} is out of range or the store fails
     */
    public List<CarePackageId> carePackages(@Nullable CarePackageId after, int limit) {
        JournalStoreException.CHECKS.inRange(limit, 1, JournalStore.MAX_PAGE, "limit");
        try {
            return store.carePackages(after, limit);
        } catch (JournalStoreException e) {
            throw e;
        } catch (InvalidValueException e) {
            throw new JournalStoreException(e.field(), e.validValues(), e.givenValue());
        }
    }

    /**
     * Drops a package's cached ledger; the next call loads it from the store.
     *
     * @param carePackage the package, not null
     * @throws JournalStoreException if {@code carePackage} is null
     */
    public void evict(CarePackageId carePackage) {
        JournalStoreException.CHECKS.notNull(carePackage, "carePackage");
        Entry entry;
        synchronized (cache) {
            entry = cache.remove(carePackage);
        }
        if (entry != null) {
            synchronized (entry) {
                entry.clear();
            }
        }
    }

    /**
     * Returns what the facade has done so far.
     *
     * @return the counts, not null
     */
    public Stats stats() {
        return counters.stats();
    }

    // ---- loading

    private BudgetLedger load(Entry entry) {
        CarePackageId carePackage = entry.carePackage;
        counters.loads.incrementAndGet();
        if (snapshots != null) {
            try {
                Optional<JournalSnapshot> snapshot = snapshots.latestSnapshot(carePackage);
                if (snapshot.isPresent()) {
                    BudgetLedger ledger = loadFrom(entry, snapshot.get());
                    counters.snapshotLoads.incrementAndGet();
                    return ledger;
                }
            } catch (JournalStoreException e) {
                if (e.reason() != JournalStoreException.Reason.CORRUPT_JOURNAL) {
                    throw e;
                }
                counters.rejectedSnapshots.incrementAndGet(); // read the rows instead
            }
        }
        List<StoredEvent> rows = store.load(carePackage, 1);
        if (rows.isEmpty()) {
            throw noJournal(carePackage);
        }
        JournalHead head = JournalChain.verify(JournalStoreException.CORRUPT, JournalHead.empty(carePackage), rows,
                "journal " + carePackage);
        BudgetLedger ledger = LedgerEventCodec.replay(carePackage, codec.decode(rows), lastStateHash(rows),
                policy(carePackage), Period.ofDays(holdDays));
        entry.set(ledger, head, 0);
        return ledger;
    }

    private BudgetLedger loadFrom(Entry entry, JournalSnapshot snapshot) {
        CarePackageId carePackage = entry.carePackage;
        List<LedgerEvent> events = new ArrayList<>(codec.decode(snapshot));
        List<StoredEvent> rows = store.load(carePackage, snapshot.sequence());
        String where = "snapshot " + carePackage + " #" + snapshot.sequence();
        if (rows.isEmpty() || rows.get(0).sequence() != snapshot.sequence()
                || !rows.get(0).chainHash().equals(snapshot.chainHash())
                || !snapshot.stateHash().equals(rows.get(0).stateHash())) {
            throw JournalStoreException.CORRUPT.invalid(where, "the chain and state hash of stored event "
                    + snapshot.sequence(), snapshot);
        }
        List<StoredEvent> tail = rows.subList(1, rows.size());
        JournalHead head = JournalChain.verify(JournalStoreException.CORRUPT, snapshot.head(), tail,
                "journal " + carePackage);
        events.addAll(codec.decode(tail));
        BudgetLedger ledger = LedgerEventCodec.replay(carePackage, events, lastStateHash(rows), policy(carePackage),
                Period.ofDays(holdDays));
        entry.set(ledger, head, snapshot.sequence());
        return ledger;
    }

    /** The events stored after a head, checked to continue it. */
    private List<StoredEvent> newer(Entry entry, JournalHead head) {
        if (head.sequence() == Long.MAX_VALUE) {
            return List.of();
        }
        try {
            return store.load(entry.carePackage, head.sequence() + 1);
        } catch (RuntimeException e) {
            entry.clear();
            throw e;
        }
    }

    /** After an operation threw: true (and caught up) if the ledger it ran on was behind the store. */
    private boolean catchUpIfBehind(Entry entry, BudgetLedger ledger, JournalHead head) {
        List<StoredEvent> newer = newer(entry, head);
        if (newer.isEmpty()) {
            return false;
        }
        catchUp(entry, ledger, head, newer);
        return true;
    }

    /**
     * Rebuilds the entry from the events known to be stored (the first {@code head.sequence()} of the ledger the
     * operation ran on, which may have recorded more after them) and the newer stored events.
     */
    private void catchUp(Entry entry, BudgetLedger ledger, JournalHead head, List<StoredEvent> newer) {
        try {
            JournalHead after = JournalChain.verify(JournalStoreException.CORRUPT, head, newer,
                    "journal " + entry.carePackage);
            List<LedgerEvent> events = new ArrayList<>(LedgerEventCodec.journal(ledger)
                    .subList(0, (int) head.sequence()));
            events.addAll(codec.decode(newer));
            String stateHash = newer.isEmpty() ? null : newer.get(newer.size() - 1).stateHash();
            BudgetLedger rebuilt = LedgerEventCodec.replay(entry.carePackage, events, stateHash,
                    policy(entry.carePackage), Period.ofDays(holdDays));
            entry.set(rebuilt, after, entry.snapshotSequence);
        } catch (RuntimeException e) {
            entry.clear();
            throw e;
        }
    }

    private static @Nullable String lastStateHash(List<StoredEvent> rows) {
        return rows.get(rows.size() - 1).stateHash();
    }

    private static JournalStoreException noJournal(CarePackageId carePackage) {
        return new JournalStoreException("carePackage", "a care package with a stored journal (open it first)",
                carePackage);
    }

    // ---- writing

    /** The stored rows for new events after a head: the ledger's hash recorded on the last. */
    private List<StoredEvent> rows(JournalHead head, List<LedgerEvent> events, String stateHash) {
        List<StoredEvent> rows = new ArrayList<>(events.size());
        JournalHead at = head;
        for (int i = 0; i < events.size(); i++) {
            LedgerEvent event = events.get(i);
            StoredEvent row = at.next(LedgerEventCodec.kind(event), codec.payload(event),
                    i == events.size() - 1 ? stateHash : null);
            rows.add(row);
            at = JournalHead.after(row);
        }
        return rows;
    }

    private void snapshotIfDue(Entry entry, BudgetLedger ledger) {
        SnapshotStore to = snapshots;
        if (to == null || entry.head.sequence() - entry.snapshotSequence < snapshotEvery) {
            return;
        }
        try {
            List<LedgerEvent> journal = LedgerEventCodec.journal(ledger);
            to.saveSnapshot(JournalSnapshot.of(entry.carePackage, entry.head.sequence(), entry.head.chainHash(),
                    LedgerEventCodec.hash(ledger), LedgerEventCodec.SNAPSHOT_FORMAT, codec.snapshot(journal)));
            entry.snapshotSequence = entry.head.sequence();
            counters.savedSnapshots.incrementAndGet();
        } catch (InvalidValueException e) {
            // a snapshot is derived data: the events are stored; the next append tries again
            counters.failedSnapshots.incrementAndGet();
        }
    }

    private SpendPolicy policy(CarePackageId carePackage) {
        SpendPolicy policy = policies.apply(carePackage);
        if (policy == null) {
            throw new JournalStoreException("policies", "a spend policy for every package", "null for "
                    + carePackage);
        }
        return policy;
    }

    /** Sleeps a random time up to the backoff; false if interrupted (the interrupt is kept). */
    private boolean pause() {
        if (maxBackoffNanos == 0) {
            return true;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(ThreadLocalRandom.current().nextLong(maxBackoffNanos + 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Entry entry(CarePackageId carePackage) {
        synchronized (cache) {
            return cache.computeIfAbsent(carePackage, Entry::new);
        }
    }

    /** A package's cached ledger and the stored head it matches; guarded by its own monitor. */
    private static final class Entry {

        final CarePackageId carePackage;
        @Nullable BudgetLedger ledger;
        JournalHead head;
        long snapshotSequence;

        Entry(CarePackageId carePackage) {
            this.carePackage = carePackage;
            this.head = JournalHead.empty(carePackage);
        }

        void set(BudgetLedger ledger, JournalHead head, long snapshotSequence) {
            this.ledger = ledger;
            this.head = head;
            this.snapshotSequence = snapshotSequence;
        }

        void clear() {
            ledger = null;
            head = JournalHead.empty(carePackage);
            snapshotSequence = 0;
        }
    }

    private static final class Counters {
        final AtomicLong loads = new AtomicLong();
        final AtomicLong snapshotLoads = new AtomicLong();
        final AtomicLong rejectedSnapshots = new AtomicLong();
        final AtomicLong savedSnapshots = new AtomicLong();
        final AtomicLong failedSnapshots = new AtomicLong();
        final AtomicLong appends = new AtomicLong();
        final AtomicLong conflicts = new AtomicLong();
        final AtomicLong retries = new AtomicLong();

        Stats stats() {
            return new Stats(loads.get(), snapshotLoads.get(), rejectedSnapshots.get(), savedSnapshots.get(),
                    failedSnapshots.get(), appends.get(), conflicts.get(), retries.get());
        }
    }

    /**
     * What a facade has done since it was built: counts for a service's metrics. Immutable and thread-safe.
     */
    public static final class Stats {

        private final long loads;
        private final long snapshotLoads;
        private final long rejectedSnapshots;
        private final long savedSnapshots;
        private final long failedSnapshots;
        private final long appends;
        private final long conflicts;
        private final long retries;

        Stats(long loads, long snapshotLoads, long rejectedSnapshots, long savedSnapshots, long failedSnapshots,
                long appends, long conflicts, long retries) {
            this.loads = loads;
            this.snapshotLoads = snapshotLoads;
            this.rejectedSnapshots = rejectedSnapshots;
            this.savedSnapshots = savedSnapshots;
            this.failedSnapshots = failedSnapshots;
            this.appends = appends;
            this.conflicts = conflicts;
            this.retries = retries;
        }

        /**
         * Returns how many times a package was loaded from the store (on first use, after an eviction).
         *
         * @return the count, 0 or more
         */
        public long loads() {
            return loads;
        }

        /**
         * Returns how many of those loads went through a snapshot.
         *
         * @return the count, 0 or more
         */
        public long snapshotLoads() {
            return snapshotLoads;
        }

        /**
         * Returns how many snapshots failed their checks on load and were ignored (the rows were read instead).
         *
         * @return the count, 0 or more
         */
        public long rejectedSnapshots() {
            return rejectedSnapshots;
        }

        /**
         * Returns how many snapshots were saved.
         *
         * @return the count, 0 or more
         */
        public long savedSnapshots() {
            return savedSnapshots;
        }

        /**
         * Returns how many snapshots could not be saved (the events were stored all the same).
         *
         * @return the count, 0 or more
         */
        public long failedSnapshots() {
            return failedSnapshots;
        }

        /**
         * Returns how many appends were stored.
         *
         * @return the count, 0 or more
         */
        public long appends() {
            return appends;
        }

        /**
         * Returns how many conflicts were met (another writer first), retried or reported.
         *
         * @return the count, 0 or more
         */
        public long conflicts() {
            return conflicts;
        }

        /**
         * Returns how many times an operation was run again after a conflict.
         *
         * @return the count, 0 or more
         */
        public long retries() {
            return retries;
        }

        @Override
        public String toString() {
            return "Stats[loads=" + loads + ", snapshotLoads=" + snapshotLoads + ", rejectedSnapshots="
                    + rejectedSnapshots + ", savedSnapshots=" + savedSnapshots + ", failedSnapshots="
                    + failedSnapshots + ", appends=" + appends + ", conflicts=" + conflicts + ", retries=" + retries
                    + "]";
        }
    }
}
