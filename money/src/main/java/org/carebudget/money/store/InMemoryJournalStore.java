package org.carebudget.money.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link JournalStore} and {@link SnapshotStore} in memory: the reference implementation of the contract, for
 * tests and for a service that needs no durability. Nothing survives the JVM.
 *
 * <p>Thread-safe: every method is serialised on this store's monitor.
 */
public final class InMemoryJournalStore implements JournalStore, SnapshotStore {

    private final TreeMap<String, List<StoredEvent>> journals = new TreeMap<>();
    private final Map<CarePackageId, JournalSnapshot> snapshots = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryJournalStore() {
    }

    @Override
    public synchronized AppendResult append(JournalHead expected, List<StoredEvent> events) {
        LedgerException.notNull(expected, "expected");
        CarePackageId carePackage = expected.carePackage();
        long expectedSequence = expected.sequence();
        List<StoredEvent> batch = LedgerException.CHECKS.list(events, MAX_APPEND, "events");
        if (batch.isEmpty()) {
            throw new LedgerException("events", "1 - " + MAX_APPEND + " events", "none");
        }
        List<StoredEvent> journal = journals.getOrDefault(carePackage.value(), List.of());
        if (expectedSequence < journal.size()) {
            return new AppendResult.Conflict(carePackage, expectedSequence, journal.size());
        }
        if (expectedSequence > journal.size()) {
            throw new LedgerException("expectedSequence", "0 - " + journal.size() + ", the stored head of "
                    + carePackage, expectedSequence);
        }
        JournalHead head = journal.isEmpty() ? JournalHead.empty(carePackage)
                : JournalHead.after(journal.get(journal.size() - 1));
        if (!head.equals(expected)) {
            throw new LedgerException("expected.chainHash", head.chainHash() + ", the stored head's (the writer's view"
                    + " diverged)", expected.chainHash());
        }
        JournalHead after = JournalChain.verify(LedgerException.CHECKS, head, batch, "events");
        journals.computeIfAbsent(carePackage.value(), id -> new ArrayList<>()).addAll(batch);
        return new AppendResult.Appended(after);
    }

    @Override
    public synchronized List<StoredEvent> load(CarePackageId carePackage, long fromSequence) {
        LedgerException.notNull(carePackage, "carePackage");
        LedgerException.inRange(fromSequence, 1, Long.MAX_VALUE, "fromSequence");
        List<StoredEvent> journal = journals.getOrDefault(carePackage.value(), List.of());
        return fromSequence > journal.size() ? List.of()
                : List.copyOf(journal.subList((int) (fromSequence - 1), journal.size()));
    }

    @Override
    public synchronized List<CarePackageId> carePackages(@Nullable CarePackageId after, int limit) {
        LedgerException.inRange(limit, 1, MAX_PAGE, "limit");
        Map<String, List<StoredEvent>> tail = after == null ? journals : journals.tailMap(after.value(), false);
        List<CarePackageId> page = new ArrayList<>();
        for (String id : tail.keySet()) {
            if (page.size() == limit) {
                break;
            }
            page.add(CarePackageId.of(id));
        }
        return List.copyOf(page);
    }

    @Override
    public synchronized void saveSnapshot(JournalSnapshot snapshot) {
        LedgerException.notNull(snapshot, "snapshot");
        JournalSnapshot latest = snapshots.get(snapshot.carePackage());
        if (latest == null || latest.sequence() < snapshot.sequence()) {
            snapshots.put(snapshot.carePackage(), snapshot);
        }
    }

    @Override
    public synchronized Optional<JournalSnapshot> latestSnapshot(CarePackageId carePackage) {
        return Optional.ofNullable(snapshots.get(LedgerException.notNull(carePackage, "carePackage")));
    }
}
