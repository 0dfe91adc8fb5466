package org.carebudget.jdbc;

import static org.carebudget.jdbc.Ledgers.DAY;
import static org.carebudget.jdbc.Ledgers.ICB;
import static org.carebudget.jdbc.Ledgers.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.ledger.TransferResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A crash in the middle of an append: the store's connection is killed from another session (as a database restart,
 * a network cut or an administrator would) just before the inserts or between the inserts and the commit. The
 * database keeps nothing of the append, the facade's memory does not run ahead of it, and the operation applies
 * cleanly when submitted again.
 */
class CrashTest {

    static final CarePackageId PKG = CarePackageId.of("pkg-crash");

    /** One receipt, or a batch of 100 in one operation (one append of 100 events). */
    static Object receipts(BudgetLedger ledger, int count) {
        Object last = null;
        for (int i = 0; i < count; i++) {
            last = ledger.receive(100 + i, ICB, pounds(1), DAY);
        }
        return last;
    }

    @ParameterizedTest
    @CsvSource({"H2, prepareStatement, 1", "H2, commit, 1", "H2, commit, 100",
        "POSTGRESQL, prepareStatement, 1", "POSTGRESQL, commit, 1", "POSTGRESQL, commit, 100"})
    void givenTheConnectionKilledMidAppend_thenNothingIsStoredAndTheNextLoadIsConsistent(Backend backend,
            String killedBefore, int events) throws Exception {
        try (TestDatabase db = backend.fresh()) {
            TestPool pool = db.pool();
            DurableBudgets budgets = Ledgers.facade(JdbcJournalStore.create(pool));
            Ledgers.open(budgets, PKG);
            budgets.apply(PKG, l -> l.receive(1, ICB, pounds(50), DAY));
            String before = budgets.read(PKG, BudgetLedger::hash);
            long rows = db.count("carebudget_journal");
            AtomicBoolean armed = new AtomicBoolean(true);
            pool.onCall((method, connection) -> {
                if (method.equals(killedBefore) && armed.getAndSet(false)) {
                    try {
                        db.kill(db.sessionOf(connection));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });

            JournalStoreException crash = assertThrows(JournalStoreException.class,
                    () -> budgets.apply(PKG, l -> receipts(l, events)));

            assertEquals(JournalStoreException.Reason.DATABASE, crash.reason(), crash::getMessage);
            assertTrue(crash.sqlState() != null, crash::getMessage);
            assertEquals(rows, db.count("carebudget_journal"), "nothing of the append is stored");
            DurableBudgets restarted = Ledgers.facade(db.store());
            assertEquals(before, restarted.read(PKG, BudgetLedger::hash), "the next load is consistent");
            restarted.verify(PKG);
            assertEquals(before, budgets.read(PKG, BudgetLedger::hash), "memory did not run ahead of the database");
            assertEquals(1, budgets.stats().loads(), "opened in memory, then dropped after the crash and loaded");

            Applied<Object> again = budgets.apply(PKG, l -> receipts(l, events));
            assertEquals(TransferResult.CREATED, ((Applied.Done<Object>) again).result());
            assertEquals(events, ((Applied.Done<Object>) again).appended());
            assertEquals(pounds(50 + events), restarted.read(PKG, l -> l.balance(ICB).available()));
        }
    }
}
