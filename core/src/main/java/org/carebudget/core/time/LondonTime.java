package org.carebudget.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.carebudget.core.InvalidValueException;

/**
 * UK local time ({@code Europe/London}) and elapsed time across the clock changes.
 *
 * <p>Clocks go forward at 01:00 UTC on the last Sunday of March and back at 01:00 UTC on the last Sunday of
 * October, so a 22:00 - 06:00 shift spanning the October change lasts 9 elapsed hours and one spanning the
 * March change 7. A local time that does not exist (in the March gap) is moved later by the gap's length;
 * one that occurs twice (in the October overlap) is taken at its earlier occurrence, as
 * {@link ZonedDateTime#of(LocalDateTime, ZoneId)} does. Stateless and thread-safe.
 */
public final class LondonTime {

    /** The UK time zone, {@code Europe/London}. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {
    }

    /**
     * Returns the instant of a UK local date-time.
     *
     * @param local the local date-time, not null
     * @return the instant, not null
     * @throws InvalidValueException if {@code local} is null
     */
    public static Instant toInstant(LocalDateTime local) {
        return ZonedDateTime.of(InvalidValueException.requireNonNull(local, "local"), ZONE).toInstant();
    }

    /**
     * Returns the elapsed time between two UK local date-times.
     *
     * @param start the start, not null
     * @param end the end, not null, not before {@code start} in elapsed time
     * @return the elapsed duration, zero or positive, not null
     * @throws InvalidValueException if either is null or {@code end} is before {@code start}
     */
    public static Duration elapsed(LocalDateTime start, LocalDateTime end) {
        InvalidValueException.requireNonNull(start, "start");
        InvalidValueException.requireNonNull(end, "end");
        Duration d = Duration.between(toInstant(start), toInstant(end));
        if (d.isNegative()) {
            throw new InvalidValueException("end", "on or after start " + start, end);
        }
        return d;
    }
}
