package org.carebudget.money.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;
import org.junit.jupiter.api.Test;

class NewPayeeRuleTest {

    final SpendRule rule = new NewPayeeRule();

    @Test
    void given_a_payee_never_paid_then_the_first_payment_is_held() {
        var finding = rule.evaluate(Plans.spend(SpendCategory.PA_WAGES, 100), StubHistory.empty()).orElseThrow();

        assertEquals("first payment to payee pa-1 (£1.00)", finding.message());
        assertEquals(Severity.HOLD, finding.severity());
    }

    @Test
    void given_a_payee_paid_before_then_the_payment_passes() {
        assertTrue(rule.evaluate(Plans.spend(SpendCategory.PA_WAGES, 100),
                new StubHistory(1, Gbp.ofPence(100))).isEmpty());
    }
}
