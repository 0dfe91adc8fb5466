package org.carebudget.core.money;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import org.carebudget.core.InvalidValueException;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GbpTest {

    private static final String FORM = "pounds with at most 2 decimal places and optional thousands separators";
    private static final String WHOLE_PENCE = "whole pence (at most 2 decimal places)";
    private static final String RANGE = "-1000000000000000 - 1000000000000000 pence";

    @ParameterizedTest(name = "\"{0}\" -> {1}p")
    @CsvSource({
        "12.50, 1250",
        "£12.50, 1250",
        "12.5, 1250",
        "£12, 1200",
        "0, 0",
        "£0.01, 1",
        "-£0.05, -5",
        "-0.05, -5",
        "-£0.00, 0",
        "007.10, 710",
        "£1234567.89, 123456789",
        "£10000000000000.00, 1000000000000000",
        "-£10000000000000, -1000000000000000",
    })
    void givenTextForm_thenParsedToPence(String text, long pence) {
        assertEquals(Gbp.ofPence(pence), Gbp.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "£", "-", "-£", "£-5", "--5", "+5", "+£5", "12.", ".5", "12.505", "£0.001", "12,50",
        "£ 12", " 12", "12 ", "1e3", "GBP 12", "12 GBP", "£12.50p", "$12.50", "€1", "£1,00", "١٢", "12.5.0"})
    void givenMalformedText_thenRejectedNamingFormAndText(String text) {
        assertInvalid(() -> Gbp.parse(text), "amount", FORM, text);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"10000000000000.01", "-£10000000000000.01", "£100000000000000000000",
        "92233720368547758.08"})
    void givenTextBeyondTenTrillionPounds_thenRejectedNotWrapped(String text) {
        assertInvalid(() -> Gbp.parse(text), "amount", RANGE);
    }

    @ParameterizedTest(name = "{0}p -> \"{1}\"")
    @CsvSource({
        "0, £0.00",
        "1, £0.01",
        "-1, -£0.01",
        "10, £0.10",
        "100, £1.00",
        "1250, £12.50",
        "-123456, -£1234.56",
        "1000000000000000, £10000000000000.00",
        "-1000000000000000, -£10000000000000.00",
    })
    void givenPence_thenTextFormIsPoundsWithTwoDecimals(long pence, String text) {
        Gbp amount = Gbp.ofPence(pence);

        assertEquals(text, amount.toString());
        assertEquals(amount, Gbp.parse(text));
        assertEquals(pence, amount.pence());
        assertEquals(BigDecimal.valueOf(pence, 2), amount.toPounds());
    }

    @Test
    void givenZeroPence_thenTheSharedZero() {
        assertSame(Gbp.ZERO, Gbp.ofPence(0));
        assertSame(Gbp.ZERO, Gbp.ofPence(5).minus(Gbp.ofPence(5)));
    }

    @ParameterizedTest(name = "{0} -> {1}p")
    @CsvSource({"12.5, 1250", "12.50, 1250", "12.500000, 1250", "-0.01, -1", "0.00, 0", "1E+2, 10000",
        "10000000000000.00, 1000000000000000"})
    void givenDecimalPounds_thenExactPence(BigDecimal pounds, long pence) {
        assertEquals(Gbp.ofPence(pence), Gbp.ofPounds(pounds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12.505, 12.505, whole pence", "0.001, 0.001, whole pence", "-0.009, -0.009, whole pence",
        "92233720368547758.08, 92233720368547758.08, pence (±", "1E+30, 1000000000000000000000000000000, pence (±"})
    void givenSubPennyOrHugeDecimal_thenRejectedNotRounded(BigDecimal pounds, String shown, String why) {
        assertInvalid(() -> Gbp.ofPounds(pounds), "amount", why, shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1E+1000000000, pence (±", "1E-1000000000, whole pence", "-1E+2147483647, pence (±",
        "1E-2147483647, whole pence"})
    void givenExtremeExponent_thenRejectedWithAShortMessage(String pounds, String why) {
        InvalidValueException e = assertInvalid(() -> Gbp.ofPounds(new BigDecimal(pounds)), "amount", why,
                pounds);

        assertTrue(e.getMessage().length() < 200, () -> e.getMessage().length() + " characters");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12.50, 1250", "12.5, 1250", "12.500, 1250", "-0.05, -5", "0, 0",
        "10000000000000.00, 1000000000000000", "-10000000000000, -1000000000000000"})
    void givenGbpMonetaryAmount_thenConvertedExactly(BigDecimal pounds, long pence) {
        assertEquals(Gbp.ofPence(pence), Gbp.of(Money.of(pounds, "GBP")));
    }

    @Test
    void givenFastMoneyInGbp_thenConverted() {
        assertEquals(Gbp.ofPence(1250), Gbp.of(FastMoney.of(new BigDecimal("12.50"), "GBP")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12.505", "0.001", "-0.0001", "12.50001"})
    void givenSubPennyMonetaryAmount_thenRejectedNotRounded(String pounds) {
        assertInvalid(() -> Gbp.of(Money.of(new BigDecimal(pounds), "GBP")), "amount", WHOLE_PENCE, pounds);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EUR", "USD", "JPY", "CHF"})
    void givenOtherCurrency_thenRejectedNamingIt(String currency) {
        assertInvalid(() -> Gbp.of(Money.of(BigDecimal.TEN, currency)), "amount.currency", "GBP", currency);
    }

    @ParameterizedTest(name = "{0}p")
    @ValueSource(longs = {0, 1, -1, 1250, -123456, Gbp.MAX_PENCE, -Gbp.MAX_PENCE})
    void givenAmount_thenMonetaryAmountRoundTripsExactly(long pence) {
        Gbp amount = Gbp.ofPence(pence);

        MonetaryAmount money = amount.toMonetaryAmount();

        assertEquals("GBP", money.getCurrency().getCurrencyCode());
        assertEquals(0, BigDecimal.valueOf(pence, 2).compareTo(money.getNumber().numberValueExact(BigDecimal.class)));
        assertEquals(amount, Gbp.of(money));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({"1, 2, 3", "-5, 5, 0", "999999999999999, 1, 1000000000000000",
        "-999999999999999, -1, -1000000000000000"})
    void givenTwoAmounts_thenPlusAndMinusAreExact(long a, long b, long sum) {
        assertEquals(Gbp.ofPence(sum), Gbp.ofPence(a).plus(Gbp.ofPence(b)));
        assertEquals(Gbp.ofPence(a), Gbp.ofPence(sum).minus(Gbp.ofPence(b)));
    }

    @Test
    void givenResultBeyondTenTrillionPounds_thenRefusedNamingTheAmountNotWrapping() {
        Gbp max = Gbp.MAX;
        Gbp min = Gbp.MIN;
        String range = "-1000000000000000 - 1000000000000000 pence";

        assertInvalid(() -> max.plus(Gbp.ofPence(1)), "amount", range, "1000000000000001 pence");
        assertInvalid(() -> min.minus(Gbp.ofPence(1)), "amount", range, "-1000000000000001 pence");
        assertInvalid(() -> min.plus(Gbp.ofPence(-1)), "amount", range);
        assertInvalid(() -> max.times(2), "amount", range, "2000000000000000 pence");
        assertInvalid(() -> max.times(Long.MAX_VALUE), "amount", range, "£10000000000000.00 x 9223372036854775807");
        assertInvalid(() -> min.times(Long.MIN_VALUE), "amount", range);
        assertInvalid(() -> Gbp.ofPence(-1).times(Long.MIN_VALUE), "amount", range);
        assertInvalid(() -> max.timesRatio(3, 2, RoundingMode.DOWN), "amount", range, "x 3 / 2");
        assertInvalid(() -> Gbp.ofPence(Long.MAX_VALUE), "amount", range, "9223372036854775807 pence");
        assertInvalid(() -> Gbp.ofPounds(new BigDecimal("1E+1000000000")), "amount", range, "1E+1000000000");
        assertEquals(max, min.negated());
    }

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({"1271, 8, 10168", "-5, 3, -15", "1250, 0, 0", "1, -1, -1", "500000000000000, 2, 1000000000000000"})
    void givenFactor_thenTimesIsExact(long pence, long factor, long product) {
        assertEquals(Gbp.ofPence(product), Gbp.ofPence(pence).times(factor));
    }

    @ParameterizedTest(name = "{0} x {1}/{2} {3} = {4}")
    @CsvSource({
        // £12.71 an hour for 450 minutes is £95.325
        "1271, 450, 60, HALF_UP, 9533",
        "1271, 450, 60, HALF_EVEN, 9532",
        "1271, 450, 60, HALF_DOWN, 9532",
        "1271, 450, 60, DOWN, 9532",
        "1271, 450, 60, UP, 9533",
        "1271, 450, 60, FLOOR, 9532",
        "1271, 450, 60, CEILING, 9533",
        "-1271, 450, 60, HALF_UP, -9533",
        "-1271, 450, 60, HALF_EVEN, -9532",
        "-1271, 450, 60, FLOOR, -9533",
        "-1271, 450, 60, CEILING, -9532",
        "-1271, 450, 60, DOWN, -9532",
        // 12.07% in basis points
        "100000, 1207, 10000, UNNECESSARY, 12070",
        "999, 1207, 10000, HALF_UP, 121",
        "999, 1207, 10000, DOWN, 120",
        // negative denominator, no intermediate overflow
        "100, 1, -3, HALF_UP, -33",
        "1000000000000000, 2, 2, UNNECESSARY, 1000000000000000",
        "1000000000000000, 9223372036854775807, 9223372036854775807, UNNECESSARY, 1000000000000000",
        "0, 5, 7, UNNECESSARY, 0",
    })
    void givenRatio_thenRoundedAsAsked(long pence, long numerator, long denominator, RoundingMode rounding, long result) {
        assertEquals(Gbp.ofPence(result), Gbp.ofPence(pence).timesRatio(numerator, denominator, rounding));
    }

    @Test
    void givenInexactRatioWithUnnecessaryRounding_thenRefusedNamingTheRounding() {
        assertInvalid(() -> Gbp.ofPence(1271).timesRatio(450, 60, RoundingMode.UNNECESSARY), "rounding",
                "other than UNNECESSARY", "£12.71 x 450 / 60");
    }

    @Test
    void givenBadArguments_thenRejectedNamingTheField() {
        Gbp amount = Gbp.ofPence(100);

        assertInvalid(() -> amount.timesRatio(1, 0, RoundingMode.HALF_UP), "denominator", "not 0", "0");
        assertInvalid(() -> amount.timesRatio(1, 2, null), "rounding", "not null");
        assertInvalid(() -> amount.plus(null), "other", "not null");
        assertInvalid(() -> amount.minus(null), "other", "not null");
        assertInvalid(() -> Gbp.parse(null), "amount", "not null");
        assertInvalid(() -> Gbp.ofPounds(null), "amount", "not null");
        assertInvalid(() -> Gbp.of(null), "amount", "not null");
        assertInvalid(() -> amount.allocate((long[]) null), "ratios", "not null");
    }

    @ParameterizedTest(name = "{0}p")
    @CsvSource({"-1, true, false, false", "0, false, true, false", "1, false, false, true",
        "-1000000000000000, true, false, false", "1000000000000000, false, false, true"})
    void givenAmount_thenSignTests(long pence, boolean negative, boolean zero, boolean positive) {
        Gbp amount = Gbp.ofPence(pence);

        assertEquals(negative, amount.isNegative());
        assertEquals(zero, amount.isZero());
        assertEquals(positive, amount.isPositive());
    }

    @Test
    void givenAmounts_thenOrderedByPence() {
        assertTrue(Gbp.ofPence(-1).compareTo(Gbp.ZERO) < 0);
        assertTrue(Gbp.MAX.compareTo(Gbp.MIN) > 0);
        assertEquals(0, Gbp.parse("£1").compareTo(Gbp.ofPence(100)));
        assertFalse(Gbp.ofPence(1).equals(Gbp.ofPence(-1)));
    }

    @Test
    void givenAmountSplitThreeWays_thenNoPennyLost() {
        assertArrayEquals(new Gbp[] {Gbp.ofPence(3334), Gbp.ofPence(3333), Gbp.ofPence(3333)},
                Gbp.parse("£100").allocate(1, 1, 1));
        assertArrayEquals(new Gbp[] {Gbp.ofPence(-34), Gbp.ofPence(-33), Gbp.ofPence(-33)},
                Gbp.parse("-£1").allocate(1, 1, 1));
    }

    @Test
    void givenSmallestAmount_thenAllocateLosesNoPenny() {
        assertArrayEquals(new Gbp[] {Gbp.ofPence(-500_000_000_000_000L), Gbp.ofPence(-500_000_000_000_000L)},
                Gbp.MIN.allocate(1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"£12,000;1200000", "£1,234.56;123456", "-£1,000,000.01;-100000001",
        "12,345;1234500", "£10,000,000,000,000.00;1000000000000000"})
    void givenThousandsSeparators_thenParsedAsBankFilesPrintThem(String text, long pence) {
        assertEquals(Gbp.ofPence(pence), Gbp.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"£1,23", "£12,0000", ",100", "£1,,000", "£1,000,", "1.234", "£1.2.3"})
    void givenMisplacedSeparators_thenRefused(String text) {
        assertInvalid(() -> Gbp.parse(text), "amount", "thousands separators");
    }

    @Test
    void givenTextLongerThanAnAmount_thenRefusedBeforeParsingAndCutInTheMessage() {
        String digits = "1".repeat(400_000);

        InvalidValueException e = assertInvalid(() -> Gbp.parse(digits), "amount", "at most 32 characters",
                "(400000 characters)");
        assertTrue(e.getMessage().length() < 300, e::getMessage);
    }
}
