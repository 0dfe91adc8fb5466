package org.carebudget.money.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnusualAmountRuleTest {

    final SpendRule rule = new UnusualAmountRule(3, 3);

    @ParameterizedTest(name = "{0} payments totalling {1}, then {2}: held {3}")
    @CsvSource({"3, 30000, 30000, false", "3, 30000, 30001, true", "2, 20000, 90000, false",
        "10, 100000, 30000, false", "10, 100000, 30001, true"})
    void givenAPayeeUsualAmount_thenAPaymentOverThreeTimesItIsHeld(long payments, long paid,
            long amount, boolean held) {
        var finding = rule.evaluate(Plans.spend(SpendCategory.PA_WAGES, amount),
                new StubHistory(payments, Gbp.ofPence(paid)));

        assertEquals(held, finding.isPresent());
    }

    @Test
    void givenAnUnusualAmount_thenTheMessageGivesTheUsualAmount() {
        var finding = rule.evaluate(Plans.spend(SpendCategory.PA_WAGES, 50_000),
                new StubHistory(4, Gbp.ofPence(40_000))).orElseThrow();

        assertEquals("£500.00 to payee pa-1 is more than 3 times the usual £100.00 (mean of 4 payments)",
                finding.message());
    }

    @Test
    void givenAMultipleBelowTwo_thenIsRejected() {
        LedgerException e = assertThrows(LedgerException.class, () -> new UnusualAmountRule(1, 3));
        assertEquals("Invalid value for multiple (valid values 2 - 100): 1", e.getMessage());
    }
}
