package org.carebudget.money.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.hours.HoursKey;
import org.carebudget.core.hours.HoursKind;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.testing.ApiWalk;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.budget.FundingTerms;
import org.junit.jupiter.api.Test;

/** The returns package's public API walked with hostile arguments. */
class ReturnsApiWalkTest {

    static final DateRange Q1 = ReturnPeriods.financialQuarter(2026, 1);

    static BudgetLedger budget() {
        BudgetLedger budget = ReturnsScenario.open("pkg-1");
        budget.receive(TransferId.of(1), ReturnsScenario.NHS, Gbp.parse("£100"), ReturnsScenario.START);
        return budget;
    }

    @Test
    void givenHostileArguments_thenOnlyLedgerExceptionEscapesAndRefusedCallsChangeNothing() {
        BudgetLedger budget = budget();
        PeriodReturn q1 = PeriodReturns.of(budget, ReturnRequest.of(ReturnsScenario.NHS, Q1));
        HoursSummary hours = HoursSummary.builder(Q1).add(HoursKey.of(CarePackageId.of("pkg-1"), ReturnsScenario.NHS,
                PersonalAssistantId.of("pa-1"), HoursKind.DAY), 60, 50).build();
        ApiWalk.Result result = ApiWalk.of(LedgerException.class, LedgerException.class, "org.carebudget.money.returns")
                .sample(FunderId.class, ReturnsScenario.NHS)
                .sample(DateRange.class, Q1, DateRange.startingOn(LocalDate.of(2026, 4, 1)))
                .sample(BudgetLedger.class, budget)
                .sample(ReturnRequest.class, ReturnRequest.of(ReturnsScenario.NHS, Q1))
                .sample(PeriodReturn.class, q1)
                .sample(FundingTerms.class, ReturnsScenario.terms(ReturnsScenario.NHS))
                .sample(HoursSummary.class, hours)
                .sample(java.util.Collection.class, List.of(budget))
                .skip("org.carebudget.money.returns.ReturnsJacksonModule", "Jackson's own API, tested by its test")
                .instance(ReturnRequest.class, () -> ReturnRequest.of(ReturnsScenario.NHS, Q1), ReturnRequest::toString)
                .run();

        assertTrue(result.calls() > 50, result::toString);
        assertEquals(List.of(), result.violations(), result::toString);
    }
}
