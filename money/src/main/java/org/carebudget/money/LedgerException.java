package org.carebudget.money;

import org.carebudget.core.InvalidValueException;

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

    /**
     * Creates the exception.
     *
     * @param field the name of the invalid field or parameter, not null
     * @param validValues the valid range or form in words, not null
     * @param givenValue the value given; may be null (shown as {@code null})
     */
    public LedgerException(String field, String validValues, Object givenValue) {
        super(field, validValues, givenValue);
    }

    /**
     * Checks that a value is not null.
     *
     * @param <T> the type of the value
     * @param value the value to check; may be null
     * @param field the name of the field, not null
     * @return {@code value}, never null
     * @throws LedgerException if {@code value} is null
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new LedgerException(field, "not null", null);
        }
        return value;
    }

    /**
     * Checks that an amount of pence is above zero.
     *
     * @param pence the amount in pence
     * @param field the name of the field, not null
     * @return {@code pence}
     * @throws LedgerException if {@code pence} is zero or negative
     */
    public static long positivePence(long pence, String field) {
        if (pence <= 0) {
            throw new LedgerException(field, "1 - " + Long.MAX_VALUE + " pence", pence);
        }
        return pence;
    }

    /**
     * Checks that a whole number lies in a closed range.
     *
     * @param value the value to check
     * @param min the smallest valid value
     * @param max the largest valid value
     * @param field the name of the field, not null
     * @return {@code value}
     * @throws LedgerException if {@code value} is outside {@code [min, max]}
     */
    public static long inRange(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw new LedgerException(field, min + " - " + max, value);
        }
        return value;
    }
}
