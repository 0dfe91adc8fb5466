package org.carebudget.benchmarks.money;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One spend decision by the standard spend policy (outside the support plan, category and period limits, new
 * payee, unusual amount) against one care package's budget whose journal already holds 100, 1,000 or 10,000 spends:
 * the read path a vendor calls before paying a personal assistant. The rules read running totals per category and
 * period, so a decision should cost the same however long the package's history (a weekly payroll of three PAs adds about 160 spends a year).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class SpendDecisionBenchmark {

    private static final LocalDate OPENED = LocalDate.of(2026, 4, 6);
    private static final FunderId NHS = FunderId.of("nhs-icb");
    private static final int PAYEES = 10;
    private static final Gbp WAGES = Gbp.ofPence(48_000);

    /** Spends already in the budget's journal. */
    @Param({"100", "1000", "10000"})
    public int spends;

    private BudgetLedger budget;
    private SpendPolicy policy;
    private SpendRequest request;

    /** Builds the budget: one funder, ten payees, the spends spread over a year. */
    @Setup(Level.Trial)
    public void setUp() {
        Gbp yearly = Gbp.ofPence(Math.min(WAGES.pence() * spends * 2, org.carebudget.money.ledger.Ledger.MAX_AMOUNT_PENCE));
        SupportPlanBudget plan = SupportPlanBudget.startingOn(OPENED).everyWeeks(4).limit(SpendCategory.PA_WAGES, yearly)
                .periodLimit(yearly).build();
        policy = SpendPolicy.standard(plan);
        budget = BudgetLedger.open(CarePackageId.of("pkg-bench"), OPENED, SpendPolicy.none(), java.time.Period.ofDays(28));
        budget.addFunder(NHS, java.util.Set.of(SpendCategory.PA_WAGES), OPENED);
        for (int i = 0; i < PAYEES; i++) {
            budget.addPayee(PayeeId.of("pa-" + i), OPENED);
        }
        budget.receive(TransferId.of(1), NHS, yearly, OPENED);
        for (int i = 0; i < spends; i++) {
            budget.spend(new SpendRequest(TransferId.of(2 + i), NHS, PayeeId.of("pa-" + i % PAYEES), SpendCategory.PA_WAGES, WAGES,
                    OPENED.plusDays(i % 365)));
        }
        request = new SpendRequest(TransferId.of(10_000_000), NHS, PayeeId.of("pa-3"), SpendCategory.PA_WAGES, WAGES,
                OPENED.plusDays(200));
    }

    /**
     * Decides on a typical wages payment without recording it.
     *
     * @return the decision
     */
    @Benchmark
    public SpendDecision decide() {
        return policy.evaluate(request, budget);
    }
}
