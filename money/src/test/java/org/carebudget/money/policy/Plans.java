package org.carebudget.money.policy;

import java.time.LocalDate;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;

/** Test fixtures: a 4-weekly support plan and spends against it. */
final class Plans {

    static final LocalDate START = LocalDate.of(2026, 4, 6);
    static final SupportPlanBudget PLAN = SupportPlanBudget.startingOn(START).everyWeeks(4)
            .limit(SpendCategory.PA_WAGES, Gbp.ofPence(200_000)).limit(SpendCategory.TRAINING, Gbp.ofPence(20_000))
            .periodLimit(Gbp.ofPence(210_000)).build();

    private Plans() {
    }

    static SpendRequest spend(SpendCategory category, long pence) {
        return new SpendRequest(TransferId.of(1), FunderId.of("council"), PayeeId.of("pa-1"), category, Gbp.ofPence(pence),
                START.plusDays(10));
    }
}
