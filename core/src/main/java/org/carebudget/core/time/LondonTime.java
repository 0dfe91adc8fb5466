package org.carebudget.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * UK local time ({@code Europe/London}) and elapsed time across the clock changes.
 *
 * <p>Clocks go forward at 01:00 UTC on the last Sunday of March and back at 01:00 UTC on the last Sunday of
 * October, so a 22:00 - 06:00 shift spanning the October change lasts 9 elapsed hours and one spanning the
 * March change 7. A local date-time alone cannot always name a moment: 01:30 on 29 March 2026 never happens (the
 * clocks jump from 01:00 to 02:00), and 01:30 on 25 October 2026 happens twice (at {@code +01:00}, then again at
 * {@code +00:00}).
 *
 * <p><b>Strict factories</b> ({@link #instantOf(LocalDateTime)}, {@link #instantOf(LocalDateTime, ZoneOffset)},
 * {@link #instantOf(OffsetDateTime)}) are for input: a time in the March gap is refused, and a time in the October
 * overlap is refused unless its offset says which of the two moments is meant. Each refusal is an
 * {@link InvalidValueException} (or a module's own subclass, through the overloads taking a {@link Checks}) that
 * names the field, the valid values and the value given.
 *
 * <p><b>Lenient conversions</b> ({@link #toInstant(LocalDateTime)} and {@link #elapsed(LocalDateTime,
 * LocalDateTime)}) never refuse a time: a time in the March gap is moved later by the gap's length (01:30 is read
 * as 02:30 summer time), and a time in the October overlap is taken at its earlier, summer-time occurrence, as
 * {@link ZonedDateTime#of(LocalDateTime, ZoneId)} does. They suit wall-clock patterns (a rota template's 22:00
 * every Tuesday) where a moment must be chosen; never use them for a time a person typed or a device recorded.
 *
 * <p>Every method refuses a date outside {@link SupportedDates}. Stateless and thread-safe.
 */
public final class LondonTime {

    /** The UK time zone, {@code Europe/London}. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {
    }

    /**
     * Returns the instant of a UK local date-time that names exactly one moment.
     *
     * @param local the local date-time, not null, on a supported date, neither in the March gap nor in the October
     *     overlap
     * @return the instant, not null
     * @throws InvalidValueException if {@code local} is null, outside the supported dates, in the March gap (it does
     *     not exist) or in the October overlap (give its offset with {@link #instantOf(LocalDateTime, ZoneOffset)})
     */
    public static Instant instantOf(LocalDateTime local) {
        return instantOf(local, null, "local", Checks.CORE);
    }

    /**
     * Returns the instant of a UK local date-time at a given offset, which must be one London uses at that local
     * time: {@code +00:00} in winter, {@code +01:00} in summer, either in the October overlap.
     *
     * @param local the local date-time, not null, on a supported date, not in the March gap
     * @param offset the offset, not null, one that is valid in London at {@code local}
     * @return the instant, not null
     * @throws InvalidValueException if an argument is null, the date is outside the supported dates, the time is in
     *     the March gap, or London does not use {@code offset} at that time
     */
    public static Instant instantOf(LocalDateTime local, ZoneOffset offset) {
        Checks.CORE.notNull(offset, "offset");
        return instantOf(local, offset, "local", Checks.CORE);
    }

    /**
     * Returns the instant of a date-time with an offset, checking that the offset is one London uses at its local
     * time (so {@code 2026-10-25T01:30+00:00} is the second 01:30 of that night, and {@code 2026-07-01T09:00Z} is
     * refused: London is at {@code +01:00} in July).
     *
     * @param dateTime the date-time, not null, on a supported date, with an offset London uses at its local time
     * @return the instant, not null
     * @throws InvalidValueException if {@code dateTime} is null, outside the supported dates, or has an offset London
     *     does not use at its local time
     */
    public static Instant instantOf(OffsetDateTime dateTime) {
        return instantOf(dateTime, "dateTime", Checks.CORE);
    }

    /**
     * As {@link #instantOf(OffsetDateTime)}, throwing a module's own exception and naming its own field.
     *
     * @param <E> the exception type
     * @param dateTime the date-time; may be null (refused)
     * @param field the name of the field, not null
     * @param checks the module's checks, not null
     * @return the instant, not null
     * @throws E if {@code dateTime} is null, outside the supported dates, or has an offset London does not use then
     */
    public static <E extends InvalidValueException> Instant instantOf(@Nullable OffsetDateTime dateTime, String field,
            Checks<E> checks) {
        guard(field, checks).notNull(dateTime, field);
        return instantOf(dateTime.toLocalDateTime(), dateTime.getOffset(), field, checks);
    }

    /**
     * Returns the instant of a UK local date-time, with an offset where one is needed, throwing a module's own
     * exception and naming its own field. Without an offset, the time must name exactly one moment; with one, the
     * offset must be one London uses at that local time.
     *
     * @param <E> the exception type
     * @param local the local date-time; may be null (refused)
     * @param offset the offset; null when the time names one moment on its own
     * @param field the name of the field, not null
     * @param checks the module's checks, not null
     * @return the instant, not null
     * @throws E if {@code local} is null or outside the supported dates, the time is in the March gap, the time is in
     *     the October overlap and no offset is given, or London does not use {@code offset} at that time
     */
    public static <E extends InvalidValueException> Instant instantOf(@Nullable LocalDateTime local,
            @Nullable ZoneOffset offset, String field, Checks<E> checks) {
        guard(field, checks).notNull(local, field);
        LocalDate date = local.toLocalDate();
        if (!SupportedDates.contains(date)) {
            throw checks.invalid(field, "a date-time on " + SupportedDates.FIRST + " - " + SupportedDates.LAST, local);
        }
        List<ZoneOffset> valid = ZONE.getRules().getValidOffsets(local);
        if (valid.isEmpty()) {
            ZoneOffsetTransition gap = ZONE.getRules().getTransition(local);
            throw checks.invalid(field, "a time that exists in Europe/London (the clocks went forward from "
                    + gap.getDateTimeBefore().toLocalTime() + " to " + gap.getDateTimeAfter().toLocalTime() + " on "
                    + gap.getDateTimeBefore().toLocalDate() + ")", local);
        }
        if (offset == null) {
            if (valid.size() > 1) {
                throw checks.invalid(field, "a time with its offset: on " + date + " the clocks went back and "
                        + local.toLocalTime() + " happened twice, at " + valid.get(0) + " and then " + valid.get(1),
                        local);
            }
            return local.toInstant(valid.get(0));
        }
        if (!valid.contains(offset)) {
            throw checks.invalid(field, "an offset London uses at " + local + ": " + (valid.size() == 1
                    ? valid.get(0) : valid.get(0) + " or " + valid.get(1)), local + "" + offset);
        }
        return local.toInstant(offset);
    }

    private static <E extends InvalidValueException> Checks<E> guard(@Nullable String field,
            @Nullable Checks<E> checks) {
        Checks.CORE.notNull(field, "field");
        return Checks.CORE.notNull(checks, "checks");
    }

    /**
     * Returns the UK local date-time of an instant.
     *
     * @param instant the instant, not null, on a supported date
     * @return the local date-time, not null
     * @throws InvalidValueException if {@code instant} is null or outside the supported dates
     */
    public static LocalDateTime localDateTime(Instant instant) {
        return LocalDateTime.ofInstant(Checks.CORE.instant(instant, "instant"), ZONE);
    }

    /**
     * Returns the instant a UK day starts: local midnight, which always exists in London (the clocks change at
     * 01:00 and 02:00).
     *
     * @param date the date, not null, supported
     * @return the instant of 00:00 on {@code date}, not null
     * @throws InvalidValueException if {@code date} is null or outside the supported dates
     */
    public static Instant startOfDay(LocalDate date) {
        return Checks.CORE.date(date, "date").atStartOfDay(ZONE).toInstant();
    }

    /**
     * Returns the instant of a UK local date-time, leniently: a time in the March gap is moved later by the gap's
     * length, one in the October overlap is taken at its earlier (summer-time) occurrence. For wall-clock patterns
     * only; for input use {@link #instantOf(LocalDateTime)}.
     *
     * @param local the local date-time, not null
     * @return the instant, not null
     * @throws InvalidValueException if {@code local} is null or outside the supported dates
     */
    public static Instant toInstant(LocalDateTime local) {
        InvalidValueException.requireNonNull(local, "local");
        if (!SupportedDates.contains(local.toLocalDate())) {
            throw new InvalidValueException("local", "a date-time on " + SupportedDates.FIRST + " - "
                    + SupportedDates.LAST, local);
        }
        return ZonedDateTime.of(local, ZONE).toInstant();
    }

    /**
     * Returns the elapsed time between two UK local date-times, each read leniently as {@link #toInstant} reads it.
     *
     * @param start the start, not null
     * @param end the end, not null, not before {@code start} in elapsed time
     * @return the elapsed duration, zero or positive, not null
     * @throws InvalidValueException if either is null or outside the supported dates, or {@code end} is before
     *     {@code start}
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
