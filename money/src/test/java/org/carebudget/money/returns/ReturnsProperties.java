package org.carebudget.money.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;
import net.jqwik.api.statistics.StatisticsReport;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.budget.BudgetLedger;

/** Invariants of period returns over generated budgets. */
class ReturnsProperties {

    static final List<DateRange> QUARTERS = ReturnPeriods.financialYear(2026);

    @Provide
    Arbitrary<List<ReturnsScenario.Op>> ops() {
        return ReturnsScenario.ops(40);
    }

    @Property(tries = 200)
    @StatisticsReport(onFailureOnly = true)
    void givenAnyBudget_thenEveryQuarterlyReturnBalancesAndEqualsTheJournal(@ForAll("ops") List<ReturnsScenario.Op> ops) {
        BudgetLedger budget = ReturnsScenario.open("pkg-1");
        ReturnsScenario.apply(budget, ops, ReturnsScenario.START);

        boolean[] seen = new boolean[4];
        for (FunderId funder : ReturnsScenario.FUNDERS) {
            PeriodReturn previous = null;
            for (DateRange quarter : QUARTERS) {
                ReturnRequest request = ReturnRequest.of(funder, quarter).withTerms(ReturnsScenario.terms(funder));
                PeriodReturn r = PeriodReturns.of(budget, previous == null ? request : request.after(previous));
                PeriodReturnInvariants.check(r, budget);
                seen[0] |= !r.heldSpends().isEmpty();
                seen[1] |= r.reversalsIn().isPositive() || r.reversalsOut().isPositive();
                seen[2] |= r.refunds().isPositive();
                seen[3] |= r.clawbacks().isPositive();
                previous = r;
            }
        }
        List<String> labels = List.of("held", "reversals", "refunds", "clawbacks");
        for (int i = 0; i < labels.size(); i++) {
            Statistics.label(labels.get(i)).collect(seen[i]);
            Statistics.label(labels.get(i)).coverage(ReturnsProperties::everyFigureSometimes);
        }
    }

    private static void everyFigureSometimes(StatisticsCoverage coverage) {
        coverage.check(true).percentage(p -> p > 2);
    }

    @Property(tries = 200)
    void givenAnyDateRange_thenTheReturnBalancesAndEqualsTheJournal(@ForAll("ops") List<ReturnsScenario.Op> ops,
            @ForAll("days") int from, @ForAll("days") int length) {
        BudgetLedger budget = ReturnsScenario.open("pkg-1");
        ReturnsScenario.apply(budget, ops, ReturnsScenario.START);
        LocalDate start = ReturnsScenario.START.minusDays(30).plusDays(from);

        for (FunderId funder : ReturnsScenario.FUNDERS) {
            PeriodReturnInvariants.check(PeriodReturns.of(budget, ReturnRequest.of(funder,
                    DateRange.of(start, start.plusDays(length + 1L)))), budget);
        }
    }

    @Provide
    Arbitrary<Integer> days() {
        return net.jqwik.api.Arbitraries.integers().between(0, 200);
    }

    @Property(tries = 200)
    void givenBackDatedEntriesAfterAQuarterClosed_thenItsReturnIsIdenticalAndTheNextOneCatchesUp(
            @ForAll("ops") List<ReturnsScenario.Op> first, @ForAll("ops") List<ReturnsScenario.Op> later) {
        BudgetLedger budget = ReturnsScenario.open("pkg-1");
        ReturnsScenario.apply(budget, first, ReturnsScenario.START);
        DateRange q1 = QUARTERS.get(0);
        List<PeriodReturn> closed = new ArrayList<>();
        for (FunderId funder : ReturnsScenario.FUNDERS) {
            closed.add(PeriodReturns.of(budget, ReturnRequest.of(funder, q1)));
        }

        ReturnsScenario.apply(budget, later, q1.end().orElseThrow());

        for (PeriodReturn q1Return : closed) {
            PeriodReturn again = PeriodReturns.of(budget, ReturnRequest.of(q1Return.funder(), q1)
                    .knownThrough(q1Return.knownThrough()));
            assertEquals(q1Return, again);
            assertEquals(q1Return.csvLines(), again.csvLines());
            PeriodReturn q2 = PeriodReturns.of(budget, ReturnRequest.of(q1Return.funder(), QUARTERS.get(1))
                    .after(q1Return));
            PeriodReturnInvariants.check(q2, budget);
            assertEquals(q1Return.closingBalance(), q2.openingBalance());
            Statistics.label("adjusted").collect(!q2.priorPeriodAdjustments().isEmpty());
        }
        Statistics.label("adjusted").coverage(this::adjustedSometimes);
    }

    private void adjustedSometimes(StatisticsCoverage coverage) {
        coverage.check(true).percentage(p -> p > 5);
    }

    @Property(tries = 50)
    void givenACaseloadInAnyOrder_thenTheReturnsAreTheSameAndTheirTotalsEqualTheJournals(
            @ForAll("caseload") List<List<ReturnsScenario.Op>> packages, @ForAll long seed) {
        List<BudgetLedger> budgets = new ArrayList<>();
        for (int i = 0; i < packages.size(); i++) {
            BudgetLedger budget = ReturnsScenario.open("pkg-" + i);
            ReturnsScenario.apply(budget, packages.get(i), ReturnsScenario.START);
            budgets.add(budget);
        }
        List<BudgetLedger> shuffled = new ArrayList<>(budgets);
        Collections.shuffle(shuffled, new Random(seed));
        DateRange q1 = QUARTERS.get(0);

        CaseloadReturns inOrder = PeriodReturns.caseload(budgets, q1, null);
        CaseloadReturns reordered = PeriodReturns.caseload(shuffled, q1, null);

        assertEquals(inOrder, reordered);
        assertEquals(inOrder.totals(), reordered.totals());
        List<PeriodReturn> streamed = new ArrayList<>();
        assertEquals(inOrder.totals(), PeriodReturns.caseload(shuffled, q1, null, streamed::add));
        assertEquals(inOrder.returns(), streamed);
        assertEquals(budgets.size() * 2, inOrder.returns().size());
        for (FunderId funder : ReturnsScenario.FUNDERS) {
            long closing = 0;
            for (BudgetLedger budget : budgets) {
                closing += budget.balance(funder, q1.end().orElseThrow().minusDays(1)).posted().pence();
            }
            assertEquals(Gbp.ofPence(closing), inOrder.totals().get(funder).closingBalance());
        }
        for (PeriodReturn r : inOrder.returns()) {
            PeriodReturnInvariants.check(r, budgets.get(Integer.parseInt(r.carePackage().value().substring(4))));
            assertEquals(r, PeriodReturns.of(budgets.get(Integer.parseInt(r.carePackage().value().substring(4))),
                    ReturnRequest.of(r.funder(), q1)));
        }
    }

    @Provide
    Arbitrary<List<List<ReturnsScenario.Op>>> caseload() {
        return ReturnsScenario.ops(15).list().ofMinSize(1).ofMaxSize(6);
    }
}
