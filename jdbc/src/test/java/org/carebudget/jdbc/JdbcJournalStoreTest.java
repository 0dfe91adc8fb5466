package org.carebudget.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.store.AppendResult;
import org.carebudget.money.store.JournalChain;
import org.carebudget.money.store.JournalHead;
import org.carebudget.money.store.JournalSnapshot;
import org.carebudget.money.store.StoredEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The journal store's contract on H2 and PostgreSQL: each append all or nothing; a refused one writes nothing. */
class JdbcJournalStoreTest {

    static final CarePackageId PKG = CarePackageId.of("pkg-1");
    static final CarePackageId OTHER = CarePackageId.of("pkg-2");

    /** Events numbered and chained from a head, with the state hash on the last. */
    static List<StoredEvent> events(JournalHead from, int count) {
        List<StoredEvent> events = new ArrayList<>();
        JournalHead at = from;
        for (int i = 0; i < count; i++) {
            StoredEvent event = at.next("transfer", "{\"n\":" + (at.sequence() + 1) + "}",
                    i == count - 1 ? "ab".repeat(32) : null);
            events.add(event);
            at = JournalHead.after(event);
        }
        return events;
    }

    static JournalHead appended(JdbcJournalStore store, JournalHead head, int count) {
        AppendResult result = store.append(head, events(head, count));
        return assertInstanceOf(AppendResult.Appended.class, result, result::toString).head();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAppends_thenLoadReturnsThemInOrderWithTheirChain(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            JournalHead head = appended(store, JournalHead.empty(PKG), 3);
            head = appended(store, head, 2);

            List<StoredEvent> loaded = store.load(PKG, 1);
            assertEquals(5, loaded.size());
            assertEquals(head, JournalChain.verify(JournalStoreException.CORRUPT, JournalHead.empty(PKG), loaded,
                    "journal"));
            assertEquals("{\"n\":4}", loaded.get(3).payload(), "payload kept verbatim");
            assertEquals(List.of(4L, 5L), store.load(PKG, 4).stream().map(StoredEvent::sequence).toList());
            assertEquals(List.of(), store.load(PKG, 6));
            assertEquals(List.of(), store.load(OTHER, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAStaleHead_thenConflictAndNothingWritten(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore first = db.store();
            JdbcJournalStore second = db.store();
            JournalHead seen = appended(first, JournalHead.empty(PKG), 2);
            appended(first, seen, 1);

            AppendResult result = second.append(seen, events(seen, 3));

            assertEquals(new AppendResult.Conflict(PKG, 2, 3), result);
            assertEquals(3, db.count("carebudget_journal"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenTwoWritersOfANewPackage_thenTheSecondConflicts(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            appended(store, JournalHead.empty(PKG), 1);

            assertEquals(new AppendResult.Conflict(PKG, 0, 1), store.append(JournalHead.empty(PKG),
                    events(JournalHead.empty(PKG), 1)));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAGap_thenRefusedNamingTheStoredHeadAndNothingWritten(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            JournalHead head = appended(store, JournalHead.empty(PKG), 2);
            JournalHead ahead = JournalHead.after(events(head, 3).get(2));

            JournalStoreException e = assertThrows(JournalStoreException.class,
                    () -> store.append(ahead, events(ahead, 1)));

            assertEquals("expectedSequence", e.field());
            assertEquals(JournalStoreException.Reason.INVALID_INPUT, e.reason());
            assertTrue(e.validValues().startsWith("0 - 2"), e::getMessage);
            assertEquals(2, db.count("carebudget_journal"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenEventsNotNumberedOnFromTheHead_thenRefusedAndNothingWritten(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            JournalHead head = appended(store, JournalHead.empty(PKG), 2);
            List<StoredEvent> skipping = events(JournalHead.after(events(head, 1).get(0)), 1);

            JournalStoreException e = assertThrows(JournalStoreException.class, () -> store.append(head, skipping));

            assertEquals("events[0].sequence", e.field());
            assertEquals("4", e.givenValue());
            assertEquals(2, db.count("carebudget_journal"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAnEventOfAnotherPackage_thenRefusedAndNothingWritten(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            List<StoredEvent> foreign = events(JournalHead.empty(OTHER), 1);

            JournalStoreException e = assertThrows(JournalStoreException.class,
                    () -> store.append(JournalHead.empty(PKG), foreign));

            assertEquals("events[0].carePackage", e.field());
            assertEquals("pkg-2", e.givenValue());
            assertEquals(0, db.count("carebudget_journal"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAnUnknownKind_thenRefusedAndNothingWritten(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            List<StoredEvent> unknown = List.of(JournalHead.empty(PKG).next("frobnicate", "{}", null));

            JournalStoreException e = assertThrows(JournalStoreException.class,
                    () -> store.append(JournalHead.empty(PKG), unknown));

            assertEquals("events[0].kind", e.field());
            assertEquals("frobnicate", e.givenValue());
            assertEquals("one of [account-opened, transfer]", e.validValues());
            assertEquals(0, db.count("carebudget_journal"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenABrokenLinkInsideABatch_thenRefusedAndNothingWritten(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            List<StoredEvent> batch = new ArrayList<>(events(JournalHead.empty(PKG), 3));
            StoredEvent second = batch.get(1);
            batch.set(1, StoredEvent.of(PKG, 2, "transfer", "{\"n\":99}", second.chainHash(), null));

            JournalStoreException e = assertThrows(JournalStoreException.class,
                    () -> store.append(JournalHead.empty(PKG), batch));

            assertEquals("events[1].chainHash", e.field());
            assertEquals(0, db.count("carebudget_journal"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAWriterWhoseChainDiverged_thenRefusedAndNothingWritten(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            JournalHead head = appended(store, JournalHead.empty(PKG), 2);
            JournalHead diverged = new JournalHead(PKG, 2, "cd".repeat(32));

            JournalStoreException e = assertThrows(JournalStoreException.class,
                    () -> store.append(diverged, events(diverged, 1)));

            assertEquals("expected.chainHash", e.field());
            assertTrue(e.validValues().startsWith(head.chainHash()), e::getMessage);
            assertEquals(2, db.count("carebudget_journal"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenManyWritersRacingForOneSequence_thenExactlyOneAppends(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore seed = db.store();
            JournalHead head = appended(seed, JournalHead.empty(PKG), 1);
            List<JdbcJournalStore> stores = List.of(db.store(), db.store(), db.store(), db.store());
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 20; round++) {
                    JournalHead from = head;
                    List<Callable<AppendResult>> writers = new ArrayList<>();
                    for (int w = 0; w < 8; w++) {
                        JdbcJournalStore store = stores.get(w % stores.size());
                        int writer = w;
                        List<StoredEvent> mine = List.of(from.next("transfer", "{\"writer\":" + writer + "}", null),
                                from.next("transfer", "{\"writer\":" + writer + "}", null));
                        List<StoredEvent> chained = List.of(mine.get(0), JournalHead.after(mine.get(0))
                                .next("transfer", "{\"writer\":" + writer + ",\"second\":true}", null));
                        writers.add(() -> store.append(from, chained));
                    }
                    List<AppendResult> results = new ArrayList<>();
                    for (Future<AppendResult> f : threads.invokeAll(writers)) {
                        results.add(f.get());
                    }
                    List<AppendResult> won = results.stream().filter(AppendResult::appended).toList();
                    assertEquals(1, won.size(), results::toString);
                    results.stream().filter(r -> !r.appended()).forEach(r -> assertTrue(
                            ((AppendResult.Conflict) r).storedSequence() >= from.sequence(), r::toString));
                    head = ((AppendResult.Appended) won.get(0)).head();
                }
            } finally {
                threads.shutdownNow();
            }
            List<StoredEvent> journal = seed.load(PKG, 1);
            assertEquals(41, journal.size());
            assertEquals(head, JournalChain.verify(JournalStoreException.CORRUPT, JournalHead.empty(PKG), journal,
                    "journal"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenPackages_thenListedInPagesInIdOrder(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            for (String id : List.of("b-2", "A-1", "a-1", "b-10", "Z")) {
                appended(store, JournalHead.empty(CarePackageId.of(id)), 2);
            }

            List<CarePackageId> first = store.carePackages(null, 3);
            List<CarePackageId> second = store.carePackages(first.get(2), 3);

            assertEquals(List.of("A-1", "Z", "a-1"), first.stream().map(CarePackageId::value).toList());
            assertEquals(List.of("b-10", "b-2"), second.stream().map(CarePackageId::value).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenSnapshots_thenTheLatestIsKeptAndOneNotMatchingARowIsRefused(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            JournalHead three = appended(store, JournalHead.empty(PKG), 3);
            JournalHead five = appended(store, three, 2);
            JournalSnapshot at3 = JournalSnapshot.of(PKG, 3, three.chainHash(), "ab".repeat(32), "f.v1", new byte[] {1});
            JournalSnapshot at5 = JournalSnapshot.of(PKG, 5, five.chainHash(), "ab".repeat(32), "f.v1",
                    new byte[] {1, 2});

            store.saveSnapshot(at3);
            store.saveSnapshot(at5);
            store.saveSnapshot(at5);

            assertEquals(at5, store.latestSnapshot(PKG).orElseThrow());
            assertEquals(1, db.count("carebudget_snapshot"));
            JournalSnapshot wrong = JournalSnapshot.of(PKG, 4, three.chainHash(), "ab".repeat(32), "f.v1",
                    new byte[] {1});
            JournalStoreException e = assertThrows(JournalStoreException.class, () -> store.saveSnapshot(wrong));
            assertEquals("snapshot", e.field());
            assertEquals(1, db.count("carebudget_snapshot"));
            assertTrue(store.latestSnapshot(OTHER).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenATornRow_thenLoadNamesItAsCorrupt(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            appended(store, JournalHead.empty(PKG), 3);
            db.execute("UPDATE carebudget_journal SET chain_hash = 'abc' WHERE seq = 2");

            JournalStoreException e = assertThrows(JournalStoreException.class, () -> store.load(PKG, 1));

            assertEquals(JournalStoreException.Reason.CORRUPT_JOURNAL, e.reason());
            assertEquals("journal pkg-1 #2.chainHash", e.field());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenADatabaseWithoutTheSchemaAndNoLeaveToCreateIt_thenRefusedNamingTheScript(Backend backend)
            throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JournalStoreException e = assertThrows(JournalStoreException.class,
                    () -> JdbcJournalStore.builder(db.pool()).createSchema(false).build());

            assertEquals("database schema version", e.field());
            assertEquals("none", e.givenValue());
            assertEquals(backend == Backend.H2 ? Dialect.H2 : Dialect.POSTGRESQL, db.store().dialect());
        }
    }
}
