package org.carebudget.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.testing.ApiWalk;
import org.carebudget.money.store.InMemoryJournalStore;
import org.carebudget.money.store.JournalHead;
import org.carebudget.money.store.JournalSnapshot;
import org.carebudget.money.store.JournalStore;
import org.carebudget.money.store.SnapshotStore;
import org.carebudget.money.store.StoredEvent;
import org.junit.jupiter.api.Test;

/**
 * The module's public API walked with hostile arguments: only {@link JournalStoreException} may come out. The walk
 * skips nested types (builders, results): {@link NestedTypesTest} covers them.
 */
class JdbcApiWalkTest {

    static final CarePackageId PKG = CarePackageId.of("pkg-1");

    @Test
    void givenHostileArguments_thenOnlyTheModuleExceptionEscapesAndNothingChanges() throws Exception {
        try (TestDatabase db = Backend.H2.fresh(); Connection connection = db.pool().getConnection()) {
            DataSource dataSource = db.pool();
            JdbcJournalStore seeded = JdbcJournalStore.create(dataSource);
            Ledgers.open(Ledgers.facade(seeded), PKG);
            InMemoryJournalStore memory = new InMemoryJournalStore();
            StoredEvent next = seeded.load(PKG, 4).get(0);
            JournalHead head = JournalHead.after(next);
            ApiWalk.Result result = ApiWalk.of(JournalStoreException.class, JournalStoreException.class,
                            "org.carebudget.jdbc")
                    .sample(CarePackageId.class, PKG)
                    .sample(LocalDate.class, Ledgers.DAY)
                    .sample(JournalHead.class, head)
                    .sample(StoredEvent.class, head.next("transfer", "{}", null))
                    .sample(JournalSnapshot.class, JournalSnapshot.of(PKG, 4, head.chainHash(), "ab".repeat(32),
                            "ledger-events.json.v1", new byte[] {'[', ']'}))
                    .sample(DataSource.class, dataSource)
                    .sample(Connection.class, connection)
                    .sample(JournalStore.class, memory)
                    .sample(SnapshotStore.class, memory)
                    .sample(Function.class, (Function<Object, Object>) ledger -> null)
                    .sample(JournalStoreException.class, new JournalStoreException("field", "valid", "given"))
                    .sample(Applied.class, new Applied.Done<>(null, head, 1, 0))
                    .skip("org.carebudget.core.InvalidValueException.", "core's own checks, inherited and walked in core")
                    .instance(JdbcJournalStore.class, () -> seeded, store -> store.load(PKG, 1))
                    .instance(DurableBudgets.class, () -> Ledgers.facade(seeded), budgets -> seeded.load(PKG, 1))
                    .run();

            assertTrue(result.calls() > 75, result::toString);
            assertEquals(List.of(), result.violations(), result::toString);
            assertEquals(List.of(), result.unwalked(), result::toString);
        }
    }
}
