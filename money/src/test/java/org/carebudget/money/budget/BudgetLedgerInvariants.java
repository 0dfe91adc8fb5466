package org.carebudget.money.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.ledger.AccountBalance;
import org.carebudget.money.ledger.AccountOpened;
import org.carebudget.money.ledger.Ledger;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.ledger.TransferKind;

/**
 * The one invariant checker of a {@link BudgetLedger}, used by every test of it: money is conserved, no stream is
 * below zero on any date, the running totals (balances and the spend totals a decision reads) equal those derived
 * from the journal, and the ring-fence held.
 */
final class BudgetLedgerInvariants {

    private BudgetLedgerInvariants() {
    }

    static void check(BudgetLedger budget) {
        List<LedgerEvent> journal = budget.journal();
        Ledger ledger = Ledger.replay(journal);
        assertEquals(budget.hash(), ledger.hash(), "the journal replays to the same hash");
        moneyConserved(ledger);
        LocalDate last = budget.openedOn();
        for (LedgerEvent event : journal) {
            last = event.date().isAfter(last) ? event.date() : last;
        }
        for (FunderId funder : budget.funders()) {
            for (LocalDate day = budget.openedOn(); !day.isAfter(last.plusDays(2)); day = day.plusDays(1)) {
                assertTrue(budget.balance(funder, day).available().pence() >= 0, funder + " below zero on " + day);
            }
            assertEquals(budget.balance(funder, LocalDate.of(2200, 12, 31)), budget.balance(funder),
                    "running totals of " + funder + " differ from the journal's");
        }
        spendTotalsMatch(budget, journal, last);
        ringFenceHeld(budget, journal);
    }

    private static void moneyConserved(Ledger ledger) {
        long posted = 0;
        long pending = 0;
        for (int account = 0; account < ledger.accountCount(); account++) {
            AccountBalance balance = ledger.balance(account);
            posted += balance.creditsPosted() - balance.debitsPosted();
            pending += balance.creditsPending() - balance.debitsPending();
        }
        assertEquals(0, posted, "posted debits differ from posted credits");
        assertEquals(0, pending, "pending debits differ from pending credits");
    }

    /** The running spend totals against a plain scan of the journal, for every 7-day window and category. */
    private static void spendTotalsMatch(BudgetLedger budget, List<LedgerEvent> journal, LocalDate last) {
        Map<Integer, Boolean> streams = new HashMap<>();
        Map<Integer, AccountOpened> accounts = new HashMap<>();
        for (LedgerEvent event : journal) {
            if (event instanceof AccountOpened opened) {
                accounts.put(opened.account(), opened);
                streams.put(opened.account(), opened.code() == AccountRole.STREAM.code());
            }
        }
        List<SpendCategory> categories = new java.util.ArrayList<>(SpendCategory.standard());
        categories.add(null);
        java.util.Set<org.carebudget.money.TransferId> resolved = new java.util.HashSet<>();
        List<TransferEvent> spends = new java.util.ArrayList<>();
        List<Purpose> purposes = new java.util.ArrayList<>();
        for (LedgerEvent event : journal) {
            if (event instanceof TransferEvent t) {
                if (t.referenceId() != null && t.kind() != TransferKind.REVERSAL) {
                    resolved.add(t.referenceId());
                }
                Purpose purpose = budget.purposeOf(t);
                if (purpose.category() != null) {
                    if (!categories.contains(purpose.category())) {
                        categories.add(purpose.category());
                    }
                    spends.add(t);
                    purposes.add(purpose);
                }
            }
        }
        for (LocalDate start = budget.openedOn(); !start.isAfter(last); start = start.plusDays(7)) {
            DateRange week = DateRange.of(start, start.plusDays(7));
            for (SpendCategory category : categories) {
                long spent = 0;
                long committed = 0;
                for (int i = 0; i < spends.size(); i++) {
                    TransferEvent t = spends.get(i);
                    if (category != null && !category.equals(purposes.get(i).category())) {
                        continue;
                    }
                    long sign = streams.getOrDefault(t.debitAccount(), false) ? 1
                            : streams.getOrDefault(t.creditAccount(), false) ? -1 : 0;
                    long pence = sign * t.amount().pence();
                    boolean moves = t.kind() == TransferKind.TRANSFER || t.kind() == TransferKind.POST
                            || t.kind() == TransferKind.REVERSAL;
                    if (moves && week.contains(t.date())) {
                        spent += pence;
                        committed += pence;
                    }
                    if (t.kind() == TransferKind.PENDING && week.contains(t.date()) && !resolved.contains(t.id())) {
                        committed += pence;
                    }
                }
                assertEquals(Gbp.ofPence(spent), budget.spent(category, week), "spent " + category + " " + week);
                assertEquals(Gbp.ofPence(committed), budget.committed(category, week),
                        "committed " + category + " " + week);
            }
        }
    }

    /** Every spend out of a stream is of a funded category, or is the funder's approval of a held spend. */
    private static void ringFenceHeld(BudgetLedger budget, List<LedgerEvent> journal) {
        Map<Integer, FunderId> streams = new HashMap<>();
        for (LedgerEvent event : journal) {
            if (event instanceof AccountOpened opened && opened.code() == AccountRole.STREAM.code()) {
                streams.put(opened.account(), FunderId.of(opened.name()));
            }
            if (event instanceof TransferEvent t && t.kind() == TransferKind.TRANSFER
                    && streams.containsKey(t.debitAccount())) {
                Purpose purpose = budget.purposeOf(t);
                if (purpose.kind() == Purpose.Kind.SPEND) {
                    assertTrue(budget.funds(streams.get(t.debitAccount())).contains(purpose.category()),
                            streams.get(t.debitAccount()) + " paid for " + purpose.category() + " without review");
                }
            }
        }
    }
}
