package org.carebudget.jdbc;

import static org.carebudget.jdbc.Ledgers.DAY;
import static org.carebudget.jdbc.Ledgers.ICB;
import static org.carebudget.jdbc.Ledgers.PA;
import static org.carebudget.jdbc.Ledgers.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.ledger.TransferResult;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.store.JournalHead;
import org.carebudget.money.store.StoredEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The facade on H2 and PostgreSQL: restarts, idempotency, stale caches, eviction, tampering, snapshots. */
class DurableBudgetsTest {

    static final CarePackageId PKG = CarePackageId.of("pkg-42");

    static TransferResult receive(DurableBudgets budgets, long id, long pounds) {
        Applied<TransferResult> applied = budgets.apply(PKG, l -> l.receive(id, ICB, pounds(pounds), DAY));
        return assertInstanceOf(Applied.Done.class, applied, applied::toString).result() instanceof TransferResult r
                ? r : null;
    }

    static Gbp available(DurableBudgets budgets) {
        return budgets.read(PKG, l -> l.balance(ICB).available());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenARestart_thenTheLedgerLoadsWithTheSameHashAndBalances(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            DurableBudgets before = Ledgers.facade(db.store());
            Ledgers.open(before, PKG);
            receive(before, 1, 3000);
            before.apply(PKG, l -> l.spend(new SpendRequest(2, ICB, PA, SpendCategory.PA_WAGES, pounds(500), DAY)));
            String hash = before.read(PKG, BudgetLedger::hash);

            DurableBudgets after = Ledgers.facade(db.store());

            assertEquals(hash, after.read(PKG, BudgetLedger::hash));
            assertEquals(pounds(2500), available(after));
            assertEquals(1, after.stats().loads());
            assertEquals(List.of(PKG), after.carePackages(null, 10));
            // 4 openings (package, the funder's stream and account, the payee), a receipt, a spend
            assertEquals(new JournalHead(PKG, 6, db.store().load(PKG, 6).get(0).chainHash()), after.verify(PKG));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenTheSameTransferIdAfterARestart_thenItIsANoOpAndNothingIsStored(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            DurableBudgets first = Ledgers.facade(db.store());
            Ledgers.open(first, PKG);
            assertEquals(TransferResult.CREATED, receive(first, 1, 3000));
            long rows = db.count("carebudget_journal");

            DurableBudgets restarted = Ledgers.facade(db.store());
            Applied<TransferResult> again = restarted.apply(PKG, l -> l.receive(1, ICB, pounds(3000), DAY));

            Applied.Done<TransferResult> done = assertInstanceOf(Applied.Done.class, again);
            assertEquals(TransferResult.EXISTS, done.result());
            assertEquals(0, done.appended());
            assertEquals(rows, db.count("carebudget_journal"));
            assertEquals(pounds(3000), available(restarted));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAStaleCache_thenAnOperationThatRecordsNothingStillSeesTheOtherInstancesEvents(Backend backend)
            throws Exception {
        try (TestDatabase db = backend.fresh()) {
            DurableBudgets a = Ledgers.facade(db.store());
            DurableBudgets b = Ledgers.facade(db.store());
            Ledgers.open(a, PKG);
            assertEquals(Gbp.ZERO, available(a));
            assertEquals(Gbp.ZERO, available(b));
            receive(b, 1, 100);

            Applied<Gbp> seen = a.apply(PKG, l -> l.balance(ICB).available());
            assertEquals(pounds(100), ((Applied.Done<Gbp>) seen).result());
            assertEquals(2, seen.attempts(), "ran on the stale ledger, found newer events, ran again");
            // a resubmission on a stale cache is recognised as one, not recorded twice
            assertEquals(TransferResult.EXISTS, receive(a, 1, 100));
            receive(a, 2, 50);
            assertEquals(pounds(150), available(b));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAStaleCache_thenAnAppendConflictsIsRetriedAndLosesNothing(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            DurableBudgets a = Ledgers.facade(db.store());
            DurableBudgets b = Ledgers.facade(db.store());
            Ledgers.open(a, PKG);
            available(b);
            receive(a, 1, 100);

            Applied<TransferResult> applied = b.apply(PKG, l -> l.receive(2, ICB, pounds(10), DAY));

            assertEquals(2, applied.attempts());
            assertEquals(1, b.stats().conflicts());
            assertEquals(pounds(110), available(a));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAnOperationThatThrows_thenNothingIsStoredAndTheCacheIsDropped(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            DurableBudgets budgets = Ledgers.facade(db.store());
            Ledgers.open(budgets, PKG);
            long rows = db.count("carebudget_journal");

            LedgerException e = assertThrows(LedgerException.class, () -> budgets.apply(PKG, l -> {
                l.receive(1, ICB, pounds(10), DAY); // recorded in memory, then the operation fails
                return l.receive(1, ICB, pounds(20), DAY);
            }));

            assertEquals("transfer 1 amount", e.field(), e::getMessage);
            assertEquals(rows, db.count("carebudget_journal"));
            assertEquals(Gbp.ZERO, available(budgets), "the half-done operation is not in memory either");
            assertEquals(1, budgets.stats().loads(), "reloaded after the failure");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAReadThatRecords_thenRefusedAndNothingStored(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            DurableBudgets budgets = Ledgers.facade(db.store());
            Ledgers.open(budgets, PKG);

            JournalStoreException e = assertThrows(JournalStoreException.class,
                    () -> budgets.read(PKG, l -> l.receive(1, ICB, pounds(10), DAY)));

            assertEquals("query", e.field());
            assertEquals(Gbp.ZERO, available(budgets));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAPackageOpenedTwice_thenTheSecondIsAConflictAndAnUnknownOneIsAnError(Backend backend)
            throws Exception {
        try (TestDatabase db = backend.fresh()) {
            DurableBudgets budgets = Ledgers.facade(db.store());
            Ledgers.open(budgets, PKG);

            Applied<Void> twice = Ledgers.facade(db.store()).open(PKG, DAY, Ledgers::setUp);
            JournalStoreException unknown = assertThrows(JournalStoreException.class,
                    () -> budgets.apply(CarePackageId.of("nope"), BudgetLedger::hash));

            assertFalse(twice.done());
            assertEquals(0, ((Applied.Conflicted<Void>) twice).conflict().expectedSequence());
            assertEquals("carePackage", unknown.field());
            assertEquals("nope", unknown.givenValue());
        }
    }

    // ---- tampering: every edit of a stored row is found on load, naming the row

    static JournalStoreException loadAfter(TestDatabase db, String sql, Object... parameters) {
        DurableBudgets writer = Ledgers.facade(db.store());
        Ledgers.open(writer, PKG);
        receive(writer, 1, 3000);
        receive(writer, 2, 400);
        db.execute(sql, parameters);
        JournalStoreException e = assertThrows(JournalStoreException.class,
                () -> Ledgers.facade(db.store()).read(PKG, BudgetLedger::hash));
        assertEquals(JournalStoreException.Reason.CORRUPT_JOURNAL, e.reason(), e::getMessage);
        return e;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAnEditedAmount_thenTheChainNamesTheRow(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JournalStoreException e = loadAfter(db, "UPDATE carebudget_journal SET payload = REPLACE(payload"
                    + (backend == Backend.POSTGRESQL ? "::text" : "") + ", '£3000.00', '£3900.00')"
                    + (backend == Backend.POSTGRESQL ? "::json" : "") + " WHERE seq = 5");
            assertEquals("journal pkg-42[4].chainHash", e.field(), e::getMessage);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenARemovedRow_thenTheGapIsFound(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JournalStoreException e = loadAfter(db, "DELETE FROM carebudget_journal WHERE seq = 3");
            assertEquals("journal pkg-42[2].sequence", e.field());
            assertEquals("4", e.givenValue());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenATornPayload_thenTheChainNamesTheRow(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JournalStoreException e = loadAfter(db, "UPDATE carebudget_journal SET payload = '{\"type\":\"transfer\"}'"
                    + " WHERE seq = 6");
            assertEquals("journal pkg-42[5].chainHash", e.field());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAnUnknownKindWithARecomputedChain_thenTheCodecNamesTheKind(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            DurableBudgets writer = Ledgers.facade(db.store());
            Ledgers.open(writer, PKG);
            StoredEvent last = db.store().load(PKG, 4).get(0);
            StoredEvent odd = JournalHead.after(last).next("frobnicate", "{}", null);
            // written past the store's kind check, as a buggy writer or a newer version might
            JdbcJournalStore lax = JdbcJournalStore.builder(db.pool()).kinds(java.util.Set.of("frobnicate")).build();
            assertTrue(lax.append(JournalHead.after(last), List.of(odd)).appended());

            JournalStoreException e = assertThrows(JournalStoreException.class,
                    () -> Ledgers.facade(db.store()).read(PKG, BudgetLedger::hash));

            assertEquals("journal pkg-42 #5.kind", e.field());
            assertEquals("frobnicate", e.givenValue());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAJournalOfAnotherPackageStoredUnderThisOne_thenTheLoadSaysWhose(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            DurableBudgets other = Ledgers.facade(store);
            CarePackageId pkg7 = CarePackageId.of("pkg-7");
            Ledgers.open(other, pkg7);
            // copy pkg-7's events under pkg-42, re-chained so that the chain itself holds
            JournalHead head = JournalHead.empty(PKG);
            List<StoredEvent> copied = new java.util.ArrayList<>();
            for (StoredEvent event : store.load(pkg7, 1)) {
                StoredEvent row = head.next(event.kind(), event.payload(), event.stateHash());
                copied.add(row);
                head = JournalHead.after(row);
            }
            assertTrue(store.append(JournalHead.empty(PKG), copied).appended());

            JournalStoreException e = assertThrows(JournalStoreException.class,
                    () -> Ledgers.facade(db.store()).read(PKG, BudgetLedger::hash));

            assertEquals("journal pkg-42 #1", e.field());
            assertTrue(e.givenValue().contains("pkg-7"), e::getMessage);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenARowCopiedFromAnotherPackage_thenTheChainRefusesIt(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            Ledgers.open(Ledgers.facade(store), CarePackageId.of("pkg-7"));
            JournalStoreException e = loadAfter(db, "UPDATE carebudget_journal SET payload = (SELECT payload FROM"
                    + " carebudget_journal WHERE package_id = 'pkg-7' AND seq = 1), chain_hash = (SELECT chain_hash"
                    + " FROM carebudget_journal WHERE package_id = 'pkg-7' AND seq = 1) WHERE package_id = 'pkg-42'"
                    + " AND seq = 1");
            assertEquals("journal pkg-42[0].chainHash", e.field());
        }
    }

    // ---- snapshots

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenSnapshots_thenALoadReadsOnlyTheTailAndGivesTheSameLedger(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            DurableBudgets writer = DurableBudgets.builder(store).snapshots(store, 10).build();
            Ledgers.open(writer, PKG);
            for (int id = 1; id <= 25; id++) {
                receive(writer, id, id);
            }
            String hash = writer.read(PKG, BudgetLedger::hash);

            JdbcJournalStore restartedStore = db.store();
            DurableBudgets restarted = DurableBudgets.builder(restartedStore).snapshots(restartedStore, 10).build();

            assertEquals(hash, restarted.read(PKG, BudgetLedger::hash));
            assertEquals(1, restarted.stats().snapshotLoads());
            assertEquals(2, writer.stats().savedSnapshots(), "at events 10 and 20 of 29");
            assertEquals(20, restartedStore.latestSnapshot(PKG).orElseThrow().sequence());
            assertEquals(pounds(325), available(restarted));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenATamperedSnapshot_thenItIsIgnoredTheRowsAreReadAndVerifyFindsIt(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            DurableBudgets writer = DurableBudgets.builder(store).snapshots(store, 5).build();
            Ledgers.open(writer, PKG);
            receive(writer, 1, 3000);
            String hash = writer.read(PKG, BudgetLedger::hash);
            byte[] snapshot = store.latestSnapshot(PKG).orElseThrow().payload();
            // the last event is the receipt: its amount's lowest byte sits 28 bytes from the end
            // (then the date, the empty category, the reference, the expiry and the memo flag)
            snapshot[snapshot.length - 28] ^= 1;
            db.execute("UPDATE carebudget_snapshot SET payload = ?", (Object) snapshot);

            DurableBudgets restarted = DurableBudgets.builder(db.store()).snapshots(db.store(), 5).build();

            assertEquals(hash, restarted.read(PKG, BudgetLedger::hash));
            assertEquals(1, restarted.stats().rejectedSnapshots());
            assertEquals(0, restarted.stats().snapshotLoads());
            JournalStoreException e = assertThrows(JournalStoreException.class, () -> restarted.verify(PKG));
            assertEquals("snapshot pkg-42 #5.payload", e.field());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void givenAnEditedRowUnderASnapshot_thenTheLoadIsRightAndVerifyFindsTheEdit(Backend backend) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            JdbcJournalStore store = db.store();
            DurableBudgets writer = DurableBudgets.builder(store).snapshots(store, 5).build();
            Ledgers.open(writer, PKG);
            receive(writer, 1, 3000);
            receive(writer, 2, 1);
            db.execute("UPDATE carebudget_journal SET kind = 'transfer' WHERE seq = 1");

            DurableBudgets restarted = DurableBudgets.builder(db.store()).snapshots(db.store(), 5).build();

            assertEquals(pounds(3001), available(restarted), "the snapshot holds the events as written");
            JournalStoreException e = assertThrows(JournalStoreException.class, () -> restarted.verify(PKG));
            assertEquals("journal pkg-42[0].chainHash", e.field());
        }
    }
}
