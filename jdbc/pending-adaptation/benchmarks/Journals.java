package org.carebudget.benchmarks.jdbc;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.jdbc.DurableBudgets;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.store.InMemoryJournalStore;
import org.carebudget.money.store.StoredEvent;

/** Realistic journals: a funder, a payee, then receipts and spends alternating. */
final class Journals {

    static final LocalDate DAY = LocalDate.of(2026, 4, 6);
    static final FunderId ICB = FunderId.of("nhs-icb");
    static final PayeeId PA = PayeeId.of("pa-1");
    /** Events one append of the setup holds (the store takes up to 10,000). */
    static final int CHUNK = 9_000;

    private Journals() {
    }

    static Void setUp(BudgetLedger ledger) {
        ledger.addFunder(ICB, EnumSet.of(SpendCategory.PA_WAGES), DAY);
        ledger.addPayee(PA, DAY);
        return null;
    }

    /** Records transfers {@code from} to {@code to - 1}: a receipt of £100 for odd ids, a spend of £50 for even. */
    static Void transfers(BudgetLedger ledger, long from, long to) {
        for (long id = from; id < to; id++) {
            if (id % 2 == 1) {
                ledger.receive(id, ICB, Gbp.ofPence(10_000), DAY);
            } else {
                ledger.spend(new SpendRequest(id, ICB, PA, SpendCategory.PA_WAGES, Gbp.ofPence(5_000), DAY));
            }
        }
        return null;
    }

    /** Stores a package of {@code events} events (4 openings, then transfers), in appends of {@link #CHUNK}. */
    static void store(DurableBudgets budgets, CarePackageId pkg, int events) {
        int transfers = events - 4;
        long next = 1;
        long first = Math.min(transfers, CHUNK - 4) + 1;
        long end = first;
        budgets.open(pkg, DAY, ledger -> {
            setUp(ledger);
            return transfers(ledger, 1, end);
        });
        next = first;
        while (next <= transfers) {
            long from = next;
            long to = Math.min(transfers + 1L, from + CHUNK);
            budgets.apply(pkg, ledger -> transfers(ledger, from, to));
            next = to;
        }
    }

    /** The stored payloads of a short real journal: transfer events as the store receives them. */
    static List<StoredEvent> samplePayloads() {
        InMemoryJournalStore memory = new InMemoryJournalStore();
        CarePackageId pkg = CarePackageId.of("sample");
        store(DurableBudgets.builder(memory).build(), pkg, 204);
        return memory.load(pkg, 5);
    }
}
