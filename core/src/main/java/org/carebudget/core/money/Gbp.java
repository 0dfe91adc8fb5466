package org.carebudget.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import javax.money.NumberValue;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;

/**
 * An exact amount of pounds sterling, held as whole pence in a {@code long}; may be negative.
 *
 * <p>Every amount lies within {@link #MIN} and {@link #MAX}, minus and plus £10 trillion ({@value #MAX_PENCE}
 * pence): more than all public spending, and small enough that adding up to 9,000 amounts never overflows a
 * {@code long}. Every factory and every arithmetic result outside that range is refused with an
 * {@link InvalidValueException} naming the result, so no sum of money wraps silently and no
 * {@code ArithmeticException} escapes. Conversion from a {@link MonetaryAmount} rejects any currency other than
 * GBP and any fraction of a penny rather than rounding it. The text form is {@code £12.50} or {@code -£0.05}, in
 * ASCII digits whatever the default locale; {@code parse(x.toString())} equals {@code x}. Immutable and thread-safe.
 *
 * <p>JSR-354 is the boundary: {@link #of(MonetaryAmount)} reads any implementation's amount through the API alone
 * ({@code javax.money:money-api}); {@link #toMonetaryAmount()} creates one through the API's default amount factory,
 * so it needs an implementation on the class or module path, such as {@code org.javamoney.moneta:moneta-core}.
 * Nothing else in CareBudget needs one.
 *
 * @param pence the amount in pence, {@code -MAX_PENCE} to {@code MAX_PENCE}
 */
public record Gbp(long pence) implements Comparable<Gbp> {

    /** The largest amount in pence: 10^15, that is £10,000,000,000,000.00. */
    public static final long MAX_PENCE = 1_000_000_000_000_000L;

    /** Zero pounds. */
    public static final Gbp ZERO = new Gbp(0);

    /** The largest amount, £10 trillion. */
    public static final Gbp MAX = new Gbp(MAX_PENCE);

    /** The smallest amount, minus £10 trillion. */
    public static final Gbp MIN = new Gbp(-MAX_PENCE);

    /** The longest text {@link #parse} reads: {@code -£10,000,000,000,000.00} is 23 characters. */
    public static final int MAX_TEXT = 32;

    private static final String CURRENCY = "GBP";
    private static final String FORM = "pounds with at most 2 decimal places and optional thousands separators, as "
            + "12.50, £12.50, £1,234.56 or -£12.50, within ±£10,000,000,000,000.00";
    private static final String RANGE = "-" + MAX_PENCE + " - " + MAX_PENCE + " pence (±£10,000,000,000,000.00)";
    private static final Pattern POUNDS =
            Pattern.compile("(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.[0-9]{1,2})?");

    /**
     * Validates the amount.
     *
     * @param pence the amount in pence, {@code -MAX_PENCE} to {@code MAX_PENCE}
     * @throws InvalidValueException if {@code pence} is out of range
     */
    public Gbp {
        if (pence < -MAX_PENCE || pence > MAX_PENCE) {
            throw new InvalidValueException("amount", RANGE, pence + " pence");
        }
    }

    /**
     * Returns the amount of {@code pence} pence.
     *
     * @param pence the amount in pence, {@code -MAX_PENCE} to {@code MAX_PENCE}
     * @return the amount, not null
     * @throws InvalidValueException if {@code pence} is out of range
     */
    public static Gbp ofPence(long pence) {
        return pence == 0 ? ZERO : new Gbp(pence);
    }

    /**
     * Returns an exact amount of pounds given as a decimal.
     *
     * @param pounds the amount, not null, at most 2 decimal places (trailing zeros beyond are allowed)
     * @return the amount, not null
     * @throws InvalidValueException if {@code pounds} is null, has a fraction of a penny, or is out of range
     */
    public static Gbp ofPounds(BigDecimal pounds) {
        InvalidValueException.requireNonNull(pounds, "amount");
        if (pounds.abs().compareTo(MAX_POUNDS) > 0) {
            throw new InvalidValueException("amount", RANGE, shown(pounds));
        }
        try {
            return ofPence(pounds.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidValueException("amount", "whole pence (at most 2 decimal places)", shown(pounds));
        }
    }

    private static final BigDecimal MAX_POUNDS = BigDecimal.valueOf(MAX_PENCE, 2);

    /** toPlainString of 1E+1000000000 would be a billion characters: only expand moderate exponents. */
    private static String shown(BigDecimal pounds) {
        return Math.abs((long) pounds.scale()) <= 40 ? pounds.toPlainString() : pounds.toString();
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
        CurrencyUnit unit = amount.getCurrency();
        String currency = unit == null ? null : unit.getCurrencyCode();
        if (!CURRENCY.equals(currency)) {
            throw new InvalidValueException("amount.currency", CURRENCY, currency);
        }
        NumberValue number = amount.getNumber();
        if (number == null) {
            throw new InvalidValueException("amount.number", "a number", null);
        }
        BigDecimal pounds;
        try {
            pounds = number.numberValueExact(BigDecimal.class);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("amount.number", "a finite decimal", number.getClass().getName());
        }
        return ofPounds(pounds);
    }

    /**
     * Parses the text form: an optional minus sign, an optional {@code £}, then pounds with at most two decimals,
     * with or without thousands separators ({@code £1,234.56}, as bank statements print them). The length is
     * checked before anything is parsed, so parsing is linear and bounded.
     *
     * @param text the text, such as {@code "£12.50"}, {@code "-£0.05"}, {@code "12.5"} or {@code "£12,000"}, not null,
     *     at most {@value #MAX_TEXT} characters
     * @return the amount, not null
     * @throws InvalidValueException if the text is null, too long, malformed or out of range
     */
    public static Gbp parse(String text) {
        Checks.CORE.bounded(text, MAX_TEXT, "amount");
        boolean negative = text.startsWith("-");
        String body = negative ? text.substring(1) : text;
        body = body.startsWith("£") ? body.substring(1) : body;
        if (!POUNDS.matcher(body).matches()) {
            throw new InvalidValueException("amount", FORM, text);
        }
        BigDecimal pounds = new BigDecimal(body.replace(",", ""));
        return ofPounds(negative ? pounds.negate() : pounds);
    }

    /**
     * Returns this amount as a JSR-354 amount in GBP, created by the default amount factory of the JSR-354
     * implementation present ({@code Money} with Moneta). The first call loads the implementation (with Moneta,
     * about 100-200 ms): keep it off hot paths.
     *
     * @return the amount, not null, equal in value to this amount
     * @throws MonetaryException if no JSR-354 implementation is present: add {@code org.javamoney.moneta:moneta-core}
     *     (on the module path it is found as a service provider; no {@code requires} is needed)
     */
    public MonetaryAmount toMonetaryAmount() {
        try {
            return Monetary.getDefaultAmountFactory().setCurrency(CURRENCY).setNumber(toPounds()).create();
        } catch (MonetaryException e) {
            throw new MonetaryException("Gbp.toMonetaryAmount needs a JSR-354 implementation, such as "
                    + "org.javamoney.moneta:moneta-core, on the class or module path", e);
        }
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
     * @throws InvalidValueException if {@code other} is null or the sum is out of range
     */
    public Gbp plus(Gbp other) {
        // both within ±10^15: the long sum cannot overflow, and the result is range-checked
        return ofPence(pence + InvalidValueException.requireNonNull(other, "other").pence);
    }

    /**
     * Returns the difference.
     *
     * @param other the amount to subtract, not null
     * @return the difference, not null
     * @throws InvalidValueException if {@code other} is null or the difference is out of range
     */
    public Gbp minus(Gbp other) {
        return ofPence(pence - InvalidValueException.requireNonNull(other, "other").pence);
    }

    /**
     * Returns this amount times a whole number.
     *
     * @param factor the multiplier
     * @return the product, not null
     * @throws InvalidValueException if the product is out of range
     */
    public Gbp times(long factor) {
        long product = pence * factor;
        if (pence != 0 && (product / pence != factor || (pence == -1 && factor == Long.MIN_VALUE))) {
            throw new InvalidValueException("amount", RANGE, this + " x " + factor);
        }
        return ofPence(product);
    }

    /**
     * Returns this amount times {@code numerator / denominator}, rounded to a whole penny. Use it for a rate times
     * a quantity (an hourly rate times minutes worked / 60) or a percentage in basis points (x / 10,000).
     *
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @param rounding how to round to a penny, not null ({@code UNNECESSARY} throws if rounding is needed)
     * @return the product, not null
     * @throws InvalidValueException if {@code denominator} is zero, {@code rounding} is null, the product is out of
     *     range, or {@code rounding} is {@code UNNECESSARY} and the product is not a whole penny
     */
    public Gbp timesRatio(long numerator, long denominator, RoundingMode rounding) {
        InvalidValueException.requireNonNull(rounding, "rounding");
        if (denominator == 0) {
            throw new InvalidValueException("denominator", "not 0", 0);
        }
        BigDecimal product = BigDecimal.valueOf(pence).multiply(BigDecimal.valueOf(numerator));
        BigDecimal rounded;
        try {
            rounded = product.divide(BigDecimal.valueOf(denominator), 0, rounding);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("rounding", "a rounding mode other than UNNECESSARY for a product that is "
                    + "not a whole penny", this + " x " + numerator + " / " + denominator);
        }
        if (rounded.abs().compareTo(BigDecimal.valueOf(MAX_PENCE)) > 0) {
            throw new InvalidValueException("amount", RANGE, this + " x " + numerator + " / " + denominator);
        }
        return ofPence(rounded.longValue());
    }

    /**
     * Returns the amount with the opposite sign.
     *
     * @return the negation, not null
     */
    public Gbp negated() {
        return ofPence(-pence);
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
     * @throws InvalidValueException if the ratios are invalid
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
        // within ±10^15 pence the absolute value fits a long; no BigDecimal, so a message can afford it
        long abs = Math.abs(pence);
        long fraction = abs % 100;
        return (pence < 0 ? "-£" : "£") + abs / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
