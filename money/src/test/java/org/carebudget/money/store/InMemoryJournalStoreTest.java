package org.carebudget.money.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.LedgerException;
import org.junit.jupiter.api.Test;

/** The reference store keeps the contract the JDBC store is tested against. */
class InMemoryJournalStoreTest {

    static final CarePackageId PKG = CarePackageId.of("pkg-1");

    final InMemoryJournalStore store = new InMemoryJournalStore();

    JournalHead append(JournalHead head, int count) {
        List<StoredEvent> events = JournalChainProperties.journal((int) head.sequence() + count)
                .subList((int) head.sequence(), (int) head.sequence() + count);
        return ((AppendResult.Appended) store.append(head, events)).head();
    }

    @Test
    void givenAStaleHead_thenConflictAndNothingWritten() {
        JournalHead seen = append(JournalHead.empty(PKG), 2);
        append(seen, 1);

        AppendResult result = store.append(seen, JournalChainProperties.journal(3).subList(2, 3));

        assertEquals(new AppendResult.Conflict(PKG, 2, 3), result);
        assertEquals(3, store.load(PKG, 1).size());
    }

    @Test
    void givenAGapOrADivergedHead_thenRefusedAndNothingWritten() {
        JournalHead head = append(JournalHead.empty(PKG), 2);
        JournalHead ahead = JournalHead.after(JournalChainProperties.journal(3).get(2));
        JournalHead diverged = new JournalHead(PKG, 2, "cd".repeat(32));

        assertEquals("expectedSequence", assertThrows(LedgerException.class,
                () -> store.append(ahead, JournalChainProperties.journal(4).subList(3, 4))).field());
        assertEquals("expected.chainHash", assertThrows(LedgerException.class,
                () -> store.append(diverged, JournalChainProperties.journal(3).subList(2, 3))).field());
        assertEquals(head, JournalHead.after(store.load(PKG, 1).get(1)));
        assertEquals(2, store.load(PKG, 1).size());
    }

    @Test
    void givenPackagesAndSnapshots_thenPagedInIdOrderAndTheLatestSnapshotKept() {
        for (String id : List.of("b", "a", "c")) {
            CarePackageId pkg = CarePackageId.of(id);
            store.append(JournalHead.empty(pkg), List.of(JournalHead.empty(pkg).next("transfer", "{}", null)));
        }
        JournalSnapshot later = JournalSnapshot.of(PKG, 5, "ab".repeat(32), "ab".repeat(32), "f", new byte[] {2});
        store.saveSnapshot(later);
        store.saveSnapshot(JournalSnapshot.of(PKG, 3, "ab".repeat(32), "ab".repeat(32), "f", new byte[] {1}));

        assertEquals(List.of(CarePackageId.of("a"), CarePackageId.of("b")), store.carePackages(null, 2));
        assertEquals(List.of(CarePackageId.of("c")), store.carePackages(CarePackageId.of("b"), 2));
        assertEquals(later, store.latestSnapshot(PKG).orElseThrow());
    }
}
