package org.carebudget.rostering;

import java.time.Instant;
import org.carebudget.rostering.internal.Minutes;
import org.jspecify.annotations.Nullable;

/**
 * A half-open span of time {@code [start, end)} between two instants on whole minutes, within the supported dates:
 * a shift, an awake period in a sleep-in, a rest break. Its length is elapsed time, so clock changes count.
 *
 * <p>The text form is {@code 2026-10-24T21:00:00Z/2026-10-25T06:00:00Z} (ISO-8601 instants); {@code parse} reads it
 * back. Immutable and thread-safe.
 */
public final class TimeSpan implements Comparable<TimeSpan> {

    /** The longest text {@link #parse} reads: 100 characters. */
    public static final int MAX_TEXT = 100;

    private final int start;
    private final int end;

    private TimeSpan(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Returns the span {@code [start, end)}.
     *
     * @param start the first instant, not null, on a whole minute, supported
     * @param end the instant it ends, not null, on a whole minute, supported, after {@code start}
     * @return the span, not null
     * @throws RosteringException if an instant is null, unsupported or not on a whole minute, or {@code end} is not
     *     after {@code start}
     */
    public static TimeSpan of(@Nullable Instant start, @Nullable Instant end) {
        int s = Minutes.of(start, "start", RosteringException.CHECKS);
        int e = Minutes.of(end, "end", RosteringException.CHECKS);
        if (e <= s) {
            throw new RosteringException("end", "after start " + start, end);
        }
        return new TimeSpan(s, e);
    }

    /**
     * Returns the span between two epoch minutes already checked.
     *
     * @param start the first epoch minute
     * @param end the epoch minute it ends, after {@code start}
     * @return the span
     */
    static TimeSpan ofMinutes(int start, int end) {
        return new TimeSpan(start, end);
    }

    /**
     * Parses the text form {@code start/end}.
     *
     * @param text the text, at most {@value #MAX_TEXT} characters; may be null (refused)
     * @return the span, not null
     * @throws RosteringException if the text is null, too long or malformed, or the span is invalid
     */
    public static TimeSpan parse(@Nullable String text) {
        RosteringException.CHECKS.bounded(text, MAX_TEXT, "timeSpan");
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new RosteringException("timeSpan", "two ISO-8601 instants separated by /", text);
        }
        try {
            return of(Instant.parse(text.substring(0, slash)), Instant.parse(text.substring(slash + 1)));
        } catch (java.time.format.DateTimeParseException e) {
            throw new RosteringException("timeSpan", "two ISO-8601 instants separated by /", text);
        }
    }

    /**
     * Returns the first instant.
     *
     * @return the start, not null
     */
    public Instant start() {
        return Minutes.instant(start);
    }

    /**
     * Returns the instant the span ends (not in it).
     *
     * @return the end, not null
     */
    public Instant end() {
        return Minutes.instant(end);
    }

    /**
     * Returns the elapsed minutes.
     *
     * @return the minutes, 1 or more
     */
    public long minutes() {
        return (long) end - start;
    }

    /** Returns the start as an epoch minute. */
    int startMinute() {
        return start;
    }

    /** Returns the end as an epoch minute. */
    int endMinute() {
        return end;
    }

    /**
     * Returns whether an instant lies in the span.
     *
     * @param instant the instant, not null
     * @return true if {@code start <= instant < end}
     * @throws RosteringException if {@code instant} is null
     */
    public boolean contains(@Nullable Instant instant) {
        RosteringException.CHECKS.notNull(instant, "instant");
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /**
     * Returns whether another span lies wholly within this one.
     *
     * @param other the other span, not null
     * @return true if it starts on or after this start and ends on or before this end
     * @throws RosteringException if {@code other} is null
     */
    public boolean encloses(@Nullable TimeSpan other) {
        RosteringException.CHECKS.notNull(other, "other");
        return other.start >= start && other.end <= end;
    }

    /**
     * Returns whether the two spans share at least one minute.
     *
     * @param other the other span, not null
     * @return true if they overlap (spans that only touch do not)
     * @throws RosteringException if {@code other} is null
     */
    public boolean overlaps(@Nullable TimeSpan other) {
        RosteringException.CHECKS.notNull(other, "other");
        return other.start < end && start < other.end;
    }

    /**
     * Orders spans by start, then end.
     *
     * @param other the other span, not null
     * @return negative, zero or positive as this span sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(TimeSpan other) {
        int c = Integer.compare(start, other.start);
        return c != 0 ? c : Integer.compare(end, other.end);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TimeSpan s && s.start == start && s.end == end;
    }

    @Override
    public int hashCode() {
        return start * 31 + end;
    }

    /**
     * Returns the text form {@code start/end}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return start() + "/" + end();
    }
}
