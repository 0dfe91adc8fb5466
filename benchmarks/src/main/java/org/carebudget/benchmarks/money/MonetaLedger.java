package org.carebudget.benchmarks.money;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.carebudget.money.SpendCategory;
import org.javamoney.moneta.Money;

/**
 * The baseline: the same postings as the engine ({@code Ledger.transfer}) with the same checks (idempotency by
 * transfer id, ring-fence category, debits not above credits), done the straightforward way with Moneta
 * {@link Money} balances, a {@code HashMap} keyed by boxed ids and one record per transfer. Not thread-safe.
 */
final class MonetaLedger {

    /** One recorded transfer. */
    record MoneyTransfer(long id, int debit, int credit, Money amount, LocalDate date, SpendCategory category) {
    }

    private final Money[] debits;
    private final Money[] credits;
    private final Map<Long, MoneyTransfer> transfers;

    MonetaLedger(int accounts, Money opening, int expectedTransfers) {
        transfers = new HashMap<>(expectedTransfers / 3 * 4 + 1);
        debits = new Money[accounts];
        credits = new Money[accounts];
        Money zero = Money.of(0, "GBP");
        for (int i = 0; i < accounts; i++) {
            debits[i] = zero;
            credits[i] = opening;
        }
    }

    /** Returns 0 when created, 1 when the same id exists, 2 when refused. */
    int transfer(long id, int debit, int credit, Money amount, LocalDate date, SpendCategory category) {
        MoneyTransfer existing = transfers.get(id);
        if (existing != null) {
            return existing.amount().isEqualTo(amount) ? 1 : 2;
        }
        if (category == SpendCategory.CONTINGENCY) {
            return 2;
        }
        if (credits[debit].subtract(debits[debit]).isLessThan(amount)) {
            return 2;
        }
        debits[debit] = debits[debit].add(amount);
        credits[credit] = credits[credit].add(amount);
        transfers.put(id, new MoneyTransfer(id, debit, credit, amount, date, category));
        return 0;
    }
}
