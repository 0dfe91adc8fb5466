package org.carebudget.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.carebudget.core.InvalidValueException;

/**
 * A half-open range of dates {@code [start, end)}: the start is in the range, the end is not. An open-ended
 * range has no end and contains every date from its start on.
 *
 * <p>The text form is {@code 2026-04-01/2026-05-01}, or {@code 2026-04-01/..} when open-ended;
 * {@code parse(r.toString())} equals {@code r}. Immutable and thread-safe.
 */
public final class DateRange {

    private static final String OPEN = "..";

    private final LocalDate start;
    private final LocalDate end;

    private DateRange(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Returns the range {@code [start, end)}.
     *
     * @param start the first date in the range, not null
     * @param end the first date after the range, not null, on or after {@code start} (equal gives an empty range)
     * @return the range, not null
     * @throws InvalidValueException if either date is null or {@code end} is before {@code start}
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        InvalidValueException.requireNonNull(start, "start");
        InvalidValueException.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException("end", "on or after start " + start, end);
        }
        return new DateRange(start, end);
    }

    /**
     * Returns the closed range {@code [first, last]}, that is {@code [first, last + 1 day)}.
     *
     * @param first the first date in the range, not null
     * @param last the last date in the range, not null, on or after {@code first}
     * @return the range, not null
     * @throws InvalidValueException if either date is null, {@code last} is before {@code first}, or {@code last} is
     *     {@link LocalDate#MAX} (the day after it cannot be represented)
     */
    public static DateRange ofClosed(LocalDate first, LocalDate last) {
        InvalidValueException.requireNonNull(first, "first");
        InvalidValueException.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new InvalidValueException("last", "on or after first " + first, last);
        }
        if (last.equals(LocalDate.MAX)) {
            throw new InvalidValueException("last", "before " + LocalDate.MAX, last);
        }
        return new DateRange(first, last.plusDays(1));
    }

    /**
     * Returns the open-ended range starting on {@code start}.
     *
     * @param start the first date in the range, not null
     * @return the range, not null
     * @throws InvalidValueException if {@code start} is null
     */
    public static DateRange startingOn(LocalDate start) {
        return new DateRange(InvalidValueException.requireNonNull(start, "start"), null);
    }

    /**
     * Parses the text form {@code start/end} or {@code start/..}.
     *
     * @param text the text, not null
     * @return the range, not null
     * @throws InvalidValueException if the text is null or malformed, or the end is before the start
     */
    public static DateRange parse(String text) {
        InvalidValueException.requireNonNull(text, "dateRange");
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new InvalidValueException("dateRange", "yyyy-MM-dd/yyyy-MM-dd or yyyy-MM-dd/..", text);
        }
        try {
            LocalDate start = LocalDate.parse(text.substring(0, slash));
            String endText = text.substring(slash + 1);
            return OPEN.equals(endText) ? startingOn(start) : of(start, LocalDate.parse(endText));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("dateRange", "yyyy-MM-dd/yyyy-MM-dd or yyyy-MM-dd/..", text);
        }
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
     * Returns the first date after the range, if it has an end.
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
     * @param date the date, not null
     * @return true if {@code start <= date < end}
     * @throws InvalidValueException if {@code date} is null
     */
    public boolean contains(LocalDate date) {
        InvalidValueException.requireNonNull(date, "date");
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
    public boolean equals(Object other) {
        return other instanceof DateRange && ((DateRange) other).start.equals(start)
                && Objects.equals(((DateRange) other).end, end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + Objects.hashCode(end);
    }

    @Override
    public String toString() {
        return start + "/" + (end == null ? OPEN : end.toString());
    }
}
