package org.carebudget.core.training;

import java.util.regex.Pattern;
import org.carebudget.core.InvalidValueException;

/**
 * The code of a competency or delegated clinical task in a {@link CompetencyCatalogue}, such as
 * {@code moving-and-handling-people} or {@code tracheostomy-care}. Levels that matter are part of the code
 * ({@code infection-prevention-level-1}).
 *
 * <p>{@code toString} returns the code, so {@code CompetencyCode.of(c.toString())} equals {@code c}. Immutable and
 * thread-safe.
 *
 * @param value the code: 1 to 64 characters of {@code a-z 0-9 -}, starting with a letter
 */
public record CompetencyCode(String value) implements Comparable<CompetencyCode> {

    /** The form a code takes, in words. */
    static final String FORM = "1 to 64 characters of a-z 0-9 -, starting with a letter";

    private static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /**
     * Validates the code.
     *
     * @param value the code: 1 to 64 characters of {@code a-z 0-9 -}, starting with a letter
     * @throws InvalidValueException if {@code value} is null or not of that form
     */
    public CompetencyCode {
        InvalidValueException.requireNonNull(value, "competencyCode");
        if (!PATTERN.matcher(value).matches()) {
            throw new InvalidValueException("competencyCode", FORM, '"' + value + '"');
        }
    }

    /**
     * Returns the code with the given value.
     *
     * @param value the code, not null, of the form described on the type
     * @return the code, not null
     * @throws InvalidValueException if {@code value} is null or malformed
     */
    public static CompetencyCode of(String value) {
        return new CompetencyCode(value);
    }

    /**
     * Orders codes alphabetically.
     *
     * @param other the other code, not null
     * @return negative, zero or positive as this code sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(CompetencyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
