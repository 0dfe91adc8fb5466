package org.carebudget.money.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carebudget.money.SpendCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutsideSupportPlanRuleTest {

    final SpendRule rule = new OutsideSupportPlanRule(Plans.PLAN);

    @ParameterizedTest(name = "{0} held: {1}")
    @CsvSource({"PA_WAGES, false", "TRAINING, false", "AGENCY_CARE, true", "EQUIPMENT_AND_ONE_OFF, true"})
    void given_a_plan_covering_wages_and_training_then_other_categories_are_held(SpendCategory category,
            boolean held) {
        var finding = rule.evaluate(Plans.spend(category, 100), StubHistory.empty());

        assertEquals(held, finding.isPresent());
        finding.ifPresent(f -> {
            assertEquals(Severity.HOLD, f.severity());
            assertEquals(category + " is not in the support plan, which covers [PA_WAGES, TRAINING]", f.message());
            assertTrue(f.source().citation().contains("Direct Payments"));
        });
    }
}
