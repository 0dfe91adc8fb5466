package org.carebudget.rostering.internal;

import java.time.Instant;
import org.carebudget.core.time.SupportedDates;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Instants as whole minutes since 1970-01-01T00:00Z in an {@code int}: the supported dates (1900 to 2200) span
 * about -37 million to +121 million minutes. Stateless and thread-safe.
 */
public final class Minutes {

    /** The first supported minute. */
    public static final int FIRST = (int) (SupportedDates.FIRST_INSTANT.getEpochSecond() / 60);
    /** The first minute after the supported range. */
    public static final int END = (int) (SupportedDates.END_INSTANT.getEpochSecond() / 60);

    private Minutes() {
    }

    /**
     * Returns the minute of an instant, checking it is supported and on a whole minute.
     *
     * @param <E> the exception type
     * @param instant the instant; may be null (refused)
     * @param field the field name for the message
     * @param checks the module's checks
     * @return the epoch minute
     * @throws E if null, outside the supported dates or not on a whole minute
     */
    public static <E extends InvalidValueException> int of(@Nullable Instant instant, String field,
            Checks<E> checks) {
        checks.instant(instant, field);
        if (instant.getNano() != 0 || instant.getEpochSecond() % 60 != 0) {
            throw checks.invalid(field, "an instant on a whole minute (no seconds)", instant);
        }
        return (int) (instant.getEpochSecond() / 60);
    }

    /**
     * Returns the instant of an epoch minute.
     *
     * @param minute the epoch minute
     * @return the instant
     */
    public static Instant instant(int minute) {
        return Instant.ofEpochSecond(minute * 60L);
    }
}
