package org.carebudget.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks that throw one module's exception type, so every module checks input the same way and each
 * says so with its own exception: {@code Checks.CORE} throws {@link InvalidValueException}, and a module makes
 * its own with {@code Checks.of(LedgerException::new)}.
 *
 * <p>Every check bounds its work by the limit it checks: a text is measured before it is read, and a collection is
 * copied once, element by element, without {@code contains(null)} (which {@code Set.of}, {@code Set.copyOf} and
 * {@code TreeSet} answer with a {@code NullPointerException}). Messages show the value given cut to
 * {@value InvalidValueException#MAX_SHOWN} characters; the caller masks personal data before it is given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the exception type thrown
 */
public final class Checks<E extends InvalidValueException> {

    /** The longest free text any check accepts unless it says otherwise: 2,000 characters. */
    public static final int MAX_TEXT = 2000;

    /** Checks that throw {@link InvalidValueException}. */
    public static final Checks<InvalidValueException> CORE = new Checks<>(InvalidValueException::new);

    /**
     * Creates a module's exception from the field, the valid values in words and the value given.
     *
     * @param <E> the exception type
     */
    @FunctionalInterface
    public interface Factory<E extends InvalidValueException> {

        /**
         * Creates the exception.
         *
         * @param field the name of the field, not null
         * @param validValues the valid range or form in words, not null
         * @param givenValue the value given, masked if personal; may be null
         * @return the exception, not null
         */
        E create(String field, String validValues, @Nullable Object givenValue);
    }

    private final Factory<E> factory;

    private Checks(Factory<E> factory) {
        this.factory = factory;
    }

    /**
     * Returns checks that throw the exceptions {@code factory} creates.
     *
     * @param <E> the exception type
     * @param factory creates the exception, not null
     * @return the checks, not null
     */
    public static <E extends InvalidValueException> Checks<E> of(Factory<E> factory) {
        if (factory == null) {
            throw new InvalidValueException("factory", "not null", null);
        }
        return new Checks<>(factory);
    }

    /**
     * Returns the exception for an invalid value, to throw.
     *
     * @param field the name of the field, not null
     * @param validValues the valid range or form in words, not null
     * @param givenValue the value given, masked if personal; may be null
     * @return the exception, not null
     */
    public E invalid(String field, String validValues, @Nullable Object givenValue) {
        return factory.create(field, validValues, givenValue);
    }

    /**
     * Checks that a value is not null.
     *
     * @param <T> the type of the value
     * @param value the value; may be null
     * @param field the name of the field, not null
     * @return {@code value}, never null
     * @throws E if {@code value} is null
     */
    public <T> T notNull(@Nullable T value, String field) {
        if (value == null) {
            throw invalid(field, "not null", null);
        }
        return value;
    }

    /**
     * Checks that a text is not null, at most {@code maxLength} characters long and not blank. The length is
     * checked first, so a long text costs nothing more to refuse.
     *
     * @param value the text; may be null
     * @param maxLength the most characters allowed, 1 or more
     * @param field the name of the field, not null
     * @return {@code value}, never null or blank
     * @throws E if {@code value} is null, longer than {@code maxLength} or blank
     */
    public String text(@Nullable String value, int maxLength, String field) {
        bounded(value, maxLength, field);
        if (value.isBlank()) {
            throw invalid(field, "non-blank text of 1 - " + maxLength + " characters", '"' + value + '"');
        }
        return value;
    }

    /**
     * Checks that a text to be parsed is not null and at most {@code maxLength} characters long, before any parsing.
     *
     * @param value the text; may be null
     * @param maxLength the most characters allowed, 0 or more
     * @param field the name of the field, not null
     * @return {@code value}, never null
     * @throws E if {@code value} is null or longer than {@code maxLength}
     */
    public String bounded(@Nullable String value, int maxLength, String field) {
        notNull(value, field);
        if (value.length() > maxLength) {
            throw invalid(field, "text of at most " + maxLength + " characters", value);
        }
        return value;
    }

    /**
     * Checks that a whole number lies in a closed range.
     *
     * @param value the value
     * @param min the smallest valid value
     * @param max the largest valid value
     * @param field the name of the field, not null
     * @return {@code value}
     * @throws E if {@code value} is outside {@code [min, max]}
     */
    public long inRange(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw invalid(field, min + " - " + max, value);
        }
        return value;
    }

    /**
     * Checks that a whole number lies in a closed range.
     *
     * @param value the value
     * @param min the smallest valid value
     * @param max the largest valid value
     * @param field the name of the field, not null
     * @return {@code value}
     * @throws E if {@code value} is outside {@code [min, max]}
     */
    public int inRange(int value, int min, int max, String field) {
        return (int) inRange((long) value, min, max, field);
    }

    /**
     * Checks that a date is not null and is one the library supports ({@link SupportedDates}).
     *
     * @param date the date; may be null
     * @param field the name of the field, not null
     * @return {@code date}, never null
     * @throws E if {@code date} is null or outside {@link SupportedDates#FIRST} - {@link SupportedDates#LAST}
     */
    public LocalDate date(@Nullable LocalDate date, String field) {
        notNull(date, field);
        if (!SupportedDates.contains(date)) {
            throw invalid(field, SupportedDates.FIRST + " - " + SupportedDates.LAST, date);
        }
        return date;
    }

    /**
     * Checks that an instant is not null and falls on a date the library supports, in UK time.
     *
     * @param instant the instant; may be null
     * @param field the name of the field, not null
     * @return {@code instant}, never null
     * @throws E if {@code instant} is null or outside the supported dates
     */
    public Instant instant(@Nullable Instant instant, String field) {
        notNull(instant, field);
        if (!SupportedDates.contains(instant)) {
            throw invalid(field, SupportedDates.FIRST_INSTANT + " - " + SupportedDates.END_INSTANT + " (exclusive)",
                    instant);
        }
        return instant;
    }

    /**
     * Copies a caller's collection to an unmodifiable list, checking that it and each element are not null. The
     * collection is read once and never asked {@code contains(null)}.
     *
     * @param <T> the element type
     * @param values the values; may be null
     * @param maxSize the most elements allowed, 0 or more
     * @param field the name of the field, not null; elements are named {@code field[i]}
     * @return an unmodifiable copy in iteration order, not null
     * @throws E if {@code values} or an element is null, there are more than {@code maxSize}, or {@code maxSize} is
     *     negative
     */
    public <T> List<T> list(@Nullable Collection<? extends T> values, int maxSize, String field) {
        notNull(values, field);
        inRange(maxSize, 0, Integer.MAX_VALUE, "maxSize");
        List<T> copy = new ArrayList<>(Math.min(values.size(), maxSize));
        for (T value : values) {
            if (copy.size() == maxSize) {
                throw invalid(field, "at most " + maxSize + " elements", values.size() + " elements");
            }
            copy.add(notNull(value, field + "[" + copy.size() + "]"));
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Copies a caller's collection to an unmodifiable set in iteration order, checking that it and each element are
     * not null. The collection is read once and never asked {@code contains(null)}.
     *
     * @param <T> the element type
     * @param values the values; may be null
     * @param maxSize the most elements allowed, 0 or more
     * @param field the name of the field, not null
     * @return an unmodifiable copy in iteration order, duplicates dropped, not null
     * @throws E if {@code values} or an element is null, or there are more than {@code maxSize}
     */
    public <T> Set<T> set(@Nullable Collection<? extends T> values, int maxSize, String field) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(list(values, maxSize, field)));
    }

    /**
     * Copies a caller's map to an unmodifiable map in iteration order, checking that it, each key and each value are
     * not null. The map is read once and never asked {@code containsKey(null)}.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param values the map; may be null
     * @param maxSize the most entries allowed, 0 or more
     * @param field the name of the field, not null; entries are named {@code field[key]}
     * @return an unmodifiable copy in iteration order, not null
     * @throws E if the map, a key or a value is null, or there are more than {@code maxSize} entries
     */
    public <K, V> Map<K, V> map(@Nullable Map<? extends K, ? extends V> values, int maxSize, String field) {
        notNull(values, field);
        inRange(maxSize, 0, Integer.MAX_VALUE, "maxSize");
        Map<K, V> copy = new LinkedHashMap<>();
        for (Map.Entry<? extends K, ? extends V> entry : values.entrySet()) {
            if (copy.size() == maxSize) {
                throw invalid(field, "at most " + maxSize + " entries", values.size() + " entries");
            }
            K key = notNull(entry.getKey(), field + " key");
            copy.put(key, notNull(entry.getValue(), field + "[" + key + "]"));
        }
        return Collections.unmodifiableMap(copy);
    }
}
