package org.carebudget.rostering;

import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

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

    /** The argument checks of {@code carebudget-rostering}: each throws this exception. */
    public static final Checks<RosteringException> CHECKS = Checks.of(RosteringException::new);

    /**
     * Creates the exception.
     *
     * @param field the name of the invalid field or parameter, not null
     * @param validValues the valid range or form in words, not null
     * @param givenValue the value given, masked if personal; may be null (shown as {@code null})
     */
    public RosteringException(String field, String validValues, @Nullable Object givenValue) {
        super(field, validValues, givenValue);
    }
}
