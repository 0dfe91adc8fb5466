package org.carebudget.money.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carebudget.money.SpendCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodLimitRuleTest {

    final SpendRule rule = new PeriodLimitRule(Plans.PLAN);

    @ParameterizedTest(name = "wages {0} + training {1} + {2} held: {3}")
    @CsvSource({"190000, 10000, 10000, false", "190000, 10000, 10001, true", "0, 0, 210001, true"})
    void givenSpendingInThePeriod_thenASpendOverThePeriodLimitIsHeld(long wages, long training,
            long amount, boolean held) {
        var history = StubHistory.empty().spent(SpendCategory.PA_WAGES, wages).spent(SpendCategory.TRAINING,
                training);

        var finding = rule.evaluate(Plans.spend(SpendCategory.PA_WAGES, amount), history);

        assertEquals(held, finding.isPresent());
        finding.ifPresent(f -> assertEquals(PeriodLimitRule.ID, f.ruleId()));
    }

    @ParameterizedTest(name = "wages {0} held + training {1} held + {2}: {3}")
    @CsvSource({"190000, 10000, 10000, false", "190000, 10000, 10001, true"})
    void givenSpendsHeldForReviewInAnyCategory_thenTheyCountTowardsThePeriodLimit(long wages,
            long training, long amount, boolean held) {
        var history = StubHistory.empty().held(SpendCategory.PA_WAGES, wages).held(SpendCategory.TRAINING, training);

        assertEquals(held, rule.evaluate(Plans.spend(SpendCategory.AGENCY_CARE, amount), history).isPresent());
    }
}
