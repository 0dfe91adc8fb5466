package org.carebudget.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.Supplier;
import org.carebudget.core.InvalidValueException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Gbp against BigDecimal and BigInteger arithmetic, and its text and JSR-354 round trips. */
public class GbpProperties {

    private static final BigInteger MIN = BigInteger.valueOf(-Gbp.MAX_PENCE);
    private static final BigInteger MAX = BigInteger.valueOf(Gbp.MAX_PENCE);

    @Provide
    public Arbitrary<Long> pence() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-Gbp.MAX_PENCE, Gbp.MAX_PENCE),
                Arbitraries.longs().between(-100_000_000, 100_000_000),
                Arbitraries.longs().between(Gbp.MAX_PENCE - 1000, Gbp.MAX_PENCE),
                Arbitraries.longs().between(-Gbp.MAX_PENCE, -Gbp.MAX_PENCE + 1000));
    }

    @Provide
    Arbitrary<Long> outside() {
        return Arbitraries.oneOf(Arbitraries.longs().between(Gbp.MAX_PENCE + 1, Long.MAX_VALUE),
                Arbitraries.longs().between(Long.MIN_VALUE, -Gbp.MAX_PENCE - 1));
    }

    @Provide
    Arbitrary<Long> factors() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-100_000, 100_000));
    }

    private static boolean fits(BigInteger value) {
        return value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0;
    }

    /** The exact result if it is within ±Gbp.MAX_PENCE, else the module's exception naming the amount. */
    private static void assertExact(BigInteger exact, Supplier<Gbp> actual) {
        if (fits(exact)) {
            assertEquals(exact.longValueExact(), actual.get().pence());
        } else {
            InvalidValueException e = assertThrows(InvalidValueException.class, actual::get);
            assertEquals("amount", e.field());
        }
    }

    @Property
    void givenPenceOutsideTheRange_thenRefusedNamingTheRange(@ForAll("outside") long pence) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Gbp.ofPence(pence));
        assertEquals(pence + " pence", e.givenValue());
    }

    @Property
    void givenAnyAmount_thenParseOfToStringIsTheSameAmount(@ForAll("pence") long pence) {
        Gbp amount = Gbp.ofPence(pence);

        assertEquals(amount, Gbp.parse(amount.toString()));
        assertEquals(0, amount.toPounds().compareTo(new BigDecimal(amount.toString().replace("£", ""))));
    }

    @Property
    void givenAnyAmount_thenMonetaryAmountRoundTrips(@ForAll("pence") long pence) {
        Gbp amount = Gbp.ofPence(pence);

        assertEquals(amount, Gbp.of(amount.toMonetaryAmount()));
    }

    @Property
    void givenTwoAmounts_thenPlusAndMinusMatchBigDecimal(@ForAll("pence") long a, @ForAll("pence") long b) {
        Gbp x = Gbp.ofPence(a);
        Gbp y = Gbp.ofPence(b);

        assertExact(BigInteger.valueOf(a).add(BigInteger.valueOf(b)), () -> x.plus(y));
        assertExact(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)), () -> x.minus(y));
        BigDecimal sum = x.toPounds().add(y.toPounds());
        if (fits(sum.unscaledValue())) {
            assertEquals(sum, x.plus(y).toPounds());
        }
    }

    @Property
    void givenAmountAndFactor_thenTimesMatchesBigInteger(@ForAll("pence") long a, @ForAll("factors") long factor) {
        assertExact(BigInteger.valueOf(a).multiply(BigInteger.valueOf(factor)), () -> Gbp.ofPence(a).times(factor));
    }

    @Property
    void givenAmount_thenNegatedIsExact(@ForAll("pence") long a) {
        assertExact(BigInteger.valueOf(a).negate(), () -> Gbp.ofPence(a).negated());
    }

    @Property
    void givenRatio_thenTimesRatioRoundsTheExactQuotientAsAsked(@ForAll("pence") long a, @ForAll("factors") long numerator,
            @ForAll("factors") long denominator, @ForAll RoundingMode rounding) {
        Assume.that(denominator != 0 && rounding != RoundingMode.UNNECESSARY);
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(numerator));
        BigInteger d = BigInteger.valueOf(denominator);
        BigInteger[] qr = product.divideAndRemainder(d);
        boolean exact = qr[1].signum() == 0;
        boolean negative = product.signum() * d.signum() < 0;
        BigInteger floor = qr[0].subtract(!exact && negative ? BigInteger.ONE : BigInteger.ZERO);
        BigInteger ceiling = exact ? floor : floor.add(BigInteger.ONE);
        int twiceRemainderVsDivisor = qr[1].abs().shiftLeft(1).compareTo(d.abs());
        BigInteger towardZero = negative ? ceiling : floor;
        BigInteger awayFromZero = negative ? floor : ceiling;
        BigInteger want;
        switch (rounding) {
            case FLOOR:
                want = floor;
                break;
            case CEILING:
                want = ceiling;
                break;
            case DOWN:
                want = towardZero;
                break;
            case UP:
                want = awayFromZero;
                break;
            case HALF_UP:
                want = twiceRemainderVsDivisor >= 0 ? awayFromZero : towardZero;
                break;
            case HALF_DOWN:
                want = twiceRemainderVsDivisor > 0 ? awayFromZero : towardZero;
                break;
            default:
                want = twiceRemainderVsDivisor > 0 ? awayFromZero
                        : twiceRemainderVsDivisor < 0 ? towardZero : floor.testBit(0) ? ceiling : floor;
                break;
        }
        if (exact) {
            want = qr[0];
        }
        assertExact(want, () -> Gbp.ofPence(a).timesRatio(numerator, denominator, rounding));
    }

    @Property
    void givenAnyAmount_thenTheTextFormIsPoundsAndTwoDecimalsAsBigDecimalPrintsThem(@ForAll("pence") long pence) {
        String expected = (pence < 0 ? "-£" : "£") + BigDecimal.valueOf(pence, 2).abs().toPlainString();

        assertEquals(expected, Gbp.ofPence(pence).toString());
    }

    @Property
    void givenTwoAmounts_thenOrderMatchesPence(@ForAll("pence") long a, @ForAll("pence") long b) {
        assertEquals(Long.signum(Long.compare(a, b)), Integer.signum(Gbp.ofPence(a).compareTo(Gbp.ofPence(b))));
        assertTrue(Gbp.ofPence(a).equals(Gbp.ofPence(b)) == (a == b));
    }
}
