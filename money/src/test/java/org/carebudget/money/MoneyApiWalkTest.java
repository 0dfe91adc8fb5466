package org.carebudget.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.testing.ApiWalk;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.budget.FundingTerms;
import org.carebudget.money.budget.LedgerRegistry;
import org.carebudget.money.budget.ReceiptSchedule;
import org.carebudget.money.ledger.AccountRequest;
import org.carebudget.money.ledger.Ledger;
import org.carebudget.money.ledger.TransferRequest;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;
import org.junit.jupiter.api.Test;

/** The money module's public API (all but {@code reconcile}) walked with hostile arguments. */
class MoneyApiWalkTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 6);
    static final FunderId NHS = FunderId.of("icb");
    static final PayeeId PA = PayeeId.of("pa-1");
    static final SupportPlanBudget PLAN = SupportPlanBudget.startingOn(DAY).limit(SpendCategory.PA_WAGES,
            Gbp.ofPence(100_000)).periodLimit(Gbp.ofPence(100_000)).fundedBy(NHS, Gbp.ofPence(50_000)).build();

    static BudgetLedger budget() {
        BudgetLedger budget = BudgetLedger.open(CarePackageId.of("pkg-1"), DAY, SpendPolicy.standard(PLAN),
                Period.ofDays(7));
        budget.addFunder(NHS, Set.of(SpendCategory.PA_WAGES), DAY);
        budget.addPayee(PA, DAY);
        budget.receive(TransferId.of(1), NHS, Gbp.ofPence(100_000), DAY);
        return budget;
    }

    static Ledger ledger() {
        Ledger ledger = Ledger.create();
        ledger.openAccount(AccountRequest.of(1, "a", DAY).ringFencedFor(Set.of(1)));
        ledger.openAccount(AccountRequest.of(1, "b", DAY));
        ledger.transfer(1, 1, 0, 1000, DAY, 1);
        return ledger;
    }

    @Test
    void givenHostileArguments_thenOnlyLedgerExceptionEscapesAndRefusedCallsChangeNothing() {
        ApiWalk.Result result = ApiWalk.of(LedgerException.class, LedgerException.class, "org.carebudget.money",
                        "org.carebudget.money.ledger", "org.carebudget.money.policy", "org.carebudget.money.budget")
                .sample(Gbp.class, Gbp.ofPence(1250))
                .sample(TransferId.class, TransferId.of(1))
                .sample(FunderId.class, NHS)
                .sample(PayeeId.class, PA)
                .sample(CarePackageId.class, CarePackageId.of("pkg-9"))
                .sample(SpendCategory.class, SpendCategory.PA_WAGES)
                .sample(DateRange.class, DateRange.of(DAY, DAY.plusDays(28)))
                .sample(Period.class, Period.ofDays(7))
                .sample(Source.class, Source.of("a source", Status.CONFIRMED))
                .sample(SupportPlanBudget.class, PLAN)
                .sample(SpendPolicy.class, SpendPolicy.standard(PLAN))
                .sample(FundingTerms.class, FundingTerms.of(PLAN, NHS))
                .sample(ReceiptSchedule.class, ReceiptSchedule.of("s-1", NHS, Gbp.ofPence(100), DAY))
                .sample(SpendRequest.class, new SpendRequest(TransferId.of(2), NHS, PA, SpendCategory.PA_WAGES,
                        Gbp.ofPence(100), DAY))
                .sample(AccountRequest.class, AccountRequest.of(1, "c", DAY))
                .sample(TransferRequest.class, TransferRequest.transfer(TransferId.of(9), 1, 0, 10, DAY, 1))
                .sample(javax.money.MonetaryAmount.class, Gbp.ofPence(1250).toMonetaryAmount())
                .skip("org.carebudget.core.", "the kernel's inherited statics, walked by KernelApiWalkTest")
                .instance(BudgetLedger.class, MoneyApiWalkTest::budget, BudgetLedger::hash)
                .instance(Ledger.class, MoneyApiWalkTest::ledger, Ledger::hash)
                .instance(LedgerRegistry.class, LedgerRegistry::new, r -> r.carePackages().size())
                .run();

        assertTrue(result.calls() > 500, result::toString);
        assertEquals(List.of(), result.violations(), result::toString);
    }
}
