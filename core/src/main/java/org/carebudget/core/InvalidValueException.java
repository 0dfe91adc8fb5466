package org.carebudget.core;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value given to {@code carebudget-core} is invalid: the message names the field, the valid
 * range and the value given, in the style of {@code java.time}
 * ({@code Invalid value for weeklyHours (valid values 0 - 168): 170}).
 *
 * <p>Modules extend it with their own single exception type, so callers can catch every CareBudget input
 * error with one clause; each module checks its arguments through a {@link Checks} that throws its own type.
 * The offending values are kept as fields. A method that throws it has changed nothing.
 *
 * <p>Messages are safe to log: personal data (NHS number, NI number, date of birth, a person's name) is masked
 * by the caller before it is given here ({@link Masked}), and every echoed text is cut to {@value #MAX_SHOWN} characters with
 * its full length noted ({@link #shown(Object)}), so a 15 MB input never makes a 15 MB message.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The most characters of a given value that a message shows. */
    public static final int MAX_SHOWN = 100;

    /** The most characters of the valid values that a message shows. */
    private static final int MAX_VALID_SHOWN = 400;

    /** The name of the invalid field. */
    private final String field;
    /** The valid range or form, in words. */
    private final String validValues;
    /** The value given, masked where personal, cut where long. */
    private final String givenValue;

    /**
     * Creates the exception. The given value is shown through {@link #shown(Object)}: cut to
     * {@value #MAX_SHOWN} characters.
     *
     * @param field the name of the field or parameter; null is shown as {@code null}
     * @param validValues the valid range or form in words; null is shown as {@code null}
     * @param givenValue the value given, already masked if personal ({@link Masked}); may be null (shown as
     *     {@code null})
     */
    public InvalidValueException(@Nullable String field, @Nullable String validValues, @Nullable Object givenValue) {
        super("Invalid value for " + cut(field, MAX_SHOWN) + " (valid values " + cut(validValues, MAX_VALID_SHOWN)
                + "): " + shown(givenValue));
        this.field = cut(field, MAX_SHOWN);
        this.validValues = cut(validValues, MAX_VALID_SHOWN);
        this.givenValue = shown(givenValue);
    }

    /**
     * Returns how a given value is shown in a message: its {@code toString}, cut to {@value #MAX_SHOWN}
     * characters followed by {@code …(N characters)} when longer. Never call it on personal data that is not
     * already masked.
     *
     * @param givenValue the value; may be null
     * @return the text shown, not null, at most about 125 characters
     */
    public static String shown(@Nullable Object givenValue) {
        String text = String.valueOf(givenValue);
        return cut(text, MAX_SHOWN);
    }

    private static String cut(@Nullable String text, int max) {
        if (text == null) {
            return "null";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…(" + text.length() + " characters)";
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
    public static <T> T requireNonNull(@Nullable T value, String field) {
        return Checks.CORE.notNull(value, field);
    }

    /**
     * Checks that a text is neither null nor blank.
     *
     * @param value the text to check; may be null
     * @param field the name of the field, not null
     * @return {@code value}, never null or blank
     * @throws InvalidValueException if {@code value} is null or blank
     */
    public static String requireNotBlank(@Nullable String value, String field) {
        return Checks.CORE.text(value, Checks.MAX_TEXT, field);
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
        return Checks.CORE.inRange(value, min, max, field);
    }

    /**
     * Checks that a date is not null and lies in the dates the library supports ({@link
     * org.carebudget.core.time.SupportedDates}).
     *
     * @param date the date; may be null
     * @param field the name of the field, not null
     * @return {@code date}, never null
     * @throws InvalidValueException if {@code date} is null or outside the supported dates
     */
    public static LocalDate requireSupported(@Nullable LocalDate date, String field) {
        return Checks.CORE.date(date, field);
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
     * Returns the value given, as text, masked where personal and cut where long.
     *
     * @return the given value, not null ({@code "null"} when none was given)
     */
    public String givenValue() {
        return givenValue;
    }
}
