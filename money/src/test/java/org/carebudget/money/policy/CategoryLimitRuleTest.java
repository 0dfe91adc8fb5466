package org.carebudget.money.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carebudget.money.SpendCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryLimitRuleTest {

    final SpendRule rule = new CategoryLimitRule(Plans.PLAN);

    @ParameterizedTest(name = "spent {0} + {1} held: {2}")
    @CsvSource({"0, 20000, false", "19999, 1, false", "19999, 2, true", "0, 20001, true"})
    void givenTrainingSpentInThePeriod_thenASpendOverTheLimitIsHeld(long spent, long amount,
            boolean held) {
        var history = StubHistory.empty().spent(SpendCategory.TRAINING, spent);

        assertEquals(held, rule.evaluate(Plans.spend(SpendCategory.TRAINING, amount), history).isPresent());
    }

    @ParameterizedTest(name = "spent {0}, held {1}, + {2}: {3}")
    @CsvSource({"10000, 9999, 1, false", "10000, 9999, 2, true", "0, 20000, 1, true"})
    void givenTrainingHeldForReviewInThePeriod_thenItCountsTowardsTheLimit(long spent, long held,
            long amount, boolean heldAgain) {
        var history = StubHistory.empty().spent(SpendCategory.TRAINING, spent).held(SpendCategory.TRAINING, held);

        assertEquals(heldAgain, rule.evaluate(Plans.spend(SpendCategory.TRAINING, amount), history).isPresent());
    }

    @Test
    void givenSpendsHeldInAnotherCategory_thenTheyDoNotCountTowardsThisOne() {
        var history = StubHistory.empty().held(SpendCategory.PA_WAGES, 1_000_000);

        assertEquals(false, rule.evaluate(Plans.spend(SpendCategory.TRAINING, 20_000), history).isPresent());
    }

    @Test
    void givenAnOverLimitSpend_thenTheMessageNamesPeriodTotalAndLimit() {
        var finding = rule.evaluate(Plans.spend(SpendCategory.TRAINING, 25_000), StubHistory.empty()).orElseThrow();

        assertEquals("TRAINING spending in 2026-04-06/2026-05-04, posted and held, would be £250.00, over the support plan's limit of"
                + " £200.00", finding.message());
    }

    @Test
    void givenACategoryOutsideThePlan_thenThisRuleLeavesItToTheOutsidePlanRule() {
        assertEquals(false, rule.evaluate(Plans.spend(SpendCategory.AGENCY_CARE, 10_000_000),
                StubHistory.empty()).isPresent());
    }
}
