package org.carebudget.money.budget;

import java.util.ArrayList;
import java.util.List;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.policy.SpendHistory;
import org.carebudget.money.policy.SpendRequest;
import org.jspecify.annotations.Nullable;

/**
 * A budget's history as seen by one spend of a linked batch. Spending totals ({@link #spent}, {@link #committed})
 * are what was recorded before the batch plus the batch's earlier spends, so that two spends which pass a limit
 * alone but not together are caught (whichever comes second, the limit's rule fires). A payee's payments
 * ({@link #paymentsTo}, {@link #paidTo}) are those recorded before the batch only: what a payee is usually paid, and
 * whether they are new, are facts about the past, and counting the batch's own spends would make the decision depend
 * on the order of the batch (a 7p payment after a 1p payment in the same run is not "unusual" for a payee paid
 * nothing before). Not thread-safe: lives inside one synchronized batch decision.
 */
final class BatchHistory implements SpendHistory {

    private final SpendHistory recorded;
    private final List<SpendRequest> earlier = new ArrayList<>();

    BatchHistory(SpendHistory recorded) {
        this.recorded = recorded;
    }

    /** Counts {@code request} as part of the history for the spends after it. */
    void add(SpendRequest request) {
        earlier.add(request);
    }

    @Override
    public long paymentsTo(@Nullable PayeeId payee) {
        return recorded.paymentsTo(payee);
    }

    @Override
    public Gbp paidTo(@Nullable PayeeId payee) {
        return recorded.paidTo(payee);
    }

    @Override
    public Gbp spent(@Nullable SpendCategory category, DateRange period) {
        return recorded.spent(category, period).plus(earlier(category, period));
    }

    @Override
    public Gbp committed(@Nullable SpendCategory category, DateRange period) {
        return recorded.committed(category, period).plus(earlier(category, period));
    }

    private Gbp earlier(@Nullable SpendCategory category, DateRange period) {
        Gbp total = Gbp.ZERO;
        for (SpendRequest request : earlier) {
            if ((category == null || request.category().equals(category)) && period.contains(request.date())) {
                total = total.plus(request.amount());
            }
        }
        return total;
    }
}
