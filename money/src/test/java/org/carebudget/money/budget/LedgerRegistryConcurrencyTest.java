package org.carebudget.money.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.ArrayList;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.ledger.AccountBalance;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.junit.jupiter.api.Test;

class LedgerRegistryConcurrencyTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 6);
    static final FunderId NHS = FunderId.of("nhs-icb");
    static final FunderId COUNCIL = FunderId.of("council");
    static final int THREADS = 4;
    static final int OPS = 2_000;

    static BudgetLedger funded(LedgerRegistry registry, String id) {
        BudgetLedger budget = registry.open(CarePackageId.of(id), DAY, SpendPolicy.none(), java.time.Period.ofDays(7));
        budget.addFunder(NHS, java.util.Set.of(SpendCategory.PA_WAGES), DAY);
        budget.addFunder(COUNCIL, java.util.Set.of(SpendCategory.PA_WAGES, SpendCategory.AGENCY_CARE), DAY);
        for (int t = 0; t < THREADS; t++) {
            budget.addPayee(PayeeId.of("pa-" + t), DAY);
        }
        budget.receive(org.carebudget.money.TransferId.of(1), NHS, Gbp.ofPence(1_000_000_000), DAY);
        budget.receive(org.carebudget.money.TransferId.of(2), COUNCIL, Gbp.ofPence(1_000_000_000), DAY);
        return budget;
    }

    /** Thread {@code t}'s share of work on one budget: receipts, spends and a hold posted in part. */
    static void work(BudgetLedger budget, int t) {
        PayeeId payee = PayeeId.of("pa-" + t);
        for (int i = 0; i < OPS; i++) {
            long id = 1_000_000L * (t + 1) + i * 4L;
            FunderId funder = i % 2 == 0 ? NHS : COUNCIL;
            budget.receive(org.carebudget.money.TransferId.of(id), funder, Gbp.ofPence(100 + i), DAY);
            SpendDecision decision = budget.spend(new SpendRequest(org.carebudget.money.TransferId.of(id + 1), funder, payee, SpendCategory.PA_WAGES,
                    Gbp.ofPence(50 + i % 7), DAY)).decision();
            assertInstanceOf(SpendDecision.Approve.class, decision);
            if (i % 10 == 0) {
                budget.spendLinked(List.of(new SpendRequest(org.carebudget.money.TransferId.of(id + 2), funder, payee, SpendCategory.PA_WAGES,
                        Gbp.ofPence(10), DAY)));
                budget.reverse(org.carebudget.money.TransferId.of(id + 3), org.carebudget.money.TransferId.of(id + 2), DAY);
            }
        }
    }

    static List<AccountBalance> balances(BudgetLedger budget) {
        List<AccountBalance> balances = new ArrayList<>();
        balances.add(budget.balance(NHS, DAY));
        balances.add(budget.balance(COUNCIL, DAY));
        for (int t = 0; t < THREADS; t++) {
            balances.add(new AccountBalance(0, 0, 0, budget.paidTo(PayeeId.of("pa-" + t)).pence()));
        }
        return balances;
    }

    static void inParallel(List<Runnable> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (Runnable task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                task.run();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    @Test
    void givenThreadsPostingToOneBudgetGiveTheSameBalancesAsASequential_thenRun() throws Exception {
        LedgerRegistry registry = new LedgerRegistry();
        BudgetLedger sequential = funded(registry, "sequential");
        for (int t = 0; t < THREADS; t++) {
            work(sequential, t);
        }
        BudgetLedger shared = funded(registry, "shared");
        List<Runnable> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            tasks.add(() -> work(shared, thread));
        }

        inParallel(tasks);

        assertEquals(balances(sequential), balances(shared));
        assertEquals(sequential.journal().size(), shared.journal().size());
    }

    @Test
    void givenThreadsPostingToDifferentBudgetsGiveTheSameBalancesAsASequential_thenRun() throws Exception {
        LedgerRegistry registry = new LedgerRegistry();
        List<Runnable> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            BudgetLedger own = funded(registry, "own-" + t);
            int thread = t;
            tasks.add(() -> work(own, thread));
        }

        inParallel(tasks);

        for (int t = 0; t < THREADS; t++) {
            BudgetLedger sequential = funded(new LedgerRegistry(), "own-" + t);
            work(sequential, t);
            BudgetLedger parallel = registry.ledger(CarePackageId.of("own-" + t));
            assertEquals(balances(sequential), balances(parallel));
            assertEquals(sequential.hash(), parallel.hash());
        }
    }
}
