package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amount texts as UK bank statements print them. */
class AmountTextTest {

    @ParameterizedTest(name = "{0} = {1} pence")
    @CsvSource(delimiter = '|', value = {
        "12.50|1250", "-12.50|-1250", "£1,234.56|123456", "-£0.05|-5", "£-0.05|-5", "+40|4000", "12.5|1250",
        "0.07|7", "GBP 3.00|300", "3.00 GBP|300", "1,000,000|100000000", " 7.10 |710",
        "10000000000000.00|1000000000000000"})
    void givenAnAmountText_thenItsPenceAreRead(String text, long pence) throws AmountText.Bad {
        assertEquals(pence, AmountText.pence(text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "1.234|TOO_MANY_DECIMALS", "€1.00|OTHER_CURRENCY", "1.00 EUR|OTHER_CURRENCY", "abc|INVALID_AMOUNT",
        "1,00|INVALID_AMOUNT", "1,0000|INVALID_AMOUNT", ",100|INVALID_AMOUNT", "1.|INVALID_AMOUNT",
        "--1|INVALID_AMOUNT", "10000000000000.01|INVALID_AMOUNT", "99999999999999|INVALID_AMOUNT",
        "1 000|INVALID_AMOUNT", "123456789012345678901234567890123|TOO_LONG", "£|INVALID_AMOUNT"})
    void givenABadAmountText_thenTheKindSaysWhy(String text, ImportProblem.Kind kind) {
        AmountText.Bad bad = assertThrows(AmountText.Bad.class, () -> AmountText.pence(text));

        assertEquals(kind, bad.kind);
    }
}
