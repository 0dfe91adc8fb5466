package org.carebudget.money.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carebudget.core.Checks;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.testing.ApiWalk;
import org.carebudget.money.LedgerException;
import org.junit.jupiter.api.Test;

/** The store SPI walked with hostile arguments: only {@link LedgerException} may come out. */
class StoreApiWalkTest {

    static final CarePackageId PKG = CarePackageId.of("pkg-1");

    static InMemoryJournalStore seeded() {
        InMemoryJournalStore store = new InMemoryJournalStore();
        store.append(JournalHead.empty(PKG), List.of(JournalHead.empty(PKG).next("transfer", "{}", "ab".repeat(32))));
        return store;
    }

    @Test
    void givenHostileArguments_thenOnlyTheModuleExceptionEscapesAndNothingChanges() {
        JournalHead head = JournalHead.after(seeded().load(PKG, 1).get(0));
        ApiWalk.Result result = ApiWalk.of(LedgerException.class, LedgerException.class, "org.carebudget.money.store")
                .sample(CarePackageId.class, PKG)
                .sample(String.class, "ab".repeat(32), "a1")
                .sample(JournalHead.class, head)
                .sample(StoredEvent.class, head.next("transfer", "{}", null))
                .sample(JournalSnapshot.class, JournalSnapshot.of(PKG, 1, head.chainHash(), "ab".repeat(32), "f.v1",
                        new byte[] {1}))
                .sample(byte.class, (byte) 1)
                .sample(AppendResult.class, new AppendResult.Conflict(PKG, 1, 2))
                .sample(Checks.class, LedgerException.CHECKS)
                .instance(InMemoryJournalStore.class, StoreApiWalkTest::seeded, store -> store.load(PKG, 1))
                .instance(JournalStore.class, StoreApiWalkTest::seeded, store -> store.load(PKG, 1))
                .instance(SnapshotStore.class, StoreApiWalkTest::seeded, store -> store.latestSnapshot(PKG))
                .run();

        assertTrue(result.calls() > 100, result::toString);
        assertEquals(List.of(), result.violations(), result::toString);
        assertEquals(List.of(), result.unwalked(), result::toString);
    }
}
