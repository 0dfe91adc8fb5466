package org.carebudget.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import org.carebudget.core.InvalidValueException;
import org.javamoney.moneta.Money;

/**
 * An exact amount of pounds sterling, held as whole pence in a {@code long}; may be negative.
 *
 * <p>Arithmetic is exact and throws {@link ArithmeticException} on {@code long} overflow (amounts beyond
 * about £92 quadrillion). Conversion from a {@link MonetaryAmount} rejects any currency other than GBP and any
 * fraction of a penny rather than rounding it. The text form is {@code £12.50} or {@code -£0.05};
 * {@code parse(x.toString())} equals {@code x}. Immutable and thread-safe.
 *
 * @param pence the amount in pence
 */
public record Gbp(long pence) implements Comparable<Gbp> {

    /** Zero pounds. */
    public static final Gbp ZERO = new Gbp(0);

    private static final String CURRENCY = "GBP";
    private static final String FORM = "pounds with at most 2 decimal places, as 12.50, £12.50 or -£12.50";

    /**
     * Returns the amount of {@code pence} pence.
     *
     * @param pence the amount in pence, any value
     * @return the amount, not null
     */
    public static Gbp ofPence(long pence) {
        return pence == 0 ? ZERO : new Gbp(pence);
    }

    /**
     * Returns an exact amount of pounds given as a decimal.
     *
     * @param pounds the amount, not null, at most 2 decimal places (trailing zeros beyond are allowed)
     * @return the amount, not null
     * @throws InvalidValueException if {@code pounds} is null, has a fraction of a penny, or overflows a long of pence
     */
    public static Gbp ofPounds(BigDecimal pounds) {
        InvalidValueException.requireNonNull(pounds, "amount");
        try {
            return ofPence(pounds.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            // toPlainString of 1E+1000000000 would be a billion characters: only expand moderate exponents
            String shown = Math.abs((long) pounds.scale()) <= 40 ? pounds.toPlainString() : pounds.toString();
            throw new InvalidValueException("amount", "whole pence (at most 2 decimal places) within a long", shown);
        }
    }

    /**
     * Converts a JSR-354 amount at the API boundary.
     *
     * @param amount the amount, not null, in GBP, with no fraction of a penny
     * @return the amount, not null
     * @throws InvalidValueException if {@code amount} is null, not GBP, or has a fraction of a penny
     */
    public static Gbp of(MonetaryAmount amount) {
        InvalidValueException.requireNonNull(amount, "amount");
        String currency = amount.getCurrency().getCurrencyCode();
        if (!CURRENCY.equals(currency)) {
            throw new InvalidValueException("amount.currency", CURRENCY, currency);
        }
        return ofPounds(amount.getNumber().numberValueExact(BigDecimal.class));
    }

    /**
     * Parses the text form: an optional minus sign, an optional {@code £}, then pounds with at most two decimals.
     *
     * @param text the text, such as {@code "£12.50"}, {@code "-£0.05"} or {@code "12.5"}, not null
     * @return the amount, not null
     * @throws InvalidValueException if the text is null or malformed
     */
    public static Gbp parse(String text) {
        InvalidValueException.requireNonNull(text, "amount");
        boolean negative = text.startsWith("-");
        String body = negative ? text.substring(1) : text;
        body = body.startsWith("£") ? body.substring(1) : body;
        if (body.isEmpty() || !body.matches("[0-9]+(\\.[0-9]{1,2})?")) {
            throw new InvalidValueException("amount", FORM, text);
        }
        BigDecimal pounds = new BigDecimal(body);
        return ofPounds(negative ? pounds.negate() : pounds);
    }

    /**
     * Returns this amount as a JSR-354 {@link Money} in GBP.
     *
     * @return the amount, not null
     */
    public MonetaryAmount toMonetaryAmount() {
        return Money.of(toPounds(), CURRENCY);
    }

    /**
     * Returns this amount in pounds, with scale 2.
     *
     * @return the amount, not null
     */
    public BigDecimal toPounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    /**
     * Returns the sum.
     *
     * @param other the amount to add, not null
     * @return the sum, not null
     * @throws InvalidValueException if {@code other} is null
     * @throws ArithmeticException on overflow
     */
    public Gbp plus(Gbp other) {
        return ofPence(Math.addExact(pence, InvalidValueException.requireNonNull(other, "other").pence));
    }

    /**
     * Returns the difference.
     *
     * @param other the amount to subtract, not null
     * @return the difference, not null
     * @throws InvalidValueException if {@code other} is null
     * @throws ArithmeticException on overflow
     */
    public Gbp minus(Gbp other) {
        return ofPence(Math.subtractExact(pence, InvalidValueException.requireNonNull(other, "other").pence));
    }

    /**
     * Returns this amount times a whole number.
     *
     * @param factor the multiplier
     * @return the product, not null
     * @throws ArithmeticException on overflow
     */
    public Gbp times(long factor) {
        return ofPence(Math.multiplyExact(pence, factor));
    }

    /**
     * Returns this amount times {@code numerator / denominator}, rounded to a whole penny. Use it for a rate times
     * a quantity (an hourly rate times minutes worked / 60) or a percentage in basis points (x / 10,000).
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @param rounding how to round to a penny, not null ({@code UNNECESSARY} throws if rounding is needed)
     * @return the product, not null
     * @throws InvalidValueException if {@code denominator} is zero or {@code rounding} is null
     * @throws ArithmeticException on overflow, or if {@code UNNECESSARY} rounding would be needed
     */
    public Gbp timesRatio(long numerator, long denominator, RoundingMode rounding) {
        InvalidValueException.requireNonNull(rounding, "rounding");
        if (denominator == 0) {
            throw new InvalidValueException("denominator", "not 0", 0);
        }
        BigDecimal exact = BigDecimal.valueOf(pence).multiply(BigDecimal.valueOf(numerator));
        return ofPence(exact.divide(BigDecimal.valueOf(denominator), 0, rounding).longValueExact());
    }

    /**
     * Returns the amount with the opposite sign.
     *
     * @return the negation, not null
     * @throws ArithmeticException for {@code Long.MIN_VALUE} pence
     */
    public Gbp negated() {
        return ofPence(Math.negateExact(pence));
    }

    /**
     * Returns whether the amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return pence < 0;
    }

    /**
     * Returns whether the amount is above zero.
     *
     * @return true if positive
     */
    public boolean isPositive() {
        return pence > 0;
    }

    /**
     * Returns whether the amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return pence == 0;
    }

    /**
     * Splits this amount by ratios with {@link Allocation#byRatios}: every penny is allocated.
     *
     * @param ratios the non-negative ratios, at least one, with a positive sum, not null
     * @return one amount per ratio, summing to this amount, not null
     * @throws InvalidValueException if the ratios are invalid, or this amount is {@code Long.MIN_VALUE} pence
     */
    public Gbp[] allocate(long... ratios) {
        long[] parts = Allocation.byRatios(pence, ratios);
        Gbp[] result = new Gbp[parts.length];
        for (int i = 0; i < parts.length; i++) {
            result[i] = ofPence(parts[i]);
        }
        return result;
    }

    @Override
    public int compareTo(Gbp other) {
        return Long.compare(pence, other.pence);
    }

    @Override
    public String toString() {
        return (pence < 0 ? "-£" : "£") + BigDecimal.valueOf(pence, 2).abs().toPlainString();
    }
}
