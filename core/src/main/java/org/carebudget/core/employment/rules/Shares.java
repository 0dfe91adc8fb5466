package org.carebudget.core.employment.rules;

/**
 * Exact shares of whole numbers ({@code amount x numerator / denominator}), rounded one way or the other. Every input
 * a rule passes is bounded (pay lines at most £10 million, minutes at most a year, rates at most 100%), so the
 * products fit a {@code long}; {@code Math.multiplyExact} guards that. Stateless and thread-safe.
 */
final class Shares {

    private Shares() {
    }

    /** {@code amount x numerator / denominator}, rounded down, for non-negative inputs. */
    static long down(long amount, long numerator, long denominator) {
        return Math.multiplyExact(amount, numerator) / denominator;
    }

    /** {@code amount x numerator / denominator}, rounded up (in the worker's favour), for non-negative inputs. */
    static long up(long amount, long numerator, long denominator) {
        long product = Math.multiplyExact(amount, numerator);
        return product / denominator + (product % denominator == 0 ? 0 : 1);
    }

    /** {@code amount x numerator / denominator}, to the nearest whole number, half down, for non-negative inputs. */
    static long nearestHalfDown(long amount, long numerator, long denominator) {
        long product = Math.multiplyExact(amount, numerator);
        long whole = product / denominator;
        return (product % denominator) * 2 > denominator ? whole + 1 : whole;
    }
}
