package org.carebudget.money;

import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.jspecify.annotations.Nullable;

/**
 * The one exception type of {@code carebudget-money}: invalid input to a ledger, a spend policy or a funding
 * value. The message names the field, the valid range and the value given, as
 * {@code Invalid value for amount (valid values 1 - 9223372036854775807 pence): 0}. A ledger operation that throws
 * it has changed nothing: balances, journal and hash are as they were. Business outcomes (a held or rejected
 * spend, insufficient funds) are values, never this exception.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LedgerException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** The argument checks of {@code carebudget-money}: each throws this exception. */
    public static final Checks<LedgerException> CHECKS = Checks.of(LedgerException::new);

    /**
     * Creates the exception.
     *
     * @param field the name of the invalid field or parameter, not null
     * @param validValues the valid range or form in words, not null
     * @param givenValue the value given, masked if personal; may be null (shown as {@code null})
     */
    public LedgerException(String field, String validValues, @Nullable Object givenValue) {
        super(field, validValues, givenValue);
    }

    /**
     * Checks that a value is not null ({@link Checks#notNull}).
     *
     * @param <T> the type of the value
     * @param value the value to check; may be null
     * @param field the name of the field, not null
     * @return {@code value}, never null
     * @throws LedgerException if {@code value} is null
     */
    public static <T> T notNull(@Nullable T value, String field) {
        return CHECKS.notNull(value, field);
    }

    /**
     * Checks that an amount of pence is above zero and at most {@link Gbp#MAX_PENCE}.
     *
     * @param pence the amount in pence
     * @param field the name of the field, not null
     * @return {@code pence}
     * @throws LedgerException if {@code pence} is zero, negative or above {@link Gbp#MAX_PENCE}
     */
    public static long positivePence(long pence, String field) {
        if (pence <= 0 || pence > Gbp.MAX_PENCE) {
            throw new LedgerException(field, "1 - " + Gbp.MAX_PENCE + " pence", pence);
        }
        return pence;
    }

    /**
     * Checks that a whole number lies in a closed range ({@link Checks#inRange(long, long, long, String)}).
     *
     * @param value the value to check
     * @param min the smallest valid value
     * @param max the largest valid value
     * @param field the name of the field, not null
     * @return {@code value}
     * @throws LedgerException if {@code value} is outside {@code [min, max]}
     */
    public static long inRange(long value, long min, long max, String field) {
        return CHECKS.inRange(value, min, max, field);
    }
}
