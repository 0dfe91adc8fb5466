package org.carebudget.core.employment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Text forms of figures in finding messages. Stateless and thread-safe. */
final class Format {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Format() {
    }

    /** Minutes as decimal hours, such as {@code 37.5}. */
    static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Basis points as a percentage, such as {@code 12.07%}. */
    static String percent(long basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    /** Tenths as a decimal, such as {@code 16.8}. */
    static String tenths(long tenths) {
        return BigDecimal.valueOf(tenths, 1).toPlainString();
    }

    /** {@code amount x numerator / denominator}, rounded down, in pence. */
    static long shareDown(long amount, long numerator, long denominator) {
        return Math.multiplyExact(amount, numerator) / denominator;
    }
}
