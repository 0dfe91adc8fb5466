package org.carebudget.money.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;
import org.junit.jupiter.api.Test;

class NewPayeeRuleTest {

    final SpendRule rule = new NewPayeeRule();

    @Test
    void givenAPayeeNeverPaid_thenTheFirstPaymentIsHeld() {
        var finding = rule.evaluate(Plans.spend(SpendCategory.PA_WAGES, 100), StubHistory.empty()).orElseThrow();

        assertEquals("first payment to payee pa-1 (£1.00)", finding.message());
        assertEquals(SpendSeverity.HOLD, finding.severity());
    }

    @Test
    void givenAPayeePaidBefore_thenThePaymentPasses() {
        assertTrue(rule.evaluate(Plans.spend(SpendCategory.PA_WAGES, 100),
                new StubHistory(1, Gbp.ofPence(100))).isEmpty());
    }
}
