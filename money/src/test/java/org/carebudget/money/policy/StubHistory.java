package org.carebudget.money.policy;

import java.util.HashMap;
import java.util.Map;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;

/**
 * A spend history given directly by a test: payments to one payee, and spending and held spends per category in any
 * period.
 */
final class StubHistory implements SpendHistory {

    private final long payments;
    private final Gbp paid;
    private final Map<SpendCategory, Gbp> spent = new HashMap<>();
    private final Map<SpendCategory, Gbp> held = new HashMap<>();

    StubHistory(long payments, Gbp paid) {
        this.payments = payments;
        this.paid = paid;
    }

    static StubHistory empty() {
        return new StubHistory(0, Gbp.ZERO);
    }

    StubHistory spent(SpendCategory category, long pence) {
        spent.put(category, Gbp.ofPence(pence));
        return this;
    }

    StubHistory held(SpendCategory category, long pence) {
        held.put(category, Gbp.ofPence(pence));
        return this;
    }

    @Override
    public long paymentsTo(PayeeId payee) {
        return payments;
    }

    @Override
    public Gbp paidTo(PayeeId payee) {
        return paid;
    }

    @Override
    public Gbp spent(SpendCategory category, DateRange period) {
        return total(spent, category);
    }

    @Override
    public Gbp committed(SpendCategory category, DateRange period) {
        return total(spent, category).plus(total(held, category));
    }

    private static Gbp total(Map<SpendCategory, Gbp> amounts, SpendCategory category) {
        if (category != null) {
            return amounts.getOrDefault(category, Gbp.ZERO);
        }
        return amounts.values().stream().reduce(Gbp.ZERO, Gbp::plus);
    }
}
