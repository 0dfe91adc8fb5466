package org.carebudget.core;

import java.util.Objects;

/**
 * Thrown when a value given to {@code carebudget-core} is invalid: the message names the field, the valid
 * range and the value given, in the style of {@code java.time}
 * ({@code Invalid value for weeklyHours (valid values 0 - 168): 170}).
 *
 * <p>Modules extend it with their own single exception type, so callers can catch every CareBudget input
 * error with one clause. The offending values are kept as fields. A method that throws it has changed
 * nothing. Personal data (NHS number, NI number, date of birth) is masked before it is put in a message.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name of the invalid field. */
    private final String field;
    /** The valid range or form, in words. */
    private final String validValues;
    /** The value given, masked where personal. */
    private final String givenValue;

    /**
     * Creates the exception.
     *
     * @param field the name of the field or parameter, not null
     * @param validValues the valid range or form in words, not null
     * @param givenValue the value given, already masked if personal; may be null (shown as {@code null})
     */
    public InvalidValueException(String field, String validValues, Object givenValue) {
        super("Invalid value for " + Objects.requireNonNull(field, "field") + " (valid values "
                + Objects.requireNonNull(validValues, "validValues") + "): " + givenValue);
        this.field = field;
        this.validValues = validValues;
        this.givenValue = String.valueOf(givenValue);
    }

    /**
     * Checks that a value is not null.
     *
     * @param <T> the type of the value
     * @param value the value to check; may be null
     * @param field the name of the field, not null
     * @return {@code value}, never null
     * @throws InvalidValueException if {@code value} is null
     */
    public static <T> T requireNonNull(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "not null", null);
        }
        return value;
    }

    /**
     * Checks that a text is neither null nor blank.
     *
     * @param value the text to check; may be null
     * @param field the name of the field, not null
     * @return {@code value}, never null or blank
     * @throws InvalidValueException if {@code value} is null or blank
     */
    public static String requireNotBlank(String value, String field) {
        requireNonNull(value, field);
        if (value.isBlank()) {
            throw new InvalidValueException(field, "non-blank text", '"' + value + '"');
        }
        return value;
    }

    /**
     * Checks that a whole number lies in a closed range.
     *
     * @param value the value to check
     * @param min the smallest valid value
     * @param max the largest valid value
     * @param field the name of the field, not null
     * @return {@code value}
     * @throws InvalidValueException if {@code value} is outside {@code [min, max]}
     */
    public static long requireInRange(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, min + " - " + max, value);
        }
        return value;
    }

    /**
     * Returns the name of the field or parameter that was invalid.
     *
     * @return the field name, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the valid range or form, in words.
     *
     * @return the valid values, not null
     */
    public String validValues() {
        return validValues;
    }

    /**
     * Returns the value given, as text, masked where personal.
     *
     * @return the given value, not null ({@code "null"} when none was given)
     */
    public String givenValue() {
        return givenValue;
    }
}
