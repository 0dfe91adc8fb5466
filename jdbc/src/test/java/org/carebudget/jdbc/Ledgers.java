package org.carebudget.jdbc;

import java.time.LocalDate;
import java.util.EnumSet;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.policy.SpendPolicy;

/** The budgets the tests store: one funder, one payee, receipts and spends. */
final class Ledgers {

    static final LocalDate DAY = LocalDate.of(2026, 4, 6);
    static final FunderId ICB = FunderId.of("nhs-icb");
    static final PayeeId PA = PayeeId.of("pa-1");

    private Ledgers() {
    }

    /** The setup of a new package: the funder and the payee. */
    static Void setUp(BudgetLedger ledger) {
        ledger.addFunder(ICB, EnumSet.of(SpendCategory.PA_WAGES), DAY);
        ledger.addPayee(PA, DAY);
        return null;
    }

    /** A facade over a store, approving every spend. */
    static DurableBudgets facade(org.carebudget.money.store.JournalStore store) {
        return DurableBudgets.builder(store).policy(SpendPolicy.none()).retries(50, java.time.Duration.ofMillis(5))
                .build();
    }

    /** Opens a package with its funder and payee. */
    static void open(DurableBudgets budgets, CarePackageId pkg) {
        Applied<Void> opened = budgets.open(pkg, DAY, Ledgers::setUp);
        if (!opened.done()) {
            throw new AssertionError("not opened: " + opened);
        }
    }

    /** A budget built in memory the same way, for comparison. */
    static BudgetLedger inMemory(CarePackageId pkg) {
        BudgetLedger ledger = BudgetLedger.open(pkg, DAY, SpendPolicy.none(), 14);
        setUp(ledger);
        return ledger;
    }

    static Gbp pounds(long pounds) {
        return Gbp.ofPence(pounds * 100);
    }
}
