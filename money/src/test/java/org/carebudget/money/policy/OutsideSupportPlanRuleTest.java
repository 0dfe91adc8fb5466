package org.carebudget.money.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carebudget.money.SpendCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutsideSupportPlanRuleTest {

    final SpendRule rule = new OutsideSupportPlanRule(Plans.PLAN);

    @ParameterizedTest(name = "{0} held: {1}")
    @CsvSource({"PA_WAGES, false", "TRAINING, false", "AGENCY_CARE, true", "EQUIPMENT_AND_ONE_OFF, true",
        "gym-membership, true"})
    void givenAPlanCoveringWagesAndTraining_thenOtherCategoriesAreHeld(String name,
            boolean held) {
        SpendCategory category = SpendCategory.of(name);
        var finding = rule.evaluate(Plans.spend(category, 100), StubHistory.empty());

        assertEquals(held, finding.isPresent());
        finding.ifPresent(f -> {
            assertEquals(SpendSeverity.HOLD, f.severity());
            assertEquals(category + " is not in the support plan, which covers [PA_WAGES, TRAINING]", f.message());
            assertTrue(f.source().citation().contains("Direct Payments"));
        });
    }
}
