package org.carebudget.rostering;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A worker's night time: 23:00 to 06:00 unless a relevant agreement sets another period of at least 7 hours that
 * includes midnight to 05:00 (reg. 2). It always runs from an evening (or midnight) to a morning. Immutable and
 * thread-safe.
 */
public final class NightTime {

    /** The default night time, 23:00 - 06:00. */
    public static final NightTime DEFAULT = new NightTime(LocalTime.of(23, 0), LocalTime.of(6, 0));

    private final LocalTime start;
    private final LocalTime end;

    private NightTime(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Returns a night time set by agreement.
     *
     * @param start when it starts, not null, on a whole minute, from 17:00 to 00:00 (midnight)
     * @param end when it ends, not null, on a whole minute, from 05:00 to 12:00, at least 7 hours after {@code start}
     * @return the night time, not null
     * @throws RosteringException if an argument is null, not on a whole minute, or the period is shorter than 7
     *     hours or does not include midnight to 05:00
     */
    public static NightTime of(@Nullable LocalTime start, @Nullable LocalTime end) {
        RosteringException.CHECKS.notNull(start, "start");
        RosteringException.CHECKS.notNull(end, "end");
        if (start.getSecond() != 0 || start.getNano() != 0 || !(start.equals(LocalTime.MIDNIGHT)
                || !start.isBefore(LocalTime.of(17, 0)))) {
            throw new RosteringException("start", "a whole minute from 17:00 to 00:00", start);
        }
        if (end.getSecond() != 0 || end.getNano() != 0 || end.isBefore(LocalTime.of(5, 0))
                || end.isAfter(LocalTime.NOON)) {
            throw new RosteringException("end", "a whole minute from 05:00 to 12:00", end);
        }
        int startMinute = start.equals(LocalTime.MIDNIGHT) ? 24 * 60 : start.toSecondOfDay() / 60;
        int length = 24 * 60 - startMinute + end.toSecondOfDay() / 60;
        if (length < 7 * 60) {
            throw new RosteringException("end", "at least 7 hours after start " + start, end);
        }
        return new NightTime(start, end);
    }

    /**
     * Returns when night time starts, in the evening (or at midnight).
     *
     * @return the time, not null
     */
    public LocalTime start() {
        return start;
    }

    /**
     * Returns when night time ends, in the morning.
     *
     * @return the time, not null
     */
    public LocalTime end() {
        return end;
    }

    /**
     * Returns whether the night time starts at midnight rather than the evening before.
     *
     * @return true if it starts at 00:00
     */
    public boolean startsAtMidnight() {
        return start.equals(LocalTime.MIDNIGHT);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NightTime n && n.start.equals(start) && n.end.equals(end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
