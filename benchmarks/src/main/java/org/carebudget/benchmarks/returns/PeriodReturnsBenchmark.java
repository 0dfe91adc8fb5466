package org.carebudget.benchmarks.returns;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.hours.HoursKey;
import org.carebudget.core.hours.HoursKind;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.ledger.AccountBalance;
import org.carebudget.money.ledger.Statement;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.returns.CaseloadReturns;
import org.carebudget.money.returns.PeriodReturns;
import org.carebudget.money.returns.ReturnPeriods;
import org.carebudget.money.returns.ReturnRequest;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Quarterly returns for a caseload of 1,000, 10,000 or 100,000 care packages, each with two funders and a quarter of
 * activity: a receipt per funder, thirteen weekly wage payments, an agency invoice held for review, a refund, and a
 * back-dated receipt from the quarter before; hours rostered and worked per funder. The returns of every package and
 * funder, with their hours and the funders' totals, against a side-by-side naive baseline that asks the ledger for
 * what a caller would otherwise add up itself (opening and closing balances as of a date and a statement per funder,
 * each a scan of the journal). The packages are generated deterministically in the trial's setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class PeriodReturnsBenchmark {

    private static final LocalDate OPENED = LocalDate.of(2026, 3, 1);
    private static final DateRange QUARTER = ReturnPeriods.financialQuarter(2026, 1);
    private static final FunderId NHS = FunderId.of("nhs-icb");
    private static final FunderId COUNCIL = FunderId.of("council");
    private static final PayeeId PA = PayeeId.of("pa-1");
    private static final PayeeId AGENCY = PayeeId.of("agency-1");
    private static final PersonalAssistantId PA_ID = PersonalAssistantId.of("pa-1");

    /** Care packages in the caseload. */
    @Param({"1000", "10000", "100000"})
    public int packages;

    private List<BudgetLedger> budgets;
    private HoursSummary hours;

    /** Builds the caseload's budgets and hours, the same for every run. */
    @Setup(Level.Trial)
    public void setUp() {
        budgets = new ArrayList<>(packages);
        HoursSummary.Builder builder = HoursSummary.builder(QUARTER);
        for (int p = 0; p < packages; p++) {
            CarePackageId id = CarePackageId.of("pkg-" + p);
            budgets.add(budget(id, p));
            builder.add(HoursKey.of(id, NHS, PA_ID, HoursKind.DAY), 13 * 1200, 13 * 1200 - p % 120);
            builder.add(HoursKey.of(id, COUNCIL, PA_ID, HoursKind.NIGHT), 13 * 300, 13 * 300);
        }
        hours = builder.build();
    }

    private static BudgetLedger budget(CarePackageId id, int p) {
        BudgetLedger budget = BudgetLedger.open(id, OPENED, SpendPolicy.none(), Period.ofDays(28));
        budget.addFunder(NHS, Set.of(SpendCategory.PA_WAGES), OPENED);
        budget.addFunder(COUNCIL, Set.of(SpendCategory.PA_WAGES, SpendCategory.TRAINING), OPENED);
        budget.addPayee(PA, OPENED);
        budget.addPayee(AGENCY, OPENED);
        long n = 1;
        budget.receive(TransferId.of(n++), NHS, Gbp.ofPence(900_000 + p % 1000), QUARTER.start());
        budget.receive(TransferId.of(n++), COUNCIL, Gbp.ofPence(300_000), QUARTER.start());
        for (int week = 0; week < 13; week++) {
            LocalDate payday = QUARTER.start().plusDays(7L * week + 4);
            budget.spend(new SpendRequest(TransferId.of(n++), NHS, PA, SpendCategory.PA_WAGES,
                    Gbp.ofPence(48_000 + week), payday));
            if (week % 4 == 0) {
                budget.spend(new SpendRequest(TransferId.of(n++), COUNCIL, PA, SpendCategory.PA_WAGES,
                        Gbp.ofPence(12_000), payday));
            }
        }
        budget.spend(new SpendRequest(TransferId.of(n++), COUNCIL, AGENCY, SpendCategory.AGENCY_CARE,
                Gbp.ofPence(15_000), QUARTER.start().plusDays(80)));
        budget.refund(TransferId.of(n++), PA, NHS, SpendCategory.PA_WAGES, Gbp.ofPence(2_500),
                QUARTER.start().plusDays(85));
        budget.receive(TransferId.of(n), COUNCIL, Gbp.ofPence(10_000), OPENED.plusDays(10));
        return budget;
    }

    /**
     * Every package's and funder's return for the quarter, with hours and the funders' totals.
     *
     * @return the returns
     */
    @Benchmark
    public CaseloadReturns caseloadReturns() {
        return PeriodReturns.caseload(budgets, QUARTER, hours);
    }

    /**
     * The same returns, with hours and totals, handed one by one to the caller as they are made and not kept
     * (the streaming form, for writing a large caseload to a file): no 200,000 returns held at once.
     *
     * @param sink the sink
     * @return the funders' totals
     */
    @Benchmark
    public Map<FunderId, CaseloadReturns.Totals> caseloadStreamed(Blackhole sink) {
        return PeriodReturns.caseload(budgets, QUARTER, hours, sink::consume);
    }

    /**
     * Each package's and funder's return asked one at a time through {@code PeriodReturns.of} (no hours) and
     * dropped.
     *
     * @param sink the sink
     */
    @Benchmark
    public void eachReturnAlone(Blackhole sink) {
        for (BudgetLedger budget : budgets) {
            for (FunderId funder : budget.funders()) {
                sink.consume(PeriodReturns.of(budget, ReturnRequest.of(funder, QUARTER)));
            }
        }
    }

    /**
     * The floor under {@link #caseloadReturns}: only reading every package's journal through the public
     * {@code BudgetLedger.journal()}, which builds each event as an immutable value.
     *
     * @param sink the sink
     */
    @Benchmark
    public void journalsOnly(Blackhole sink) {
        for (BudgetLedger budget : budgets) {
            sink.consume(budget.journal());
        }
    }

    /**
     * The naive baseline: per package and funder, the balance the day before and on the last day of the quarter and
     * a statement of the quarter, each read from the ledger by a scan of its journal.
     *
     * @param sink the sink
     */
    @Benchmark
    public void naiveLedgerQueries(Blackhole sink) {
        LocalDate before = QUARTER.start().minusDays(1);
        LocalDate last = QUARTER.end().orElseThrow().minusDays(1);
        for (BudgetLedger budget : budgets) {
            for (FunderId funder : budget.funders()) {
                AccountBalance opening = budget.balance(funder, before);
                AccountBalance closing = budget.balance(funder, last);
                Statement statement = budget.statement(funder, QUARTER);
                sink.consume(opening);
                sink.consume(closing);
                sink.consume(statement);
            }
        }
    }
}
