package org.carebudget.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.jdbc.Applied;
import org.carebudget.jdbc.DurableBudgets;
import org.carebudget.jdbc.JdbcJournalStore;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.budget.SpendOutcome;
import org.carebudget.money.ledger.TransferResult;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;
import org.carebudget.money.store.JournalHead;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A budget ledger that survives a restart: stored in an H2 database in a file (no server), one row per journal
 * event, reloaded and checked on the next start. The service "restarts" half-way (a new pool, store and facade on
 * the same file), and a receipt the payments system sends again after the restart is recognised as one already
 * recorded: nothing is stored twice.
 */
public final class DurableLedgerExample {

    private static final LocalDate START = LocalDate.of(2026, 4, 6);
    private static final CarePackageId PACKAGE = CarePackageId.of("pkg-42");
    private static final FunderId ICB = FunderId.of("nhs-icb");
    private static final FunderId COUNCIL = FunderId.of("council");
    private static final PayeeId PA = PayeeId.of("pa-7");

    private DurableLedgerExample() {
    }

    /**
     * Runs the example with its database under {@code target/durable-ledger-example}.
     *
     * @param args optionally, the directory for the database file
     */
    public static void main(String[] args) {
        run(Path.of(args.length > 0 ? args[0] : "target/durable-ledger-example"), System.out);
    }

    /**
     * Runs the example with a fresh database in a directory, printing to {@code out}.
     *
     * @param directory where the database file goes, not null; a database left there by an earlier run is replaced
     * @param out where to print, not null
     */
    public static void run(Path directory, PrintStream out) {
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("budgets");
        SpendPolicy policy = SpendPolicy.standard(new SupportPlanBudget(START, 4,
                java.util.Map.of(SpendCategory.PA_WAGES, Gbp.parse("£4000")), Gbp.parse("£4000")));

        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            dropAll(pool);
            JdbcJournalStore store = JdbcJournalStore.create(pool);            // creates the schema on first use
            DurableBudgets budgets = DurableBudgets.builder(store).policy(policy).snapshots(store, 50).build();

            budgets.open(PACKAGE, START, ledger -> {                            // one transaction: 6 events
                ledger.addFunder(ICB, EnumSet.of(SpendCategory.PA_WAGES), START);
                ledger.addFunder(COUNCIL, EnumSet.of(SpendCategory.PA_WAGES, SpendCategory.AGENCY_CARE), START);
                ledger.addPayee(PA, START);
                return null;
            });
            budgets.apply(PACKAGE, ledger -> ledger.receive(1, ICB, Gbp.parse("£3000"), START));
            Applied<SpendOutcome> wages = budgets.apply(PACKAGE, ledger -> ledger.spend(
                    new SpendRequest(10, ICB, PA, SpendCategory.PA_WAGES, Gbp.parse("£495.69"), START)));
            out.println("Budget " + PACKAGE + " stored in " + store.dialect() + " at " + directory);
            out.println("  wages to " + PA + ": " + decision(wages));
            budgets.apply(PACKAGE, ledger -> ledger.post(11, 10, Gbp.parse("£495.69"), START.plusDays(1)));
            out.println("  ICB available before the restart: " + budgets.read(PACKAGE,
                    ledger -> ledger.balance(ICB).available()));
        } finally {
            pool.dispose();
        }

        JdbcConnectionPool restartedPool = JdbcConnectionPool.create(url, "sa", "");  // the service restarts
        try {
            JdbcJournalStore store = JdbcJournalStore.create(restartedPool);
            DurableBudgets budgets = DurableBudgets.builder(store).policy(policy).snapshots(store, 50).build();
            Applied<TransferResult> resent = budgets.apply(PACKAGE,
                    ledger -> ledger.receive(1, ICB, Gbp.parse("£3000"), START));
            out.println("  after the restart, receipt 1 sent again: " + ((Applied.Done<TransferResult>) resent)
                    .result() + ", " + ((Applied.Done<TransferResult>) resent).appended() + " events stored");
            out.println("  ICB available after the restart: " + budgets.read(PACKAGE,
                    ledger -> ledger.balance(ICB).available()));
            JournalHead head = budgets.verify(PACKAGE);
            out.println("  journal: " + head.sequence() + " events, chain checked, head "
                    + head.chainHash().substring(0, 12) + "…, ledger hash " + budgets.read(PACKAGE,
                    BudgetLedger::hash).substring(0, 12) + "…");
        } finally {
            restartedPool.dispose();
        }
    }

    private static String decision(Applied<SpendOutcome> applied) {
        if (applied instanceof Applied.Done<SpendOutcome> done) {
            return done.result().decision().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
                    + " (" + done.appended() + " event stored)";
        }
        return "not stored: " + applied;
    }

    private static void dropAll(JdbcConnectionPool pool) {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");                                      // a fresh run each time
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not reset the example database", e);
        }
    }
}
