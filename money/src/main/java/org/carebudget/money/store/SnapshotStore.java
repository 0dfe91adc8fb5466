package org.carebudget.money.store;

import java.util.Optional;
import org.carebudget.core.id.CarePackageId;

/**
 * Optional store of {@link JournalSnapshot}s beside a {@link JournalStore}: derived data that lets a long journal
 * load without decoding every stored row. A snapshot is never the only copy of anything; losing one (or all) costs
 * load time only. Implementations are thread-safe.
 */
public interface SnapshotStore {

    /**
     * Saves a snapshot, in a transaction of its own; saving one at a sequence already saved changes nothing. A store
     * may drop older snapshots of the package.
     *
     * @param snapshot the snapshot, not null
     * @throws org.carebudget.core.InvalidValueException (the implementation's subtype) if the snapshot is null or
     *     the store failed
     */
    void saveSnapshot(JournalSnapshot snapshot);

    /**
     * Returns a package's latest snapshot.
     *
     * @param carePackage the package, not null
     * @return the snapshot with the highest sequence number, or empty when there is none, not null
     * @throws org.carebudget.core.InvalidValueException (the implementation's subtype) if the package is null, a row
     *     cannot be read as a snapshot, or the store failed
     */
    Optional<JournalSnapshot> latestSnapshot(CarePackageId carePackage);
}
