package org.carebudget.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A half-open range of dates {@code [start, end)}: the start is in the range, the end is not. An open-ended
 * range has no end and contains every date from its start on.
 *
 * <p>Dates follow the convention of {@code org.carebudget.core}: the end is exclusive, the first day after the
 * range. To say "1 to 31 December" use {@link #ofClosed ofClosed(1 December, 31 December)}, which gives
 * {@code [1 December, 1 January)}; {@link #of} takes the exclusive end itself.
 *
 * <p>Every date lies in {@link SupportedDates}: a start from {@link SupportedDates#FIRST} to
 * {@link SupportedDates#LAST}, an end up to {@link SupportedDates#END}; anything else is refused with an
 * {@link InvalidValueException}, as is any date outside them given to {@link #contains}.
 *
 * <p>The text form is {@code 2026-04-01/2026-05-01}, or {@code 2026-04-01/..} when open-ended, at most
 * {@value #MAX_TEXT} characters; {@code parse(r.toString())} equals {@code r}, in every locale. Immutable and
 * thread-safe.
 */
public final class DateRange {

    /** The longest text {@link #parse} reads: {@code yyyy-MM-dd/yyyy-MM-dd}, 21 characters. */
    public static final int MAX_TEXT = 21;

    private static final String OPEN = "..";
    private static final String FORM = "yyyy-MM-dd/yyyy-MM-dd or yyyy-MM-dd/..";
    private static final String ENDS = SupportedDates.FIRST + " - " + SupportedDates.END;

    private final LocalDate start;
    private final @Nullable LocalDate end;

    private DateRange(LocalDate start, @Nullable LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Returns the range {@code [start, end)}.
     *
     * @param start the first date in the range, not null, a supported date ({@code 1900-01-01 - 2200-12-31})
     * @param end the first date after the range, not null, on or after {@code start} (equal gives an empty range),
     *     at most {@link SupportedDates#END} (2201-01-01)
     * @return the range, not null
     * @throws InvalidValueException if either date is null or out of range, or {@code end} is before {@code start}
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        Checks.CORE.date(start, "start");
        checkEnd(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException("end", "on or after start " + start, end);
        }
        return new DateRange(start, end);
    }

    /**
     * Returns the closed range {@code [first, last]}, that is {@code [first, last + 1 day)}: the obvious way to say
     * "1 to 31 December" ({@code ofClosed(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))}).
     *
     * @param first the first date in the range, not null, a supported date
     * @param last the last date in the range, not null, a supported date on or after {@code first}
     * @return the range, not null
     * @throws InvalidValueException if either date is null or outside {@link SupportedDates}, or {@code last} is
     *     before {@code first}
     */
    public static DateRange ofClosed(LocalDate first, LocalDate last) {
        Checks.CORE.date(first, "first");
        Checks.CORE.date(last, "last");
        if (last.isBefore(first)) {
            throw new InvalidValueException("last", "on or after first " + first, last);
        }
        return new DateRange(first, last.plusDays(1));
    }

    /**
     * Returns the open-ended range starting on {@code start}.
     *
     * @param start the first date in the range, not null, a supported date
     * @return the range, not null
     * @throws InvalidValueException if {@code start} is null or outside {@link SupportedDates}
     */
    public static DateRange startingOn(LocalDate start) {
        return new DateRange(Checks.CORE.date(start, "start"), null);
    }

    /**
     * Parses the text form {@code start/end} or {@code start/..}. The length is checked before anything is parsed.
     *
     * @param text the text, not null, at most {@value #MAX_TEXT} characters
     * @return the range, not null
     * @throws InvalidValueException if the text is null, too long or malformed, a date is out of range, or the end is
     *     before the start
     */
    public static DateRange parse(String text) {
        Checks.CORE.notNull(text, "dateRange");
        if (text.length() > MAX_TEXT) {
            throw new InvalidValueException("dateRange", FORM + ", at most " + MAX_TEXT + " characters", text);
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new InvalidValueException("dateRange", FORM, text);
        }
        try {
            LocalDate start = LocalDate.parse(text.substring(0, slash));
            String endText = text.substring(slash + 1);
            return OPEN.equals(endText) ? startingOn(start) : of(start, LocalDate.parse(endText));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("dateRange", FORM, text);
        }
    }

    private static LocalDate checkEnd(@Nullable LocalDate end, String field) {
        Checks.CORE.notNull(end, field);
        if (end.isBefore(SupportedDates.FIRST) || end.isAfter(SupportedDates.END)) {
            throw new InvalidValueException(field, ENDS + " (an exclusive end)", end);
        }
        return end;
    }

    /**
     * Returns the first date in the range.
     *
     * @return the start, not null
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the first date after the range (exclusive), if it has an end.
     *
     * @return the exclusive end, empty when open-ended
     */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(end);
    }

    /**
     * Returns whether the range has no end.
     *
     * @return true if open-ended
     */
    public boolean isOpenEnded() {
        return end == null;
    }

    /**
     * Returns whether the date lies in the range.
     *
     * @param date the date, not null, a supported date
     * @return true if {@code start <= date < end}
     * @throws InvalidValueException if {@code date} is null or outside {@link SupportedDates}
     */
    public boolean contains(LocalDate date) {
        Checks.CORE.date(date, "date");
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    /**
     * Returns whether the two ranges share at least one date.
     *
     * @param other the other range, not null
     * @return true if they overlap
     * @throws InvalidValueException if {@code other} is null
     */
    public boolean overlaps(DateRange other) {
        return intersection(other).isPresent();
    }

    /**
     * Returns the dates both ranges contain, if any.
     *
     * @param other the other range, not null
     * @return the non-empty intersection, or empty
     * @throws InvalidValueException if {@code other} is null
     */
    public Optional<DateRange> intersection(DateRange other) {
        InvalidValueException.requireNonNull(other, "other");
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = end == null ? other.end : other.end == null ? end : end.isBefore(other.end) ? end : other.end;
        if (e != null && !e.isAfter(s)) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(s, e));
    }

    /**
     * Returns the number of days in the range.
     *
     * @return the days, zero or more
     * @throws InvalidValueException if the range is open-ended
     */
    public long days() {
        if (end == null) {
            throw new InvalidValueException("dateRange", "a range with an end", this);
        }
        return ChronoUnit.DAYS.between(start, end);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DateRange && ((DateRange) other).start.equals(start)
                && Objects.equals(((DateRange) other).end, end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + Objects.hashCode(end);
    }

    /** Returns the text form, {@code 2026-04-01/2026-05-01} or {@code 2026-04-01/..}, in ASCII digits. */
    @Override
    public String toString() {
        return start + "/" + (end == null ? OPEN : end.toString());
    }
}
