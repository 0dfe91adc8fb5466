package org.carebudget.rostering;

import org.carebudget.core.InvalidValueException;

/**
 * The one exception type of {@code carebudget-rostering}: invalid input to a shift or a rota. The message names the
 * field, the valid range and the value given, as
 * {@code Invalid value for end (valid values after start 2026-05-01T09:00 by at most 24 elapsed hours): ...}.
 * Business outcomes (a gap in cover, hours over budget) are values, never this exception.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RosteringException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the name of the invalid field or parameter, not null
     * @param validValues the valid range or form in words, not null
     * @param givenValue the value given; may be null (shown as {@code null})
     */
    public RosteringException(String field, String validValues, Object givenValue) {
        super(field, validValues, givenValue);
    }

    /**
     * Checks that a value is not null.
     *
     * @param <T> the type of the value
     * @param value the value to check; may be null
     * @param field the name of the field, not null
     * @return {@code value}, never null
     * @throws RosteringException if {@code value} is null
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new RosteringException(field, "not null", null);
        }
        return value;
    }
}
