package org.carebudget.core.money;

import java.math.BigInteger;
import java.util.Arrays;
import org.carebudget.core.InvalidValueException;

/**
 * Splits a whole number of pence by ratios with the largest remainder method, so that the parts always sum to
 * the whole and no penny is lost or created.
 *
 * <p>Each part first gets {@code floor(total * ratio / sum)}; the pennies left over go one each to the parts
 * with the largest remainders, ties to the earlier part. Parts with equal ratios therefore differ by at most one
 * penny. A negative total is split as its absolute value and negated. Stateless and thread-safe.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Splits {@code total} pence by {@code ratios}.
     *
     * @param total the amount in pence, any value above {@code Long.MIN_VALUE}
     * @param ratios the ratios, not null, at least one, each zero or more, with a sum above zero that fits a long
     * @return the parts in the order of the ratios, summing exactly to {@code total}; a new array
     * @throws InvalidValueException if {@code total} is {@code Long.MIN_VALUE}, or the ratios are null, empty,
     *     negative or sum to zero or beyond a long
     */
    public static long[] byRatios(long total, long... ratios) {
        InvalidValueException.requireInRange(total, -Long.MAX_VALUE, Long.MAX_VALUE, "total");
        InvalidValueException.requireNonNull(ratios, "ratios");
        if (ratios.length == 0) {
            throw new InvalidValueException("ratios", "at least one ratio", "none");
        }
        long sum = 0;
        for (int i = 0; i < ratios.length; i++) {
            if (ratios[i] < 0) {
                throw new InvalidValueException("ratios[" + i + "]", "0 - " + Long.MAX_VALUE, ratios[i]);
            }
            sum += ratios[i];
            if (sum < 0) {
                throw new InvalidValueException("ratios", "a sum within a long", "overflow at ratios[" + i + "]");
            }
        }
        if (sum == 0) {
            throw new InvalidValueException("ratios", "a sum above 0", 0);
        }
        if (total < 0) {
            long[] parts = byRatios(Math.negateExact(total), ratios);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = -parts[i];
            }
            return parts;
        }
        return split(total, ratios, sum);
    }

    private static long[] split(long total, long[] ratios, long sum) {
        int n = ratios.length;
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long allocated = 0;
        for (int i = 0; i < n; i++) {
            long hi = Math.multiplyHigh(total, ratios[i]);
            long product = total * ratios[i];
            if (hi == 0 && product >= 0) {
                parts[i] = product / sum;
                remainders[i] = product % sum;
            } else {
                BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(ratios[i]))
                        .divideAndRemainder(BigInteger.valueOf(sum));
                parts[i] = qr[0].longValueExact();
                remainders[i] = qr[1].longValueExact();
            }
            allocated += parts[i];
        }
        int left = (int) (total - allocated); // fewer than n: the remainders sum to less than n * sum
        if (left > 0) {
            giveLeftOverPennies(parts, remainders, left);
        }
        return parts;
    }

    /**
     * One penny each to the {@code left} largest remainders, ties to the earlier part: every remainder above
     * the {@code left}-th largest gets one, then the earliest remainders equal to it take the rest. O(n log n).
     */
    private static void giveLeftOverPennies(long[] parts, long[] remainders, int left) {
        long[] sorted = remainders.clone();
        Arrays.sort(sorted);
        long cut = sorted[sorted.length - left];
        int above = 0;
        for (int i = 0; i < remainders.length; i++) {
            if (remainders[i] > cut) {
                parts[i]++;
                above++;
            }
        }
        int atCut = left - above;
        for (int i = 0; i < remainders.length && atCut > 0; i++) {
            if (remainders[i] == cut) {
                parts[i]++;
                atCut--;
            }
        }
    }
}
